from datetime import date, datetime, time, timedelta, timezone

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 12, 25))
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week, d.toordinal(), date.fromordinal(738944))
print(d.replace(day=1), d.strftime("%A %d %B %Y, day %j"), f"{d:%Y/%m/%d}", d.ctime())
print(date.fromisoformat("2021-07-04"), date.fromisocalendar(2020, 53, 5), date.min, date.max)

td = timedelta(days=1, hours=3, minutes=20, seconds=5.5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(-td, abs(-td), td * 2, td / 3, td // timedelta(hours=1), td % timedelta(hours=1), td / timedelta(minutes=1))
print(timedelta(hours=-1), timedelta(microseconds=-1), repr(timedelta(0)), timedelta(weeks=1.5), timedelta(seconds=0.0000015))
print(sum([timedelta(minutes=m) for m in range(10)], timedelta()), timedelta.max, bool(timedelta()))

t = time(9, 5, 7, 250)
print(t, repr(t), t.isoformat("milliseconds"), t.strftime("%I:%M %p"), time(23, 59) > t, time.fromisoformat("10:30"))

dt = datetime(2024, 3, 10, 14, 30, 15, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(" ", "seconds"), dt.date(), dt.time(), dt.weekday())
print(dt + timedelta(hours=12), dt - timedelta(days=70), dt - datetime(2024, 1, 1), dt.strftime("%Y-%m-%d %H:%M:%S.%f"))
print(datetime.fromisoformat("2024-03-10T14:30:15+05:30"), datetime.combine(d, t), datetime(2020, 1, 1).timestamp() > 0)
utc = dt.replace(tzinfo=timezone.utc)
ist = utc.astimezone(timezone(timedelta(hours=5, minutes=30), "IST"))
print(utc, repr(utc), ist, ist.tzname(), ist.utcoffset(), ist == utc, ist.strftime("%H:%M %z %Z"))
print(utc.timestamp(), datetime.fromtimestamp(1700000000, timezone.utc), datetime.utcfromtimestamp(86400.5))
print(timezone.utc, repr(timezone(timedelta(hours=-8))), timezone(timedelta(hours=-8)), timezone(timedelta(0)) == timezone.utc)

events = {date(2024, 1, 1): "new year", date(2024, 12, 25): "christmas"}
print(events[date(2024, 12, 25)], sorted([datetime(2024, 5, 1), datetime(2023, 5, 1, 12), datetime(2024, 1, 1)]))
print(max(date(2020, 1, 1), date(2019, 6, 1)), datetime(2024, 1, 1) == date(2024, 1, 1), isinstance(dt, date))

for bad in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: time(24), lambda: datetime(2020, 1, 1, 0, 60),
            lambda: timedelta(days=10 ** 9), lambda: date.fromisoformat("2023-1-1"), lambda: date.max + timedelta(1),
            lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc), lambda: date(2020.0, 1, 1),
            lambda: timedelta(1) / 0, lambda: timezone(timedelta(hours=24))]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

now = datetime.now()
today = date.today()
print(type(now).__name__, type(today).__name__, now.year >= 2024, today <= now.date(), now - now)

"""src/stdlib/datetime.py against CPython's datetime: construction and its
range checks, arithmetic, comparisons, reprs, isoformat/fromisoformat,
strftime, the ISO calendar and fixed-offset time zones."""
import datetime

from differential import finish, load, same

ours = load('datetime')


def delta(m, args, kwargs):
    d = m.timedelta(*args, **kwargs)
    return repr(d), str(d), d.days, d.seconds, d.microseconds, d.total_seconds(), bool(d)


def delta_ops(m, a, b, k):
    x, y = m.timedelta(*a), m.timedelta(*b)
    out = [repr(x + y), repr(x - y), repr(-x), repr(abs(x)), repr(x * k), repr(k * x), x < y, x == y, x >= y]
    for op in (lambda: x / y, lambda: x // y, lambda: x % y, lambda: divmod(x, y), lambda: x / k):
        try:
            out.append(repr(op()))
        except Exception as e:  # noqa: BLE001
            out.append((type(e).__name__, str(e)))
    return out


def make_date(m, *args):
    d = m.date(*args)
    return (repr(d), str(d), d.toordinal(), d.weekday(), d.isoweekday(), repr(d.isocalendar()), tuple(d.isocalendar()),
            d.ctime(), d.isoformat(), d.strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %y %%'), format(d, '%d/%m'),
            format(d, ''), repr(m.date.fromordinal(d.toordinal())))


def date_ops(m, a, b, days):
    x, y = m.date(*a), m.date(*b)
    return (repr(x + m.timedelta(days)), repr(x - m.timedelta(days)), repr(x - y), x < y, x == y, x != y, x >= y,
            repr(x.replace(day=1)), repr(m.timedelta(days) + x))


def make_time(m, args, kwargs):
    t = m.time(*args, **kwargs)
    return (repr(t), str(t), t.isoformat('hours'), t.isoformat('minutes'), t.isoformat('milliseconds'),
            t.strftime('%H:%M:%S.%f %I %p %z %Z'), repr(t.utcoffset()), t.tzname(), repr(t.replace(hour=5)))


def make_datetime(m, *args, **kwargs):
    d = m.datetime(*args, **kwargs)
    return (repr(d), str(d), d.isoformat(), d.isoformat(' ', 'seconds'), d.ctime(), repr(d.date()), repr(d.time()),
            repr(d.timetz()), d.strftime('%Y-%m-%dT%H:%M:%S.%f%z %Z %c'), repr(d.utcoffset()), d.tzname(),
            repr(d.isocalendar()), repr(d.replace(year=2000)), d.weekday(), d.toordinal(),
            repr(m.datetime.fromisoformat(d.isoformat())))


def datetime_ops(m, a, b, delta_args, tz_a, tz_b):
    za = None if tz_a is None else m.timezone(m.timedelta(hours=tz_a))
    zb = None if tz_b is None else m.timezone(m.timedelta(hours=tz_b))
    x, y = m.datetime(*a, tzinfo=za), m.datetime(*b, tzinfo=zb)
    d = m.timedelta(*delta_args)
    out = [repr(x + d), repr(x - d), x == y, x != y]
    for op in (lambda: x - y, lambda: x < y, lambda: x >= y, lambda: repr(x.astimezone(zb)),
               lambda: hash(x) == hash(x + d - d), lambda: x.timestamp()):
        try:
            out.append(op())
        except Exception as e:  # noqa: BLE001
            out.append((type(e).__name__, str(e)))
    return repr(out)


def parse(m, cls, text):
    return repr(getattr(m, cls).fromisoformat(text))


def zone(m, *args):
    z = m.timezone(*args)
    return repr(z), str(z), z.tzname(None), repr(z.utcoffset(None)), z == m.timezone.utc


def stamps(m, t, off):
    tz = m.timezone(m.timedelta(hours=off))
    return repr(m.datetime.utcfromtimestamp(t)), repr(m.datetime.fromtimestamp(t, tz)), \
        repr(m.datetime.fromtimestamp(t, m.timezone.utc).timestamp())


for args, kwargs in [((), {}), ((1,), {}), ((0, 1), {}), ((0, 0, 1), {}), ((-1,), {}), ((1.5,), {}),
                     ((0, 0.5), {}), ((0, 0, 0.5), {}), ((0, 0, 1.5), {}), ((0, 0, 2.5), {}), ((-1.5, 3.25), {}),
                     ((), {'hours': 1.1, 'minutes': -3.3}), ((), {'weeks': 2, 'milliseconds': 1.0000005}),
                     ((1e-7,), {}), ((), {'microseconds': -0.5}), ((), {'microseconds': 1.5, 'seconds': 0.1}),
                     ((999999999, 86399, 999999), {}), ((10 ** 9,), {}), ((-999999999,), {}), ((0, -1), {}),
                     (('x',), {}), ((), {'hours': None}), ((True,), {}), ((2, 3, 4, 5, 6, 7, 8), {})]:
    same(delta, datetime, ours, args, kwargs)
for a, b, k in [((1, 2, 3), (0, 5), 3), ((-1, 7), (2,), 0.5), ((3,), (0, 0, 7), -2), ((0, 1), (0,), 0),
                ((5, 1, 1), (-2, 3), 1.75), ((0, 0, 3), (0, 0, 2), 2.5)]:
    same(delta_ops, datetime, ours, a, b, k)
for args in [(2020, 1, 2), (1, 1, 1), (9999, 12, 31), (2000, 2, 29), (2004, 12, 31), (2005, 1, 1), (2008, 12, 29),
             (2010, 1, 3), (1900, 3, 1), (2020, 12, 31), (2021, 1, 3), (0, 1, 1), (10000, 1, 1), (2020, 13, 1),
             (2020, 0, 1), (2019, 2, 29), (2020, 4, 31), (2020.0, 1, 1), ('2020', 1, 1), (True, True, True)]:
    same(make_date, datetime, ours, *args)
for a, b, days in [((2020, 1, 1), (2019, 12, 31), 366), ((2020, 3, 1), (2020, 2, 28), -1), ((1, 1, 1), (1, 1, 1), 1),
                   ((1, 1, 2), (9999, 12, 31), 1), ((9999, 12, 31), (1, 1, 1), -1), ((2000, 1, 1), (2000, 1, 1), 10 ** 6)]:
    same(date_ops, datetime, ours, a, b, days)
for args, kwargs in [((), {}), ((12, 30), {}), ((1, 2, 3, 4), {}), ((23, 59, 59, 999999), {}), ((0, 0, 5), {}),
                     ((13, 0), {'fold': 1}), ((24,), {}), ((0, 60), {}), ((0, 0, 60), {}), ((0, 0, 0, 10 ** 6), {}),
                     ((1,), {'fold': 2}), ((1.0,), {}), ((1,), {'tzinfo': 5})]:
    same(make_time, datetime, ours, args, kwargs)
for args in [(2020, 5, 17, 13, 45, 30, 123456), (2020, 5, 17), (1, 1, 1, 0, 0, 0, 1), (9999, 12, 31, 23, 59, 59),
             (2020, 2, 30), (2020, 1, 1, 24)]:
    same(make_datetime, datetime, ours, *args)
    same(lambda m, *a: make_datetime(m, *a, tzinfo=m.timezone.utc), datetime, ours, *args)
    same(lambda m, *a: make_datetime(m, *a, tzinfo=m.timezone(m.timedelta(hours=-5, minutes=-30), 'X%Y')),
         datetime, ours, *args)
    same(lambda m, *a: make_datetime(m, *a, tzinfo=m.timezone(m.timedelta(seconds=61, microseconds=5))),
         datetime, ours, *args)
for a, b, d, za, zb in [((2020, 1, 1, 12), (2020, 1, 1, 10), (0, 3600), None, None),
                        ((2020, 1, 1, 12), (2020, 1, 1, 10), (1,), 2, 0), ((2020, 1, 1, 12), (2020, 1, 1, 12), (-1,), 2, 2),
                        ((2020, 1, 1, 12), (2020, 1, 1, 12), (0, 0, 1), None, 0), ((9999, 12, 31, 23), (1, 1, 1), (1,), None, None),
                        ((1, 1, 1), (1, 1, 1), (0, -1), 0, -3), ((2020, 3, 1), (2020, 2, 29, 23, 59), (0, 30), -5, 5)]:
    same(datetime_ops, datetime, ours, a, b, d, za, zb)
for text in ['2020-01-02', '20200102', '2020-W01', '2020-W01-3', '2020W013', '2020W01', '2020-W53-1', '2021-W53-1',
             '2020-01-02T03', '2020-01-02T03:04', '2020-01-02 03:04:05.1', '2020-01-02T03:04:05.1234567',
             '2020-01-02T030405', '2020-01-02T03:04:05Z', '2020-01-02T03:04:05+01', '2020-01-02T03:04:05+0130',
             '2020-01-02T03:04:05-01:30:15.5', '2020-01-02x03:04', '2020-01-02T03:04:05.12+01:00', '2020-01-02T24:00',
             '20200102T03', '2020-01-02T03:04:05.', '2020-1-2', '', '2020-13-01', '2020-02-30', '2020-01-02T03:04:05+00:00',
             '2020-01-02T03:4', '2020-01-02T03:04:05Zx', 'abcd-ef-gh', '\uff12020-01-02', '2020-01-02T']:
    for cls in ('date', 'datetime'):
        same(parse, datetime, ours, cls, text)
for text in ['03', '0304', '03:04', '03:04:05', '03:04:05.5', '030405.123', '03:04:05,5', '03:04:05Z', 'T03:04',
             '03:04:05+05:00', '03:04:05.123456789', '3:04', '03:4', '', '03:04:05-00:00', '25:00']:
    same(parse, datetime, ours, 'time', text)
for args in [(datetime.timedelta(0),), (datetime.timedelta(hours=5, minutes=30),), (datetime.timedelta(hours=-3), 'X'),
             (datetime.timedelta(seconds=-1),), (datetime.timedelta(days=1),), (datetime.timedelta(days=-1),),
             (datetime.timedelta(0), 'UTC'), (5,), (datetime.timedelta(hours=1), 5)]:
    # CPython's own timedelta works in ours only through its fields.
    same(lambda m, *a: zone(m, *[m.timedelta(x.days, x.seconds, x.microseconds) if isinstance(x, datetime.timedelta)
                                 else x for x in a]), datetime, ours, *args)
for t in [0, 1.5, -1.5, 1e9 + 0.0000005, 1e9 + 0.0000015, 86399.9999996, 1700000000, -86400 * 365 * 10, 253402300799]:
    for off in (0, 9, -4):
        same(stamps, datetime, ours, t, off)
for args in [(2020, 1, 1), (2020, 53, 1), (2020, 54, 1), (2021, 53, 1), (2020, 1, 0), (2020, 1, 8), (0, 1, 1),
             (9999, 52, 7), (10000, 1, 1)]:
    same(lambda m, *a: repr(m.date.fromisocalendar(*a)), datetime, ours, *args)
same(lambda m: [repr(x) for x in (m.date.min, m.date.max, m.time.min, m.time.max, m.datetime.min, m.datetime.max,
                                  m.timedelta.min, m.timedelta.max, m.timedelta.resolution, m.timezone.utc,
                                  m.timezone.min, m.timezone.max, m.MINYEAR, m.MAXYEAR)], datetime, ours)
same(lambda m: [m.datetime(2020, 1, 1) == m.date(2020, 1, 1), m.date(2020, 1, 1) == m.datetime(2020, 1, 1),
                m.date(2020, 1, 1) != m.datetime(2020, 1, 1)], datetime, ours)
same(lambda m: m.date(2020, 1, 1) < m.datetime(2020, 1, 1), datetime, ours)
same(lambda m: m.datetime(2020, 1, 1) >= m.date(2020, 1, 1), datetime, ours)
same(lambda m: repr(m.datetime.combine(m.date(2020, 1, 2), m.time(3, 4, tzinfo=m.timezone.utc))), datetime, ours)
same(lambda m: m.time(1, tzinfo=m.timezone.utc) < m.time(2), datetime, ours)
same(lambda m: [m.time(1, tzinfo=m.timezone.utc) == m.time(2, tzinfo=m.timezone(m.timedelta(hours=1))),
                m.time(1) == m.time(1, 0), m.time(1) == m.time(1, tzinfo=m.timezone.utc)], datetime, ours)
same(lambda m: m.date(9999, 12, 31) + m.timedelta(1), datetime, ours)
same(lambda m: m.date.fromordinal(0), datetime, ours)
for text, fmt in [('2020-01-02', '%Y-%m-%d'), ('2020112', '%Y%m%d'), ('13', '%m'), ('Jan 5 2020 3PM', '%b %d %Y %I%p'),
                  ('2020-01-02T03:04:05.12+0530', '%Y-%m-%dT%H:%M:%S.%f%z'), ('  2020', '%Y'), ('2020 ', '%Y'),
                  ('2020x', '%Y'), ('99', '%y'), ('68', '%y'), ('366 2020', '%j %Y'), ('60 2021', '%j %Y'),
                  ('monday 2020', '%A %Y'), ('12:00 am', '%I:%M %p'), ('12:30 PM', '%I:%M %p'), ('2020-1-2 Z', '%Y-%m-%d %z'),
                  ('%5', '%%%d'), ('2020', '%Q'), ('2020', '%Y%'), ('1900-02-29', '%Y-%m-%d'), ('2020-02-30', '%Y-%m-%d'),
                  ('Tue, 03 Mar 2020 10:20:30 -01:30', '%a, %d %b %Y %H:%M:%S %z'), ('5 September 21', '%d %B %y'),
                  ('x+01:3045', 'x%z'), ('+01:30:45.5', '%z'), ('1:2:3', '%H:%M:%S'), ('12345', '%H%M%S'),
                  ('2020 UTC', '%Y %Z'), ('2020 +0100 UTC', '%Y %z %Z'), ('2020\t\t5', '%Y %d'), ('12:60', '%H:%M'),
                  ('20201231235959999999', '%Y%m%d%H%M%S%f'), ('JAN2020', '%b%Y'), ('', ''), ('a', '')]:
    same(lambda m, t, f: repr(m.datetime.strptime(t, f)), datetime, ours, text, fmt)
finish('datetime')

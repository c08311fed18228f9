import calendar

c = calendar.Calendar(calendar.WEDNESDAY)
for week in c.monthdatescalendar(2024, 2):
    print(" ".join(d.isoformat() for d in week))
dates = list(c.itermonthdates(2023, 12))
print(len(dates), dates[0], dates[-1], dates[0].weekday())
print([d.day for d in calendar.Calendar().itermonthdates(2025, 3) if d.month != 3])
print(list(c.itermonthdays4(2024, 1))[:3])

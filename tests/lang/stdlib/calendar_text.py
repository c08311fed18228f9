import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, 3, 1))
calendar.prmonth(2025, 1)
print(calendar.calendar(2024))
print(calendar.TextCalendar(calendar.SUNDAY).formatyear(2023, 2, 1, 4, 4))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2025))
print(calendar.weekday(2024, 7, 4), calendar.monthrange(2024, 2), calendar.monthrange(2023, 2))
print(calendar.monthcalendar(2024, 9))
print(calendar.timegm((2024, 3, 15, 12, 30, 45)), calendar.timegm((1970, 1, 1, 0, 0, 0)))
print(calendar.day_name[0], calendar.day_abbr[6], calendar.month_name[1:4], calendar.month_abbr[12], len(calendar.day_name))
print(calendar.weekheader(3))

c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()))
print(list(c.itermonthdays2(2024, 6))[:9])
print([d for d in c.itermonthdays3(2024, 3)][:5])
print(c.monthdays2calendar(2021, 2))
print(len(c.yeardayscalendar(2024, 4)))

html = calendar.HTMLCalendar(calendar.MONDAY)
print(html.formatmonth(2024, 5))

calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 5))
try:
    calendar.setfirstweekday(8)
except calendar.IllegalWeekdayError as e:
    print("IllegalWeekdayError:", e)
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError:", e, e.month)
try:
    calendar.weekday(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)

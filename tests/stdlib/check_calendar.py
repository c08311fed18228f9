"""src/stdlib/calendar.py against CPython's calendar: leap years, weekdays
over a wide range of years, monthrange, the Calendar iterators in every
first weekday, TextCalendar's and HTMLCalendar's output for several widths
and spacings, the module-level functions, timegm, the name sequences, and
the errors (IllegalMonthError, IllegalWeekdayError, datetime's messages)."""
import calendar
import contextlib
import io

from differential import finish, load, same

ours = load('calendar')

YEARS = [1, 4, 100, 200, 400, 1582, 1600, 1700, 1899, 1900, 1970, 1999, 2000, 2001, 2023, 2024, 2100, 9999, 0, -1,
         -400, 10000, 12345]
for y in YEARS:
    same(lambda m, y: m.isleap(y), calendar, ours, y)
    for y2 in (1, 1970, 2024, -5, 3000):
        same(lambda m, a, b: m.leapdays(a, b), calendar, ours, y, y2)
    for mo in range(0, 14):
        same(lambda m, y, mo: m.monthrange(y, mo), calendar, ours, y, mo)
        for d in (0, 1, 15, 28, 29, 30, 31, 32):
            same(lambda m, y, mo, d: m.weekday(y, mo, d), calendar, ours, y, mo, d)

for fw in range(0, 9):
    for y, mo in ((2024, 2), (2023, 2), (2021, 2), (2015, 2), (2024, 12), (2025, 1), (2000, 9), (9999, 6), (2, 1),
                  (2024, 13)):
        def iterators(m, fw, y, mo):
            c = m.Calendar(fw)
            return (c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()), list(c.itermonthdays(y, mo)),
                    list(c.itermonthdays2(y, mo)), list(c.itermonthdays3(y, mo)), list(c.itermonthdays4(y, mo)),
                    c.monthdayscalendar(y, mo), c.monthdays2calendar(y, mo))
        same(iterators, calendar, ours, fw, y, mo)
        same(lambda m, fw, y, mo: [str(d) for d in m.Calendar(fw).itermonthdates(y, mo)], calendar, ours, fw, y, mo)
        same(lambda m, fw, y, mo: m.Calendar(fw).monthdatescalendar(y, mo), calendar, ours, fw, y, mo)
    same(lambda m, fw: m.Calendar(fw).yeardayscalendar(2024, 4), calendar, ours, fw)
    same(lambda m, fw: m.Calendar(fw).yeardays2calendar(2023), calendar, ours, fw)
    same(lambda m, fw: m.Calendar(fw).yeardatescalendar(2023, 5), calendar, ours, fw)
same(lambda m: list(m.Calendar().itermonthdates(1, 1)), calendar, ours)
same(lambda m: list(m.Calendar(6).itermonthdates(9999, 12)), calendar, ours)
same(lambda m: list(m.Calendar(6).itermonthdays3(9999, 12)), calendar, ours)


def text_case(m, fw, y, mo, w, l):
    t = m.TextCalendar(fw)
    return (t.formatmonth(y, mo, w, l), t.formatweekheader(w), t.formatmonthname(y, mo, 30),
            t.formatmonthname(y, mo, 12, False), t.formatweek(t.monthdays2calendar(y, mo)[0], w),
            [t.formatweekday(d, w) for d in range(7)], t.formatday(0, 0, w), t.formatday(7, 1, w))


for fw in (0, 1, 6, 7):
    for y, mo in ((2024, 2), (2023, 10), (1999, 12), (5, 7)):
        for w, l in ((0, 0), (2, 1), (3, 2), (9, 1), (10, 1), (1, 0)):
            same(text_case, calendar, ours, fw, y, mo, w, l)
for args in ((2024,), (2023, 2, 1, 6, 3), (2023, 3, 2, 4, 4), (2025, 0, 0, 0, 2), (1900, 10, 1, 3, 5), (2024, 2, 1, 6, 12),
             (2024, 2, 1, 6, 7), (2024, 2, 1, 6, 1)):
    same(lambda m, a: m.TextCalendar().formatyear(*a), calendar, ours, args)
    same(lambda m, a: m.TextCalendar(6).formatyear(*a), calendar, ours, args)


def printed(m, fn):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        fn(m)
    return out.getvalue()


same(printed, calendar, ours, lambda m: m.prmonth(2024, 5))
same(printed, calendar, ours, lambda m: m.TextCalendar(2).prmonth(2024, 5, 3, 2))
same(printed, calendar, ours, lambda m: m.prcal(2022))
same(printed, calendar, ours, lambda m: m.TextCalendar().pryear(2022, 3, 1, 2, 4))
same(printed, calendar, ours, lambda m: m.prweek([(1, 0), (2, 1), (0, 2)], 3))
same(printed, calendar, ours, lambda m: m.format(['a', 'bb', 'ccc'], 5, 2))
same(lambda m: m.formatstring(['a', 'bb', 'ccc'], 7, 3), calendar, ours)
same(lambda m: m.formatstring(['x', 'y']), calendar, ours)


def module_case(m, fw):
    m.setfirstweekday(fw)
    try:
        return (m.firstweekday(), m.monthcalendar(2024, 3), m.month(2024, 3), m.month(2024, 3, 4, 2),
                m.calendar(2021), m.weekheader(2), m.weekheader(10), m.week([(5, 3), (6, 4)], 2))
    finally:
        m.setfirstweekday(0)


for fw in (0, 3, 6, 7, -1):
    same(module_case, calendar, ours, fw)


def html_case(m, fw, y, mo, width):
    h = m.HTMLCalendar(fw)
    return (h.formatmonth(y, mo), h.formatmonth(y, mo, False), h.formatyear(y, width), h.formatweekheader(),
            h.formatmonthname(y, mo), h.formatday(0, 3), h.formatday(12, 3))


for fw in (0, 6):
    for width in (3, 1, 4, 0, 5):
        same(html_case, calendar, ours, fw, 2024, 2, width)
same(lambda m: m.HTMLCalendar().formatyearpage(2024), calendar, ours)
same(lambda m: m.HTMLCalendar().formatyearpage(2023, 2, None, 'ascii'), calendar, ours)
same(lambda m: m.HTMLCalendar().formatyearpage(2023, 4, 'x.css', 'latin-1'), calendar, ours)


def styled_case(m):
    class Mine(m.HTMLCalendar):
        cssclass_month = 'mymonth'
        cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
        cssclass_noday = 'none'
    return Mine(1).formatmonth(2024, 7)


same(styled_case, calendar, ours)

for t in ((1970, 1, 1, 0, 0, 0), (2024, 2, 29, 23, 59, 59, 3, 60, 0), (1969, 12, 31, 23, 59, 59), (2000, 13, 1, 0, 0, 0),
          (0, 1, 1, 0, 0, 0), (9999, 12, 31, 0, 0, 0), (2024, 1, 40, 0, 0, 0), (2024, 1, 1, 25, 61, 61), (1, 1, 1, 0, 0, 0),
          (2024, 0, 1, 0, 0, 0), (2024, 1)):
    same(lambda m, t: m.timegm(t), calendar, ours, t)

for seq in ('day_name', 'day_abbr', 'month_name', 'month_abbr'):
    for index in (0, 1, 6, -1, 12, 13, 7, slice(1, 4), slice(None), slice(None, None, -2)):
        same(lambda m, s, i: getattr(m, s)[i], calendar, ours, seq, index)
    same(lambda m, s: (len(getattr(m, s)), list(getattr(m, s))), calendar, ours, seq)

for bad in (13, 0, -1):
    same(lambda m, b: m.monthrange(2024, b), calendar, ours, bad)
    same(lambda m, b: (m.IllegalMonthError(b).args, m.IllegalMonthError(b).month, repr(m.IllegalMonthError(b))),
         calendar, ours, bad)
for bad in (7, -1, 10):
    same(lambda m, b: m.setfirstweekday(b), calendar, ours, bad)
    same(lambda m, b: (str(m.IllegalWeekdayError(b)), m.IllegalWeekdayError(b).args), calendar, ours, bad)
same(lambda m: m.TextCalendar().formatmonth(2024, 13), calendar, ours)
for args in ((2024.0, 1, 1), (2024, 2.0, 1), (2024, 1, 1.5), (12000.0, 1, 1), (True, 1, 1)):
    same(lambda m, a: m.weekday(*a), calendar, ours, args)
    same(lambda m, a: m.monthrange(a[0], a[1]), calendar, ours, args)
    same(lambda m, a: m.timegm(a + (0, 0, 0)), calendar, ours, args)
same(lambda m: [issubclass(m.IllegalMonthError, ValueError), m.error is ValueError, m.MONDAY, m.SUNDAY, m.mdays,
                m.EPOCH, m.January, m.February], calendar, ours)
finish('calendar')

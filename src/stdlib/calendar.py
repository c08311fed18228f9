"""calendar: the proleptic Gregorian calendar (leap years, weekdays, month
layouts) and its text and HTML renderings, written from the library
reference.

Weekdays come from day counts since 0001-01-01 (a Monday) with floor
division, which holds for any year, so no year range is needed; the
checks CPython makes through datetime.date are made here with its
messages. The names of days and months are the C locale's (English), as
CPython gives them while no locale is set."""

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday", "firstweekday", "isleap", "leapdays",
           "weekday", "monthrange", "monthcalendar", "prmonth", "month", "prcal", "calendar", "timegm", "month_name",
           "month_abbr", "day_name", "day_abbr", "Calendar", "TextCalendar", "HTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "error"]

error = ValueError

MONDAY = 0
TUESDAY = 1
WEDNESDAY = 2
THURSDAY = 3
FRIDAY = 4
SATURDAY = 5
SUNDAY = 6
January = 1
February = 2
EPOCH = 1970

# Days in each month of a common year; index 0 is unused.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.weekday,)


class _Names:
    """A read-only sequence of names: indexing gives a name, slicing a list."""

    def __init__(self, names):
        self._names = names

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return len(self._names)


day_name = _Names(_DAY_NAMES)
day_abbr = _Names([name[:3] for name in _DAY_NAMES])
month_name = _Names(_MONTH_NAMES)
month_abbr = _Names([name[:3] for name in _MONTH_NAMES])


def isleap(year):
    """Whether year is a leap year."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _leaps_through(year):
    # Leap years in 1..year (counted backwards, negatively, below 1).
    return year // 4 - year // 100 + year // 400


def leapdays(y1, y2):
    """The number of leap years in [y1, y2)."""
    return _leaps_through(y2 - 1) - _leaps_through(y1 - 1)


def _month_days(year, month):
    if month == 2 and isleap(year):
        return 29
    return mdays[month]


def _days_before(year, month):
    """Days from 0001-01-01 to the first of year/month."""
    before = 365 * (year - 1) + _leaps_through(year - 1)
    for m in range(1, month):
        before += _month_days(year, m)
    return before


def _require_ints(*values):
    # datetime.date's argument check, which CPython's weekday() and timegm() go through.
    for value in values:
        if not isinstance(value, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_month(month):
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")


def weekday(year, month, day):
    """The day of the week (0 is Monday) of year/month/day."""
    _require_ints(year, month, day)
    _check_month(month)
    if not 1 <= day <= _month_days(year, month):
        raise ValueError("day is out of range for month")
    return (_days_before(year, month) + day - 1) % 7


def monthrange(year, month):
    """The weekday of the month's first day, and its number of days."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _month_days(year, month)


def _month_before(year, month):
    if month == 1:
        return year - 1, 12
    return year, month - 1


def _month_after(year, month):
    if month == 12:
        return year + 1, 1
    return year, month + 1


def _rows(items, width):
    return [items[k:k + width] for k in range(0, len(items), width)]


class Calendar:
    """Month and year layouts in weeks, weeks starting on firstweekday."""

    def __init__(self, firstweekday=0):
        self._firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    @property
    def firstweekday(self):
        return self.getfirstweekday()

    @firstweekday.setter
    def firstweekday(self, firstweekday):
        self.setfirstweekday(firstweekday)

    def iterweekdays(self):
        """The weekday numbers of one week, in this calendar's order."""
        first = self.getfirstweekday()
        for k in range(7):
            yield (first + k) % 7

    def _padding(self, year, month):
        """Days shown from the month before, the month's length, days shown from the month after."""
        first, length = monthrange(year, month)
        lead = (first - self.getfirstweekday()) % 7
        tail = (self.getfirstweekday() - first - length) % 7
        return lead, length, tail

    def itermonthdays(self, year, month):
        """The days of the month's weeks: day numbers, 0 for days of other months."""
        lead, length, tail = self._padding(year, month)
        for _ in range(lead):
            yield 0
        for day in range(1, length + 1):
            yield day
        for _ in range(tail):
            yield 0

    def itermonthdays2(self, year, month):
        """As itermonthdays, as (day, weekday) pairs."""
        wd = self.getfirstweekday()
        for day in self.itermonthdays(year, month):
            yield day, wd
            wd = (wd + 1) % 7

    def itermonthdays3(self, year, month):
        """The dates of the month's weeks as (year, month, day), other months' days included."""
        lead, length, tail = self._padding(year, month)
        y, m = _month_before(year, month)
        before = _month_days(y, m)
        for day in range(before - lead + 1, before + 1):
            yield y, m, day
        for day in range(1, length + 1):
            yield year, month, day
        y, m = _month_after(year, month)
        for day in range(1, tail + 1):
            yield y, m, day

    def itermonthdays4(self, year, month):
        """As itermonthdays3, with the weekday: (year, month, day, weekday)."""
        wd = self.getfirstweekday()
        for y, m, d in self.itermonthdays3(year, month):
            yield y, m, d, wd
            wd = (wd + 1) % 7

    def itermonthdates(self, year, month):
        """As itermonthdays3, as datetime.date objects."""
        import datetime
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def monthdatescalendar(self, year, month):
        return _rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        return _rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        return _rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        return _rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


def formatstring(cols, colwidth=20, spacing=6):
    """The columns, each centred in colwidth, separated by spacing blanks."""
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


def format(cols, colwidth=20, spacing=6):
    print(formatstring(cols, colwidth, spacing))


class TextCalendar(Calendar):
    """Calendars as plain text."""

    def formatday(self, day, weekday, width):
        text = '' if day == 0 else '%2i' % day
        return text.center(width)

    def formatweek(self, theweek, width):
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(wd, width) for wd in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = '%s %r' % (title, theyear)
        return title.center(width)

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month's calendar: a title line, the weekday header and the weeks,
        each line followed by l newlines, w the width of a day's column."""
        w, l = max(2, w), max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1), self.formatweekheader(w)]
        for week in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(week, w))
        return ''.join([line.rstrip() + '\n' * l for line in lines])

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year's calendar: m months side by side, c blanks between them."""
        w, l, c = max(2, w), max(1, l), max(2, c)
        colwidth = (w + 1) * 7 - 1
        gap = '\n' * l
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)
        first = 1
        for row in self.yeardays2calendar(theyear, m):
            months = range(first, first + len(row))
            first += len(row)
            out.append(gap)
            out.append(formatstring([self.formatmonthname(theyear, k, colwidth, False) for k in months], colwidth,
                                    c).rstrip())
            out.append(gap)
            out.append(formatstring([header for k in months], colwidth, c).rstrip())
            out.append(gap)
            for j in range(max([len(cal) for cal in row])):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row]
                out.append(formatstring(weeks, colwidth, c).rstrip())
                out.append(gap)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """Calendars as HTML tables."""

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if day:
            return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)
        return '<td class="%s">&nbsp;</td>' % self.cssclass_noday

    def formatweek(self, theweek):
        return '<tr>%s</tr>' % ''.join([self.formatday(d, wd) for d, wd in theweek])

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return '<tr>%s</tr>' % ''.join([self.formatweekday(wd) for wd in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = '%s %s' % (title, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, title)

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear), self.formatweekheader()]
        for week in self.monthdays2calendar(theyear, themonth):
            rows.append(self.formatweek(week))
        rows.append('</table>')
        return ''.join([row + '\n' for row in rows])

    def formatyear(self, theyear, width=3):
        width = max(1, width)
        out = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">\n' % self.cssclass_year,
               '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for first in range(1, 13, width):
            cells = ['<td>%s</td>' % self.formatmonth(theyear, m, False) for m in range(first, min(first + width, 13))]
            out.append('<tr>%s</tr>' % ''.join(cells))
        out.append('</table>')
        return ''.join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """A complete XHTML page of the year's calendar, encoded."""
        if encoding is None:
            encoding = 'utf-8'
        page = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                '<html>\n<head>\n',
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % encoding]
        if css:
            page.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        page.append('<title>Calendar for %d</title>\n</head>\n<body>\n' % theyear)
        page.append(self.formatyear(theyear, width))
        page.append('</body>\n</html>\n')
        return ''.join(page).encode(encoding, 'xmlcharrefreplace')


_default = TextCalendar()


def firstweekday():
    return _default.getfirstweekday()


def setfirstweekday(firstweekday):
    """Set the first weekday (0 is Monday) of the module-level functions' weeks."""
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    _default.firstweekday = firstweekday


def monthcalendar(year, month):
    """The month as a list of weeks, each a list of 7 day numbers (0 outside the month)."""
    return _default.monthdayscalendar(year, month)


def prweek(theweek, width):
    _default.prweek(theweek, width)


def week(theweek, width):
    return _default.formatweek(theweek, width)


def weekheader(width):
    return _default.formatweekheader(width)


def prmonth(theyear, themonth, w=0, l=0):
    _default.prmonth(theyear, themonth, w, l)


def month(theyear, themonth, w=0, l=0):
    return _default.formatmonth(theyear, themonth, w, l)


def calendar(theyear, w=2, l=1, c=6, m=3):
    return _default.formatyear(theyear, w, l, c, m)


def prcal(theyear, w=0, l=0, c=6, m=3):
    _default.pryear(theyear, w, l, c, m)


def timegm(tuple):
    """Seconds since the epoch of a UTC time tuple (year, month, day, hour, minute, second, ...)."""
    year, month, day, hour, minute, second = tuple[:6]
    _require_ints(year, month)
    if not 1 <= year <= 9999:
        raise ValueError("year %d is out of range" % year)
    _check_month(month)
    days = _days_before(year, month) - _days_before(EPOCH, 1) + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second

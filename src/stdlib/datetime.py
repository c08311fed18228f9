"""datetime: dates, times and durations on the proleptic Gregorian calendar.

Written from the documented behaviour of CPython's C module (_datetime):
its range checks and messages, its reprs (`datetime.date(2020, 1, 2)`), its
rounding (a timedelta built from floats sums the whole microseconds exactly
and rounds the fractional rest half to even, as delta_new's accum does) and
3.11's fromisoformat formats. Time zones are tzinfo objects; `timezone` is
the fixed-offset one. Local time (now, today, fromtimestamp, timestamp of a
naive datetime) goes through the time module.
"""
import time as _time
from math import floor as _floor, modf as _modf

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059  # date(9999, 12, 31).toordinal()
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()
_MAX_DELTA_DAYS = 999999999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_NAMES = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# --- the calendar ---------------------------------------------------------

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and _is_leap(year) else 0)


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(ordinal):
    """(year, month, day) of a proleptic Gregorian ordinal (1 is 0001-01-01):
    through the 400-, 100-, 4- and 1-year cycles, whose last day (the 366th
    of a leap year) the divisions give as the start of the next cycle."""
    n = ordinal - 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = (n + 50) >> 5  # a guess never more than one month late
    if _days_before_month(year, month) > n:
        month -= 1
    return year, month, n - _days_before_month(year, month) + 1


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


# --- argument checks ------------------------------------------------------

def _index(value):
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return int(value)


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, int(fold)


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _check_offset(name, offset):
    """A tzinfo method's result: None or a timedelta strictly inside a day."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not %r." % (offset,))
    return offset


def _type_name(obj):
    """The class name CPython's messages and reprs give: module-qualified for
    the module's own classes (their tp_name), bare for subclasses."""
    cls = type(obj)
    if cls is date or cls is datetime or cls is time or cls is timedelta or cls is timezone or cls is tzinfo:
        return "datetime." + cls.__name__
    return cls.__name__


def _offset_us(offset):
    """A utcoffset() in microseconds, None counting as 0."""
    if offset is None:
        return 0
    return offset._to_microseconds()


def _divide_nearest(m, n):
    """m / n rounded half to even, for ints (n > 0 or n < 0)."""
    q, r = divmod(m, n)
    r2 = 2 * r
    if (r2 > n if n > 0 else r2 < n) or (r2 == n and q % 2 == 1):
        q += 1
    return q


def _round_half_away(x):
    """C's round() of a double."""
    a = abs(x)
    whole = _floor(a)
    if a - whole >= 0.5:
        whole += 1
    return -whole if x < 0 else whole


# --- formatting -----------------------------------------------------------

def _format_time(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, microsecond // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, microsecond)
    raise ValueError("Unknown timespec value")


def _format_offset(offset, sep):
    """+HH:MM, with :SS and .ffffff only when they are not zero; '' for None."""
    if offset is None:
        return ""
    sign = "+"
    if offset.days < 0:
        sign = "-"
        offset = -offset
    minutes, seconds = divmod(offset.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = "%s%02d%s%02d" % (sign, hours, sep, minutes)
    if seconds or offset.microseconds:
        text += "%s%02d" % (sep, seconds)
        if offset.microseconds:
            text += ".%06d" % offset.microseconds
    return text


def _strftime(obj, fmt, timetuple):
    """%f, %z and %Z here (wrap_strftime's), the rest through time.strftime."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%" or i == n:
            out.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == "f":
            out.append("%06d" % obj._microsecond_or_zero())
        elif ch == "z":
            out.append(_format_offset(obj.utcoffset(), ""))
        elif ch == "Z":
            name = obj.tzname()
            out.append(name.replace("%", "%%") if name is not None else "")
        else:
            out.append("%" + ch)
    return _time.strftime("".join(out), timetuple)


# --- ISO 8601 parsing (3.11's fromisoformat formats) ----------------------

def _digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not part.isdigit() or not part.isascii():
        raise ValueError
    return int(part)


def _parse_iso_date(text):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    year = _digits(text, 0, 4)
    extended = text[4:5] == "-"
    pos = 5 if extended else 4
    if text[pos:pos + 1] == "W":
        week = _digits(text, pos + 1, 2)
        pos += 3
        weekday = 1
        if len(text) > pos:
            if extended:
                if text[pos] != "-":
                    raise ValueError
                pos += 1
            weekday = _digits(text, pos, 1)
            pos += 1
        if pos != len(text):
            raise ValueError
        return _from_iso_calendar(year, week, weekday)
    month = _digits(text, pos, 2)
    pos += 2
    if extended:
        if text[pos:pos + 1] != "-":
            raise ValueError
        pos += 1
    day = _digits(text, pos, 2)
    if pos + 2 != len(text):
        raise ValueError
    return year, month, day


def _iso_date_length(text):
    """How many characters of a datetime string its date takes."""
    if text[4:5] == "-":
        if text[5:6] == "W":
            return 10 if text[8:9] == "-" else 8
        return 10
    if text[4:5] == "W":
        return 8 if text[7:8].isdigit() else 7
    return 8


def _parse_hms(text):
    """(hour, minute, second, microsecond) of HH[:MM[:SS[.f...]]] or HH[MM[SS[.f...]]]."""
    values = [0, 0, 0]
    pos = 0
    extended = None
    for i in range(3):
        if i:
            if pos == len(text) or text[pos] in ".,":
                break
            if extended is None:
                extended = text[pos] == ":"
            if extended:
                if text[pos] != ":":
                    raise ValueError
                pos += 1
        values[i] = _digits(text, pos, 2)
        pos += 2
    microsecond = 0
    if pos < len(text):
        if text[pos] not in ".,":
            raise ValueError
        fraction = text[pos + 1:]
        if not fraction or not fraction.isdigit() or not fraction.isascii():
            raise ValueError
        microsecond = int((fraction + "00000")[:6])
    return values[0], values[1], values[2], microsecond


def _parse_iso_time(text):
    """(hour, minute, second, microsecond, tzinfo) of a time with an optional
    Z or +HH[:MM[:SS[.f]]] offset."""
    cut = len(text)
    for i in range(len(text)):
        if text[i] in "+-Z":
            cut = i
            break
    hour, minute, second, microsecond = _parse_hms(text[:cut])
    tz = None
    if cut < len(text):
        if text[cut] == "Z":
            if cut + 1 != len(text):
                raise ValueError
            tz = timezone.utc
        else:
            oh, om, osec, ous = _parse_hms(text[cut + 1:])
            offset = timedelta(hours=oh, minutes=om, seconds=osec, microseconds=ous)
            tz = timezone(-offset if text[cut] == "-" else offset)
    return hour, minute, second, microsecond, tz


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        if week != 53 or _iso_week1_monday(year + 1) - _iso_week1_monday(year) != 53 * 7:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    if not 1 <= ordinal <= _MAX_ORDINAL:
        raise ValueError("year %d is out of range" % _ord2ymd(ordinal)[0])
    return _ord2ymd(ordinal)


# --- timedelta ------------------------------------------------------------

def _accumulate(name, total, leftover, value, factor):
    """delta_new's accum: an int component exactly; a float's whole part and
    the whole microseconds of its fraction exactly, the rest into leftover."""
    if isinstance(value, int):
        return total + int(value) * factor, leftover
    if isinstance(value, float):
        fraction, whole = _modf(value)
        total += int(whole) * factor
        if fraction == 0.0:
            return total, leftover
        fraction, whole = _modf(fraction * factor)
        return total + int(whole), leftover + fraction
    raise TypeError("unsupported type for timedelta %s component: %s" % (name, type(value).__name__))


class timedelta:
    __slots__ = ("_days", "_seconds", "_microseconds")

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total, leftover = 0, 0.0
        total, leftover = _accumulate("microseconds", total, leftover, microseconds, 1)
        total, leftover = _accumulate("milliseconds", total, leftover, milliseconds, 1000)
        total, leftover = _accumulate("seconds", total, leftover, seconds, 1000000)
        total, leftover = _accumulate("minutes", total, leftover, minutes, 60000000)
        total, leftover = _accumulate("hours", total, leftover, hours, 3600000000)
        total, leftover = _accumulate("days", total, leftover, days, 86400000000)
        total, leftover = _accumulate("weeks", total, leftover, weeks, 604800000000)
        if leftover != 0.0:
            whole = _round_half_away(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total % 2
                whole = 2 * _round_half_away((leftover + odd) * 0.5) - odd
            total += int(whole)
        self._set(total)

    def _set(self, microseconds):
        seconds, us = divmod(microseconds, 1000000)
        days, seconds = divmod(seconds, 86400)
        if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
            raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))
        self._days = days
        self._seconds = seconds
        self._microseconds = us

    @classmethod
    def _from_microseconds(cls, microseconds):
        delta = timedelta()
        delta._set(microseconds)
        return delta

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 1000000

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_name(self), ", ".join(parts) if parts else "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._days:
            text = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", text)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other.__sub__(self)
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_nearest(self._to_microseconds() * n, d))
        return NotImplemented

    def __rmul__(self, other):
        return self.__mul__(other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(_divide_nearest(self._to_microseconds(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(_divide_nearest(self._to_microseconds() * d, n))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_microseconds() // divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(self._to_microseconds() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return timedelta._from_microseconds(self._to_microseconds() % divisor)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_microseconds(), divisor)
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(days=_MAX_DELTA_DAYS, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# --- tzinfo and timezone --------------------------------------------------

class tzinfo:
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """The local time of the UTC time dt (whose tzinfo is self), for a
        zone whose standard offset is utcoffset - dst."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        dt += offset - dst
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst


class timezone(tzinfo):
    __slots__ = ("_offset", "_name")

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        self._offset = offset
        self._name = name

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self._name is None and not self._offset:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, name, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s" % (name, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg("utcoffset", dt)
        return self._offset

    def dst(self, dt):
        self._check_arg("dst", dt)
        return None

    def tzname(self, dt):
        self._check_arg("tzname", dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _timezone(offset):
    """timezone(offset), but the utc singleton for a zero offset, as the C
    module's constructor gives it."""
    if not offset:
        return timezone.utc
    return timezone(offset)


# --- date -----------------------------------------------------------------

class IsoCalendarDate:
    """date.isocalendar()'s (year, week, weekday). A named tuple in CPython;
    a class of its own here (the compiler's tuple subclasses cannot yet
    take part in the module's comparisons), which indexes, unpacks, hashes
    and compares with tuples as one."""
    __slots__ = ("_items",)

    def __init__(self, year, week, weekday):
        self._items = (year, week, weekday)

    @property
    def year(self):
        return self._items[0]

    @property
    def week(self):
        return self._items[1]

    @property
    def weekday(self):
        return self._items[2]

    def __getitem__(self, index):
        return self._items[index]

    def __len__(self):
        return 3

    def __iter__(self):
        return iter(self._items)

    def __eq__(self, other):
        if isinstance(other, IsoCalendarDate):
            return self._items == other._items
        if isinstance(other, tuple):
            return self._items == other
        return NotImplemented

    def __hash__(self):
        return hash(self._items)

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self._items


class date:
    __slots__ = ("_year", "_month", "_day")

    def __init__(self, year, month, day):
        self._year, self._month, self._day = _check_date_fields(year, month, day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        local = _time.localtime(t)
        return cls(local[0], local[1], local[2])

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        try:
            y, m, d = _parse_iso_date(date_string)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        y, m, d = _from_iso_calendar(_index(year), _index(week), _index(day))
        return cls(y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month], self._day,
                                            self._year)

    def _microsecond_or_zero(self):
        return 0

    def utcoffset(self):
        return None

    def tzname(self):
        return None

    def _timetuple(self):
        yday = _days_before_month(self._year, self._month) + self._day
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(), yday, -1)

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
        return _strftime(self, format, self._timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        today = self.toordinal()
        monday = _iso_week1_monday(year)
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return date(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._comparable(other):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if not 1 <= ordinal <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(ordinal)
            return date(y, m, d)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if self._comparable(other):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# --- time -----------------------------------------------------------------

class _TimeFields:
    """The time fields' accessors, shared by time and datetime (whose slots hold them)."""
    __slots__ = ()

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _microsecond_or_zero(self):
        return self._microsecond


class time(_TimeFields):
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self._hour, self._minute, self._second, self._microsecond, self._fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string[:1] == "T" else time_string
        try:
            hour, minute, second, microsecond, tz = _parse_iso_time(text)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (time_string,)) from None
        return cls(hour, minute, second, microsecond, tz)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def __repr__(self):
        if self._microsecond:
            text = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            text = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            text = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return "%s(%s)" % (_type_name(self), text)

    def isoformat(self, timespec="auto"):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
        return _strftime(self, format, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return time(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _compare(self, other, ordering):
        """self - other's sign, as times on the same day; None where naive
        and aware times are only unequal (== and !=)."""
        mine = theirs = None
        if self._tzinfo is not other._tzinfo:
            mine = self.utcoffset()
            theirs = other.utcoffset()
            if (mine is None) != (theirs is None):
                if ordering:
                    raise TypeError("can't compare offset-naive and offset-aware times")
                return None
        a = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond
        b = ((other._hour * 60 + other._minute) * 60 + other._second) * 1000000 + other._microsecond
        a -= _offset_us(mine)
        b -= _offset_us(theirs)
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) >= 0
        return NotImplemented

    def __hash__(self):
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond
        return hash(us - _offset_us(self.utcoffset()))

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# --- datetime -------------------------------------------------------------

class datetime(date, _TimeFields):
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self._year, self._month, self._day = _check_date_fields(year, month, day)
        self._hour, self._minute, self._second, self._microsecond, self._fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo

    @classmethod
    def _from_utc_seconds(cls, seconds, us, tz):
        days, seconds = divmod(seconds, 86400)
        ordinal = days + _EPOCH_ORDINAL
        if not 1 <= ordinal <= _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(ordinal)[0])
        y, m, d = _ord2ymd(ordinal)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        return cls(y, m, d, hour, minute, second, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        seconds, us = _split_timestamp(t)
        if tz is not None:
            return tz.fromutc(cls._from_utc_seconds(seconds, us, tz))
        local = _time.localtime(seconds)
        return cls(local[0], local[1], local[2], local[3], local[4], min(local[5], 59), us)

    @classmethod
    def utcfromtimestamp(cls, t):
        seconds, us = _split_timestamp(t)
        return cls._from_utc_seconds(seconds, us, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls(d.year, d.month, d.day)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   time.tzinfo if tzinfo is True else tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(date_string) < 7:
                raise ValueError
            length = _iso_date_length(date_string)
            y, m, d = _parse_iso_date(date_string[:length])
            hour = minute = second = microsecond = 0
            tz = None
            if len(date_string) > length:
                hour, minute, second, microsecond, tz = _parse_iso_time(date_string[length + 1:])
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        return cls(y, m, d, hour, minute, second, microsecond, tz)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        y, m, d = _from_iso_calendar(_index(year), _index(week), _index(day))
        return cls(y, m, d)

    @classmethod
    def strptime(cls, date_string, format):
        y, m, d, hour, minute, second, microsecond, tz = _strptime(date_string, format)
        return cls(y, m, d, hour, minute, second, microsecond, tz)

    def _microsecond_or_zero(self):  # over date's, ahead of _TimeFields' in the MRO
        return self._microsecond

    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        text = ", ".join(["%d" % f for f in fields])
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return "%s(%s)" % (_type_name(self), text)

    def isoformat(self, sep="T", timespec="auto"):
        return "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(" ")

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def _timetuple(self):
        yday = _days_before_month(self._year, self._month) + self._day
        dst = -1
        if self._tzinfo is not None:
            offset = self.dst()
            if offset is not None:
                dst = 1 if offset else 0
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self.weekday(), yday,
                dst)

    def timestamp(self):
        if self._tzinfo is None:
            local = _time.mktime((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  -1, -1, -1))
            return int(local) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return datetime(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = _local_timezone(self)
        elif not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s" % type(tz).__name__)
        if self._tzinfo is tz:
            return self
        offset = self.utcoffset()
        if offset is None:
            offset = _local_timezone(self).utcoffset(self)
        return tz.fromutc(self._shifted(-offset._to_microseconds(), tz))

    def _microseconds(self):
        """Microseconds since 0001-01-01 00:00, in the datetime's own time."""
        seconds = ((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 + self._second
        return seconds * 1000000 + self._microsecond

    def _compare(self, other, ordering):
        """self - other's sign; None where naive and aware datetimes are only
        unequal (== and !=)."""
        a, b = self._microseconds(), other._microseconds()
        if self._tzinfo is not other._tzinfo:
            mine = self.utcoffset()
            theirs = other.utcoffset()
            if (mine is None) != (theirs is None):
                if ordering:
                    raise TypeError("can't compare offset-naive and offset-aware datetimes")
                return None
            a -= _offset_us(mine)
            b -= _offset_us(theirs)
        return (a > b) - (a < b)

    def _check_other(self, other):
        if isinstance(other, datetime):
            return True
        if isinstance(other, _date_class):
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return False

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) == 0
        if isinstance(other, _date_class):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) != 0
        if isinstance(other, _date_class):
            return True
        return NotImplemented

    def __lt__(self, other):
        if self._check_other(other):
            return self._compare(other, True) < 0
        return NotImplemented

    def __le__(self, other):
        if self._check_other(other):
            return self._compare(other, True) <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._check_other(other):
            return self._compare(other, True) > 0
        return NotImplemented

    def __ge__(self, other):
        if self._check_other(other):
            return self._compare(other, True) >= 0
        return NotImplemented

    def __hash__(self):
        us = self._microseconds()
        return hash(us - _offset_us(self.utcoffset()))

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return self._shifted(other._to_microseconds(), self._tzinfo)

    def _shifted(self, microseconds, tz):
        """This datetime moved by so many microseconds, with tzinfo tz."""
        us = self._microseconds() + microseconds
        seconds, microsecond = divmod(us, 1000000)
        days, seconds = divmod(seconds, 86400)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        return datetime(y, m, d, hour, minute, second, microsecond, tz)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a, b = self._microseconds(), other._microseconds()
        if self._tzinfo is not other._tzinfo:
            mine = self.utcoffset()
            theirs = other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            a -= _offset_us(mine)
            b -= _offset_us(theirs)
        return timedelta._from_microseconds(a - b)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

# The classes under names of their own, for datetime's methods whose
# parameters (or methods) shadow them.
_date_class = date
_time_class = time
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# --- strptime (_strptime's regular expressions, matched by hand) ----------

_D = "0123456789"
_N = "123456789"
# Each directive's alternatives in the order its regular expression tries
# them, one string of allowed characters per position.
_DIGIT_DIRECTIVES = {
    "d": (("3", "01"), ("12", _D), ("0", _N), (_N,), (" ", _N)),
    "H": (("2", "0123"), ("01", _D), (_D,)),
    "I": (("1", "012"), ("0", _N), (_N,)),
    "m": (("1", "012"), ("0", _N), (_N,)),
    "M": (("012345", _D), (_D,)),
    "S": (("6", "01"), ("012345", _D), (_D,)),
    "j": (("3", "6", "0123456"), ("3", "012345", _D), ("12", _D, _D), ("0", _N, _D), ("0", "0", _N), (_N, _D),
          ("0", _N), (_N,)),
    "U": (("5", "0123"), ("01234", _D), (_D,)),
    "W": (("5", "0123"), ("01234", _D), (_D,)),
    "w": (("0123456",),),
    "y": ((_D, _D),),
    "Y": ((_D, _D, _D, _D),),
    "f": ((_D, _D, _D, _D, _D, _D), (_D, _D, _D, _D, _D), (_D, _D, _D, _D), (_D, _D, _D), (_D, _D), (_D,)),
}
_FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_FULL_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _longest_first(names):
    return sorted(names, key=len, reverse=True)


_NAME_DIRECTIVES = {
    "b": _longest_first([m.lower() for m in _MONTH_NAMES[1:]]),
    "B": _longest_first(list(_FULL_MONTHS)),
    "a": _longest_first([d.lower() for d in _DAY_NAMES]),
    "A": _longest_first(list(_FULL_DAYS)),
    "p": ["am", "pm"],
}


def _zone_names():
    names = {"utc", "gmt"}
    # time.tzname's two names: the zones of January and July 1970.
    for t in (0, 15638400):
        names.add(str(_time.localtime(t).tm_zone).lower())
    return _longest_first(sorted(names))


def _offset_ends(text, pos):
    """Where a %z offset starting at pos may end, longest first:
    [+-]HH[:]MM[[:]SS[.ffffff]] or Z."""
    if text[pos:pos + 1] == "Z":
        return [pos + 1]
    if text[pos:pos + 1] not in ("+", "-") or not text[pos + 1:pos + 3].isdigit() or len(text[pos + 1:pos + 3]) != 2:
        return []
    i = pos + 3
    if text[i:i + 1] == ":":
        i += 1
    if not (text[i:i + 1] in "012345" and text[i:i + 1] and text[i + 1:i + 2].isdigit() and text[i + 1:i + 2]):
        return []
    minutes_end = i + 2
    ends = []
    j = minutes_end + 1 if text[minutes_end:minutes_end + 1] == ":" else minutes_end
    for k in (j, minutes_end):
        if text[k:k + 1] and text[k:k + 1] in "012345" and text[k + 1:k + 2].isdigit():
            seconds_end = k + 2
            if text[seconds_end:seconds_end + 1] == ".":
                digits = 0
                while digits < 6 and text[seconds_end + 1 + digits:seconds_end + 2 + digits].isdigit():
                    digits += 1
                for n in range(digits, 0, -1):
                    ends.append(seconds_end + 1 + n)
            ends.append(seconds_end)
            break
    ends.append(minutes_end)
    return ends


def _candidates(directive, text, pos):
    """The ends a directive's match at pos may have, in the order its
    regular expression tries them."""
    ends = []
    if directive in _DIGIT_DIRECTIVES:
        for alternative in _DIGIT_DIRECTIVES[directive]:
            part = text[pos:pos + len(alternative)]
            if len(part) == len(alternative) and all(part[i] in alternative[i] for i in range(len(part))):
                ends.append(pos + len(alternative))
    elif directive in _NAME_DIRECTIVES or directive == "Z":
        names = _zone_names() if directive == "Z" else _NAME_DIRECTIVES[directive]
        lowered = text[pos:].lower()
        for name in names:
            if lowered[:len(name)] == name:
                ends.append(pos + len(name))
    elif directive == "z":
        ends = _offset_ends(text, pos)
    elif directive == " ":
        end = pos
        while end < len(text) and text[end].isspace():
            end += 1
        ends = list(range(end, pos, -1))
    elif text[pos:pos + 1].lower() == directive.lower() and text[pos:pos + 1]:
        ends.append(pos + 1)
    return ends


def _compile_format(format):
    """The format's items: directive letters, ' ' for a run of whitespace
    and ('', char) for a literal character."""
    items = []
    i = 0
    while i < len(format):
        c = format[i]
        if c == "%":
            if i + 1 >= len(format):
                raise ValueError("stray %% in format '%s'" % format)
            d = format[i + 1]
            if d == "%":
                items.append(("", "%"))
            elif d in _DIGIT_DIRECTIVES or d in _NAME_DIRECTIVES or d in "zZ":
                items.append((d, ""))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
            i += 2
        elif c.isspace():
            while i < len(format) and format[i].isspace():
                i += 1
            items.append((" ", ""))
        else:
            items.append(("", c))
            i += 1
    return items


def _match(items, k, text, pos, found):
    """The first way items[k:] match text from pos, as the regular
    expression's backtracking finds it: the end, found filled in; -1 if none."""
    if k == len(items):
        return pos
    directive, literal = items[k]
    for end in _candidates(directive or literal, text, pos):
        result = _match(items, k + 1, text, end, found)
        if result >= 0:
            if directive and directive != " ":
                found[directive] = text[pos:end]
            return result
    return -1


def _strptime(text, format):
    """(year, month, day, hour, minute, second, microsecond, tzinfo) of text."""
    if not isinstance(text, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(text).__name__)
    if not isinstance(format, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(format).__name__)
    found = {}
    end = _match(_compile_format(format), 0, text, 0, found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (text, format))
    if end != len(text):
        raise ValueError("unconverted data remains: %s" % text[end:])
    year = 1900
    month = day = 1
    hour = minute = second = microsecond = 0
    julian = None
    tz = None
    if "y" in found:
        year = int(found["y"])
        year += 2000 if year <= 68 else 1900
    if "Y" in found:
        year = int(found["Y"])
    if "m" in found:
        month = int(found["m"])
    if "B" in found:
        month = _FULL_MONTHS.index(found["B"].lower()) + 1
    if "b" in found:
        month = [m.lower() for m in _MONTH_NAMES].index(found["b"].lower())
    if "d" in found:
        day = int(found["d"])
    if "H" in found:
        hour = int(found["H"])
    if "I" in found:
        hour = int(found["I"])
        ampm = found.get("p", "").lower()
        if ampm in ("", "am"):
            if hour == 12:
                hour = 0
        elif hour != 12:
            hour += 12
    if "M" in found:
        minute = int(found["M"])
    if "S" in found:
        second = int(found["S"])
    if "f" in found:
        microsecond = int(found["f"] + "0" * (6 - len(found["f"])))
    if "j" in found:
        julian = int(found["j"])
    if "z" in found:
        z = found["z"]
        if z == "Z":
            tz = timezone.utc
        else:
            if z[3] == ":":
                z = z[:3] + z[4:]
                if len(z) > 5:
                    if z[5] != ":":
                        raise ValueError("Inconsistent use of : in %s" % found["z"])
                    z = z[:5] + z[6:]
            seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
            fraction = z[8:]
            us = int(fraction + "0" * (6 - len(fraction))) if fraction else 0
            offset = timedelta(seconds=seconds, microseconds=us)
            if z[0] == "-":
                offset = -offset
            name = found.get("Z")
            tz = _timezone(offset) if name is None else timezone(offset, name)
    if julian is not None:
        y, m, d = _ord2ymd(julian - 1 + _ymd2ord(year, 1, 1))
        year, month, day = y, m, d
    return year, month, day, hour, minute, second, microsecond, tz


def _split_timestamp(t):
    """(whole seconds, microseconds) of a POSIX timestamp, the microseconds
    rounded half to even as _PyTime_ObjectToTimeval does."""
    if isinstance(t, int):
        return int(t), 0
    if not isinstance(t, float):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")
    fraction, whole = _modf(t)
    us = fraction * 1e6
    rounded = round(us)
    seconds = int(whole)
    if rounded >= 1000000:
        seconds += 1
        rounded -= 1000000
    elif rounded < 0:
        seconds -= 1
        rounded += 1000000
    return seconds, int(rounded)


def _local_timezone(dt):
    """The fixed-offset zone local time had at (naive, local) dt."""
    seconds = _time.mktime((dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, -1, -1, -1)) \
        if dt.tzinfo is None else (dt - _EPOCH).total_seconds()
    local = _time.localtime(int(_floor(seconds)))
    return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)

"""locale: the C and C.UTF-8 locales, the only ones ingot's runtime has.

A program starts as CPython starts: LC_CTYPE taken from the environment
and, where that is the C locale, coerced to C.UTF-8 (PEP 538); every other
category "C". setlocale knows only C (alias POSIX) and C.UTF-8 (in any of
glibc's spellings); any other name is the Error CPython raises for a
locale the system does not have. Formatting follows the C locale: '.' and no grouping.
"""
from builtins import str as _builtin_str
from os import environ as _environ

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

# glibc's categories in the order its composite LC_ALL names list them;
# the six Python has no constant for are kept too, for those names.
_GLIBC_ORDER = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
                'LC_MESSAGES', 'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE',
                'LC_MEASUREMENT', 'LC_IDENTIFICATION']
_NUMBERED = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES']


class Error(Exception):
    pass


def _known(name):
    """The locale `name` stands for, as glibc's setlocale reports it, or
    None: POSIX is reported as C, C.UTF-8 keeps the caller's spelling."""
    if name in ('C', 'POSIX'):
        return 'C'
    base, dot, codeset = name.partition('.')
    if base == 'C' and codeset.lower().replace('-', '') == 'utf8':
        return name
    return None


def _from_environment(category_name):
    for variable in ('LC_ALL', category_name, 'LANG'):
        value = _environ.get(variable, '')
        if value:
            return value
    return 'C'


def _startup_ctype():
    name = _known(_from_environment('LC_CTYPE'))
    if name is None or name == 'C':
        return 'C.UTF-8'
    return name


_current = {name: 'C' for name in _GLIBC_ORDER}
_current['LC_CTYPE'] = _startup_ctype()


def _category_name(category):
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(category).__name__)
    if category == LC_ALL:
        return 'LC_ALL'
    if 0 <= category < len(_NUMBERED):
        return _NUMBERED[category]
    raise Error('unsupported locale setting')


def _all_name():
    values = [_current[name] for name in _GLIBC_ORDER]
    if all(value == values[0] for value in values):
        return values[0]
    return ';'.join(name + '=' + _current[name] for name in _GLIBC_ORDER)


def setlocale(category, locale=None):
    """Sets the category's locale (a name, '' for the environment's, or a
    (language, encoding) pair) and returns it; returns it unchanged
    without `locale`."""
    which = _category_name(category)
    if locale is not None:
        if not isinstance(locale, _builtin_str):
            locale = _build_localename(locale)
        names = _GLIBC_ORDER if which == 'LC_ALL' else [which]
        chosen = {}
        for name in names:
            wanted = locale or _from_environment(name)
            known = _known(wanted)
            if known is None:
                raise Error('unsupported locale setting')
            chosen[name] = known
        _current.update(chosen)
    return _all_name() if which == 'LC_ALL' else _current[which]


def _build_localename(pair):
    language, encoding = pair
    if language is None:
        language = 'C'
    return language if encoding is None else language + '.' + encoding


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the category, as CPython's alias table
    reads the name: C and POSIX have neither, C.UTF-8 reads as en_US."""
    name = setlocale(category)
    if ';' in name:
        raise TypeError('category LC_ALL is not supported')
    if name == 'C':
        return (None, None)
    return ('en_US', 'UTF-8')


def getencoding():
    return 'ANSI_X3.4-1968' if _current['LC_CTYPE'] == 'C' else 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    return getencoding()


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    for variable in envvars:
        value = _environ.get(variable, '')
        if value:
            if _known(value.split(':')[0]) == 'C':
                return (None, None)
            return ('en_US', 'UTF-8') if _known(value) else (value.partition('.')[0], None)
    return (None, None)


def localeconv():
    """The C locale's conventions (the only numeric and monetary ones)."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
            'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(text):
    return text


def format_string(f, val, grouping=False, monetary=False):
    # No thousands separator in the C locale, so grouping changes nothing.
    return f % val


def str(val):
    return format_string('%.12g', val)


def atof(text, func=float):
    return func(text)


def atoi(text):
    return int(text)

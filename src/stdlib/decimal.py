"""decimal: decimal floating point, as CPython's C `decimal` (libmpdec) gives it.

A finite Decimal is sign, integer coefficient and exponent: (-1)**sign *
coef * 10**exp. Every operation computes its exact result (or enough digits
of it plus a "sticky" digit that says whether anything non-zero follows)
and `_finish` rounds that once to the context, so results are correctly
rounded as the General Decimal Arithmetic specification asks.

Conditions are collected as bits while an operation runs and reported to
the context once at its end (`Context._done`), so a trapped signal raises
the exception CPython's C module raises, with the same list of conditions
as its message: `InvalidOperation: [<class 'decimal.DivisionUndefined'>]`.
"""
import math as _math
import numbers as _numbers
from fractions import Fraction as _Fraction

__all__ = ["Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
           "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
           "Subnormal", "Overflow", "Underflow", "FloatOperation", "DivisionImpossible", "DivisionUndefined",
           "ConversionSyntax", "InvalidContext", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN",
           "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP", "getcontext",
           "setcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY", "HAVE_THREADS",
           "HAVE_CONTEXTVAR"]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
# In the order of the C module's error message.
_ROUNDINGS = [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
              ROUND_05UP]

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

# sys.hash_info: a number's hash is its value modulo this prime, so that
# equal numbers of any type hash alike.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)

# What a Decimal is besides a finite number.
_FINITE = 0
_INF = 1
_NAN = 2
_SNAN = 3


# --- signals -----------------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Conditions, one bit each: libmpdec's bits, whose order is the order of a
# context's repr. Five of them signal InvalidOperation.
_C_CLAMPED = 1
_C_SYNTAX = 2
_C_DIVZERO = 4
_C_IMPOSSIBLE = 8
_C_UNDEFINED = 16
_C_INEXACT = 64
_C_CONTEXT = 128
_C_INVALID = 256
_C_FLOAT = 1024
_C_OVERFLOW = 2048
_C_ROUNDED = 4096
_C_SUBNORMAL = 8192
_C_UNDERFLOW = 16384
_INVALID_CONDITIONS = _C_INVALID | _C_SYNTAX | _C_IMPOSSIBLE | _C_UNDEFINED | _C_CONTEXT
# The order the C module lists conditions in an exception's message.
_CONDITIONS = [(_C_INVALID, InvalidOperation), (_C_SYNTAX, ConversionSyntax), (_C_IMPOSSIBLE, DivisionImpossible),
               (_C_UNDEFINED, DivisionUndefined), (_C_CONTEXT, InvalidContext), (_C_FLOAT, FloatOperation),
               (_C_DIVZERO, DivisionByZero), (_C_OVERFLOW, Overflow), (_C_UNDERFLOW, Underflow),
               (_C_SUBNORMAL, Subnormal), (_C_INEXACT, Inexact), (_C_ROUNDED, Rounded), (_C_CLAMPED, Clamped)]
# The signals (what a context's flags and traps hold) with their bits, in
# the order the C module picks the exception to raise.
_SIGNALS = [(_INVALID_CONDITIONS, InvalidOperation), (_C_FLOAT, FloatOperation), (_C_DIVZERO, DivisionByZero),
            (_C_OVERFLOW, Overflow), (_C_UNDERFLOW, Underflow), (_C_SUBNORMAL, Subnormal), (_C_INEXACT, Inexact),
            (_C_ROUNDED, Rounded), (_C_CLAMPED, Clamped)]
_REPR_ORDER = [(_C_CLAMPED, "Clamped"), (_C_SYNTAX, "InvalidOperation"), (_C_DIVZERO, "DivisionByZero"),
               (_C_IMPOSSIBLE, "InvalidOperation"), (_C_UNDEFINED, "InvalidOperation"), (_C_INEXACT, "Inexact"),
               (_C_CONTEXT, "InvalidOperation"), (_C_INVALID, "InvalidOperation"), (_C_FLOAT, "FloatOperation"),
               (_C_OVERFLOW, "Overflow"), (_C_ROUNDED, "Rounded"), (_C_SUBNORMAL, "Subnormal"),
               (_C_UNDERFLOW, "Underflow")]


def _signal_bit(signal):
    for bits, cls in _SIGNALS:
        if cls is signal:
            return bits
    raise KeyError(signal)


def _signal_names(bits):
    """The signals among bits, as a context's repr lists them."""
    names = []
    for bit, name in _REPR_ORDER:
        if bits & bit and name not in names:
            names.append(name)
    return ", ".join(names)


class _SignalDict:
    """A context's flags or traps as the mapping from signal to bool that
    CPython shows; the bits stay in the context."""

    def __init__(self, context, traps):
        self._context = context
        self._traps = traps

    def _bits(self):
        return self._context._traps if self._traps else self._context._flags

    def __getitem__(self, signal):
        return bool(self._bits() & _signal_bit(signal))

    def __setitem__(self, signal, value):
        bit = _signal_bit(signal)
        bits = (self._bits() | bit) if value else (self._bits() & ~bit)
        if self._traps:
            self._context._traps = bits
        else:
            self._context._flags = bits

    def __contains__(self, signal):
        for _, cls in _SIGNALS:
            if cls is signal:
                return True
        return False

    def __len__(self):
        return len(_SIGNALS)

    def __iter__(self):
        return iter([cls for _, cls in _SIGNALS])

    def keys(self):
        return [cls for _, cls in _SIGNALS]

    def values(self):
        bits = self._bits()
        return [bool(bits & bit) for bit, _ in _SIGNALS]

    def items(self):
        bits = self._bits()
        return [(cls, bool(bits & bit)) for bit, cls in _SIGNALS]

    def copy(self):
        return dict(self.items())

    def __repr__(self):
        bits = self._bits()
        return "{" + ", ".join("<class 'decimal.%s'>:%s" % (cls.__name__, bool(bits & bit))
                               for bit, cls in _SIGNALS) + "}"


def _bits_of(signals):
    """The bits of a list of signals, or of a mapping from signal to bool."""
    bits = 0
    mapping = isinstance(signals, dict)
    for signal in signals:
        if not mapping or signals[signal]:
            bit = _signal_bit(signal)
            bits = bits | bit
    return bits


# --- contexts ----------------------------------------------------------------------

class Context:
    """Precision, rounding and exponent limits for arithmetic, with the
    flags raised so far and the signals that raise an exception (traps)."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None,
                 traps=None):
        template = DefaultContext if _template_ready else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flags = 0
        self._traps = _INVALID_CONDITIONS | _C_DIVZERO | _C_OVERFLOW
        self._pending = 0
        if template is not None:
            self._prec = template._prec
            self._rounding = template._rounding
            self._Emin = template._Emin
            self._Emax = template._Emax
            self._capitals = template._capitals
            self._clamp = template._clamp
            self._traps = template._traps
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _bits_of(flags)
        if traps is not None:
            self._traps = _bits_of(traps)

    # The attributes, with the C module's checks.
    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if not 1 <= value <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS:
            raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                            "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(value)]

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if not MIN_EMIN <= value <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if not 0 <= value <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if value != 0 and value != 1:
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = int(value)

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if value != 0 and value != 1:
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = int(value)

    @property
    def flags(self):
        return _SignalDict(self, False)

    @property
    def traps(self):
        return _SignalDict(self, True)

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def copy(self):
        c = Context(self._prec, self._rounding, self._Emin, self._Emax, self._capitals, self._clamp)
        c._flags = self._flags
        c._traps = self._traps
        return c

    def __copy__(self):
        return self.copy()

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])"
                % (self._prec, self._rounding, self._Emin, self._Emax, self._capitals, self._clamp,
                   _signal_names(self._flags), _signal_names(self._traps)))

    # Reporting conditions.
    def _note(self, conditions):
        self._pending |= conditions

    def _check(self):
        """Adds the conditions noted while computing a result to the flags;
        raises the C module's exception if one is trapped."""
        conditions = self._pending
        if conditions:
            self._pending = 0
            self._signal(conditions)

    # _check, then the result: one method per type of result, so that each
    # keeps its type.
    def _done(self, result):
        self._check()
        return result

    def _done_pair(self, pair):
        self._check()
        return pair

    def _signal(self, conditions):
        self._flags |= conditions
        trapped = conditions & self._traps
        if trapped:
            listed = [cls for bit, cls in _CONDITIONS if trapped & bit]
            for bit, cls in _SIGNALS:
                if trapped & bit:
                    raise cls(listed)

    def _invalid(self, condition=_C_INVALID):
        """The quiet NaN an invalid operation gives when not trapped."""
        self._note(condition)
        return _make(0, 0, 0, _NAN)

    # The context's arithmetic, as methods.
    def create_decimal(self, num="0"):
        d = Decimal(num, self)
        return self._done(_finish(d._sign, d._coef, d._exp, self)) if d._kind == _FINITE else d

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    def abs(self, a):
        return _dec(a).__abs__(self)

    def add(self, a, b):
        return _dec(a).__add__(b, self)

    def subtract(self, a, b):
        return _dec(a).__sub__(b, self)

    def multiply(self, a, b):
        return _dec(a).__mul__(b, self)

    def divide(self, a, b):
        return _dec(a).__truediv__(b, self)

    def divide_int(self, a, b):
        return _dec(a).__floordiv__(b, self)

    def remainder(self, a, b):
        return _dec(a).__mod__(b, self)

    def divmod(self, a, b):
        return _dec(a).__divmod__(b, self)

    def power(self, a, b, modulo=None):
        return _dec(a).__pow__(b, modulo, self)

    def minus(self, a):
        return _dec(a).__neg__(self)

    def plus(self, a):
        return _dec(a).__pos__(self)

    def sqrt(self, a):
        return _dec(a).sqrt(self)

    def quantize(self, a, b):
        return _dec(a).quantize(b, None, self)

    def compare(self, a, b):
        return _dec(a).compare(b, self)

    def max(self, a, b):
        return _dec(a).max(b, self)

    def min(self, a, b):
        return _dec(a).min(b, self)

    def fma(self, a, b, c):
        return _dec(a).fma(b, c, self)

    def normalize(self, a):
        return _dec(a).normalize(self)

    def to_integral_value(self, a):
        return _dec(a).to_integral_value(None, self)

    def to_integral_exact(self, a):
        return _dec(a).to_integral_exact(None, self)

    def to_sci_string(self, a):
        return _dec(a).__str__()

    def to_eng_string(self, a):
        return _dec(a).to_eng_string()


def _template(prec, rounding, traps):
    c = Context(prec, rounding, -999999, 999999, 1, 0)
    c._traps = traps
    return c


_template_ready = False
DefaultContext = _template(28, ROUND_HALF_EVEN, _INVALID_CONDITIONS | _C_DIVZERO | _C_OVERFLOW)
BasicContext = _template(9, ROUND_HALF_UP, _C_CLAMPED | _INVALID_CONDITIONS | _C_DIVZERO | _C_OVERFLOW | _C_UNDERFLOW)
ExtendedContext = _template(9, ROUND_HALF_EVEN, 0)
_template_ready = True
_current = DefaultContext.copy()


def getcontext():
    return _current


def _context(context):
    """The context an operation uses: its argument, else the current one."""
    # `or`, not an if: the compiler types `None or Context` as Context.
    return context or _current


def setcontext(context):
    global _current
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    # The templates are copied, so that using one never changes it.
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current = context


class _ContextManager:
    def __init__(self, context):
        self._new = context
        self._saved = None

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._new)
        return self._new

    def __exit__(self, *exc):
        setcontext(self._saved)
        return False


def localcontext(ctx=None, **kwargs):
    context = (getcontext() if ctx is None else ctx).copy()
    for name, value in kwargs.items():
        if name == "prec":
            context.prec = value
        elif name == "rounding":
            context.rounding = value
        elif name == "Emin":
            context.Emin = value
        elif name == "Emax":
            context.Emax = value
        elif name == "capitals":
            context.capitals = value
        elif name == "clamp":
            context.clamp = value
        elif name == "flags":
            context._flags = _bits_of(value)
        elif name == "traps":
            context._traps = _bits_of(value)
        else:
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
    return _ContextManager(context)


# --- digits and rounding -------------------------------------------------------------

def _pow(base, n):
    """base ** n for an n >= 0: an int (the compiler types int ** int as
    int | float, since a negative n gives a float)."""
    return int(base ** n)


def _pow10(n):
    return _pow(10, n)


def _ndigits(coef):
    return len(str(coef)) if coef else 1


def _round_down(coef, drop, rounding, sign):
    """coef without its last drop digits, rounded; and whether anything
    non-zero was dropped."""
    if drop <= 0:
        return coef, False
    scale = _pow10(drop)
    q = coef // scale
    r = coef - q * scale
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN or rounding == ROUND_HALF_UP or rounding == ROUND_HALF_DOWN:
        twice = 2 * r
        if twice > scale or (twice == scale and (rounding == ROUND_HALF_UP or
                                                 (rounding == ROUND_HALF_EVEN and q % 2 == 1))):
            q += 1
    elif rounding == ROUND_UP or (rounding == ROUND_CEILING and sign == 0) or (rounding == ROUND_FLOOR and sign == 1):
        q += 1
    elif rounding == ROUND_05UP and q % 5 == 0:
        q += 1
    return q, True


def _overflow_result(sign, context):
    """The result of an overflow: an infinity, or the largest finite
    number where the rounding goes toward zero."""
    rounding = context._rounding
    if (rounding == ROUND_DOWN or rounding == ROUND_05UP or (rounding == ROUND_CEILING and sign == 1)
            or (rounding == ROUND_FLOOR and sign == 0)):
        return _make(sign, _pow10(context._prec) - 1, context._Emax - context._prec + 1, _FINITE)
    return _make(sign, 0, 0, _INF)


def _finish(sign, coef, exp, context, rounding=None):
    """The Decimal (-1)**sign * coef * 10**exp rounded to the context, with
    its conditions noted: the last step of every arithmetic operation."""
    if rounding is None:
        rounding = context._rounding
    prec = context._prec
    etiny = context._Emin - prec + 1
    etop = context._Emax - prec + 1
    if coef == 0:
        limit = etop if context._clamp else context._Emax
        if exp < etiny:
            exp = etiny
            context._note(_C_CLAMPED)
        elif exp > limit:
            exp = limit
            context._note(_C_CLAMPED)
        return _make(sign, 0, exp, _FINITE)
    nd = _ndigits(coef)
    adjusted = exp + nd - 1
    if adjusted > context._Emax:
        context._note(_C_OVERFLOW | _C_INEXACT | _C_ROUNDED)
        return _overflow_result(sign, context)
    if adjusted < context._Emin:
        # Subnormal: the exponent may not go below Etiny.
        conditions = _C_SUBNORMAL
        drop = max(nd - prec, etiny - exp)
        if drop > 0:
            coef, inexact = _round_down(coef, drop, rounding, sign)
            exp += drop
            conditions |= _C_ROUNDED
            if inexact:
                conditions |= _C_INEXACT | _C_UNDERFLOW
                if coef == 0:
                    conditions |= _C_CLAMPED
            if _ndigits(coef) > prec:
                coef //= 10
                exp += 1
        if coef and exp + _ndigits(coef) - 1 >= context._Emin:
            conditions &= ~_C_SUBNORMAL
        context._note(conditions)
        return _make(sign, coef, exp, _FINITE)
    if nd > prec:
        drop = nd - prec
        coef, inexact = _round_down(coef, drop, rounding, sign)
        exp += drop
        context._note(_C_ROUNDED | _C_INEXACT if inexact else _C_ROUNDED)
        if coef == _pow10(prec):
            coef //= 10
            exp += 1
            if exp + prec - 1 > context._Emax:
                context._note(_C_OVERFLOW | _C_INEXACT | _C_ROUNDED)
                return _overflow_result(sign, context)
    if context._clamp and exp > etop:
        coef *= _pow10(exp - etop)
        exp = etop
        context._note(_C_CLAMPED)
    return _make(sign, coef, exp, _FINITE)


def _strip_to(coef, exp, ideal):
    """coef * 10**exp with trailing zeros of coef removed while exp < ideal."""
    while exp < ideal and coef % 10 == 0 and coef:
        coef //= 10
        exp += 1
    return coef, exp


# --- construction ------------------------------------------------------------------------

_any = [None]


def _make(sign, coef, exp, kind):
    # Decimal(0) is the cheapest way in: its fields are then replaced.
    d = Decimal(0)
    # int(): the fields stay ints even where a caller's value is a dyn.
    d._sign = int(sign)
    d._coef = int(coef)
    d._exp = int(exp)
    d._kind = int(kind)
    return d


def _digits_of(text):
    """The int of a run of decimal digits (any script), or -1 if text is
    not one."""
    if not text or not text.isdecimal():
        return -1
    return int(text)


def _parse(text):
    """(sign, coef, exp, kind) of a numeric string, or None."""
    # The C module drops every underscore, wherever it is.
    s = text.strip().replace("_", "")
    sign = 0
    if s[:1] == "-" or s[:1] == "+":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    lower = s.lower()
    if lower == "inf" or lower == "infinity":
        return sign, 0, 0, _INF
    for prefix, kind in (("snan", _SNAN), ("nan", _NAN)):
        if lower.startswith(prefix):
            payload = s[len(prefix):]
            if not payload:
                return sign, 0, 0, kind
            value = _digits_of(payload)
            if value < 0:
                return None
            return sign, value, 0, kind
    exp = 0
    e = lower.find("e")
    if e >= 0:
        exponent = s[e + 1:]
        esign = 1
        if exponent[:1] == "-" or exponent[:1] == "+":
            esign = -1 if exponent[0] == "-" else 1
            exponent = exponent[1:]
        value = _digits_of(exponent)
        if value < 0:
            return None
        exp = esign * value
        s = s[:e]
    point = s.find(".")
    if point >= 0:
        whole, fraction = s[:point], s[point + 1:]
    else:
        whole, fraction = s, ""
    if not whole and not fraction:
        return None
    if (whole and _digits_of(whole) < 0) or (fraction and _digits_of(fraction) < 0):
        return None
    return sign, int(whole + fraction), exp - len(fraction), _FINITE


def _dec(value):
    """value as a Decimal for a Context method: ints are converted."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)


class DecimalTuple:
    """The named tuple (sign, digits, exponent) that as_tuple() gives."""
    __slots__ = ("sign", "digits", "exponent")

    def __init__(self, sign, digits, exponent):
        self.sign = sign
        self.digits = digits
        self.exponent = exponent

    def _tuple(self):
        return (self.sign, self.digits, self.exponent)

    def __repr__(self):
        return "DecimalTuple(sign=%r, digits=%r, exponent=%r)" % (self.sign, self.digits, self.exponent)

    def __iter__(self):
        return iter(self._tuple())

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return self._tuple()[i]

    def __eq__(self, other):
        if isinstance(other, DecimalTuple) or isinstance(other, tuple):
            _any[0] = other  # a dyn: the compiler does not narrow other
            return self._tuple() == tuple(_any[0])
        return NotImplemented

    def __hash__(self):
        return hash(self._tuple())


# Operands that no type's reflected method takes with a Decimal: the
# error is raised here, naming the type 'decimal.Decimal' as the C module does.
_FOREIGN = (float, complex, str, bytes, list, tuple, dict, set, type(None), _Fraction)


def _type_name(x):
    return "decimal.Decimal" if isinstance(x, Decimal) else type(x).__name__


def _no_operator(symbol, a, b):
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (symbol, _type_name(a), _type_name(b)))


def _no_order(symbol, a, b):
    raise TypeError("'%s' not supported between instances of '%s' and '%s'" % (symbol, _type_name(a), _type_name(b)))


def _fraction_parts(x):
    """(numerator, denominator) of a Fraction, or None for anything else."""
    if isinstance(x, _Fraction):
        _any[0] = x  # a dyn: x.numerator must compile for every type of x
        f = _any[0]
        return int(f.numerator), int(f.denominator)
    return None


class Decimal:
    """A decimal floating point number: Decimal('1.10'), Decimal(3),
    Decimal(0.5), Decimal((0, (1, 5), -1))."""
    __slots__ = ("_sign", "_coef", "_exp", "_kind")

    def __init__(self, value="0", context=None):
        # Through a list slot, value is a dyn: the compiler does not narrow
        # on isinstance, and each branch must compile for every type passed.
        _any[0] = value
        v = _any[0]
        if isinstance(v, int):
            n = int(v)
            self._sign = 1 if n < 0 else 0
            self._coef = abs(n)
            self._exp = 0
            self._kind = _FINITE
            return
        if isinstance(v, Decimal):
            # int(): v is a dyn, and the fields must stay ints.
            d = _make(int(v._sign), int(v._coef), int(v._exp), int(v._kind))
        elif isinstance(v, str):
            parts = _parse(str(v))
            if parts is None:
                ctx = _context(context)
                ctx._note(_C_SYNTAX)
                ctx._check()
                parts = (0, 0, 0, _NAN)
            d = _make(parts[0], parts[1], parts[2], parts[3])
        elif isinstance(v, float):
            ctx = _context(context)
            ctx._note(_C_FLOAT)
            ctx._check()
            d = Decimal.from_float(float(v))
        elif isinstance(v, (tuple, list)):
            parts = _from_tuple(v)
            d = _make(parts[0], parts[1], parts[2], parts[3])
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % type(v).__name__)
        self._sign = d._sign
        self._coef = d._coef
        self._exp = d._exp
        self._kind = d._kind

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return Decimal(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        x = float(f)
        sign = 1 if _math.copysign(1.0, x) < 0 else 0
        if _math.isnan(x):
            return _make(sign, 0, 0, _NAN)
        if _math.isinf(x):
            return _make(sign, 0, 0, _INF)
        n, d = abs(x).as_integer_ratio()
        k = d.bit_length() - 1
        # n / 2**k == n * 5**k / 10**k exactly.
        return _make(sign, n * _pow(5, k), -k, _FINITE)

    # --- what it is ---

    def is_nan(self):
        return self._kind >= _NAN

    def is_qnan(self):
        return self._kind == _NAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_infinite(self):
        return self._kind == _INF

    def is_finite(self):
        return self._kind == _FINITE

    def is_zero(self):
        return self._kind == _FINITE and self._coef == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        ctx = _context(context)
        return self._kind == _FINITE and self._coef != 0 and self.adjusted() >= ctx._Emin

    def is_subnormal(self, context=None):
        ctx = _context(context)
        return self._kind == _FINITE and self._coef != 0 and self.adjusted() < ctx._Emin

    def adjusted(self):
        if self._kind != _FINITE:
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._coef))
        if self._kind >= _NAN and self._coef == 0:
            digits = ()
        if self._kind == _FINITE:
            return DecimalTuple(self._sign, digits, self._exp)
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), "F")
        return DecimalTuple(self._sign, digits, "n" if self._kind == _NAN else "N")

    def as_integer_ratio(self):
        if self._kind != _FINITE:
            if self._kind == _INF:
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        n, d = self._coef, 1
        if self._exp >= 0:
            n *= _pow10(self._exp)
        else:
            d = _pow10(-self._exp)
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    # --- text ---

    def _special_str(self):
        sign = "-" if self._sign else ""
        if self._kind == _INF:
            return sign + "Infinity"
        payload = str(self._coef) if self._coef else ""
        return sign + ("NaN" if self._kind == _NAN else "sNaN") + payload

    def _to_string(self, eng, capitals=1):
        if self._kind != _FINITE:
            return self._special_str()
        digits = str(self._coef)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._coef == 0:
            # A zero's exponent goes to a multiple of 3 with the point moved
            # left, so that no digits are added.
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            text = "0." + "0" * -dotplace + digits
        elif dotplace >= len(digits):
            text = digits + "0" * (dotplace - len(digits))
        else:
            text = digits[:dotplace] + "." + digits[dotplace:]
        exp = leftdigits - dotplace
        if exp:
            text += ("E" if capitals else "e") + "%+d" % exp
        return ("-" if self._sign else "") + text

    def __str__(self):
        return self._to_string(False, getcontext()._capitals)

    def to_eng_string(self, context=None):
        ctx = _context(context)
        return self._to_string(True, ctx._capitals)

    def __repr__(self):
        return "Decimal('%s')" % self._to_string(False)

    def __format__(self, spec):
        return _format(self, spec)

    # --- conversions ---

    def __bool__(self):
        return self._kind != _FINITE or self._coef != 0

    def _integer(self):
        """The int of self, truncated."""
        if self._kind != _FINITE:
            if self._kind == _INF:
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            n = self._coef * _pow10(self._exp)
        else:
            n = self._coef // _pow10(-self._exp)
        return -n if self._sign else n

    def __int__(self):
        return self._integer()

    def __trunc__(self):
        return self._integer()

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __float__(self):
        if self._kind == _SNAN:
            raise ValueError("cannot convert signaling NaN to float")
        if self._kind == _NAN:
            return -_math.nan if self._sign else _math.nan
        return float(self._to_string(False))

    def _rounded_int(self, rounding):
        if self._kind != _FINITE:
            return self._integer()
        coef = _rescale(self._coef, self._exp, 0, rounding, self._sign)[0]
        return -coef if self._sign else coef

    def __floor__(self):
        return self._rounded_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._rounded_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._rounded_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_make(0, 1, -n, _FINITE))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # --- hashing and comparisons ---

    def __hash__(self):
        if self._kind != _FINITE:
            if self._kind == _SNAN:
                raise TypeError("Cannot hash a signaling NaN value")
            if self._kind == _NAN:
                # Each NaN hashes by identity, as in CPython 3.10+.
                return hash(id(self))
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            scale = pow(10, self._exp, _HASH_MODULUS)
        else:
            scale = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = self._coef * scale % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def _compare_with(self, other, equality, symbol):
        """(x, y) of ints or floats whose comparison is self's with other;
        None for NotImplemented; a NaN on either side gives (nan, 0.0)."""
        ctx = getcontext()
        if isinstance(other, float):
            ctx._note(_C_FLOAT)
            if not equality:
                ctx._check()
            else:
                ctx._flags |= _C_FLOAT
                ctx._pending = 0
            # A new name, not other: a Decimal in every specialisation.
            b = Decimal.from_float(float(other))
        elif isinstance(other, complex):
            if not equality:
                _no_order(symbol, self, other)
            if other.imag != 0:
                return (1, 0)
            return self._compare_with(other.real, equality, symbol)
        elif isinstance(other, int) or isinstance(other, Decimal):
            b = Decimal(other)
        else:
            parts = _fraction_parts(other)
            if parts is None:
                if isinstance(other, _FOREIGN) and not equality:
                    _no_order(symbol, self, other)
                return None
            if self._kind != _FINITE:
                if self._kind == _INF:
                    return (-1, 0) if self._sign else (1, 0)
                return self._nan_compare(equality)
            n, d = self.as_integer_ratio()
            return n * parts[1], parts[0] * d
        if self._kind >= _NAN or b._kind >= _NAN:
            if self._kind == _SNAN or b._kind == _SNAN or not equality:
                ctx._note(_C_INVALID)
                ctx._check()
            return (_math.nan, 0.0)
        return _cmp(self, b), 0

    def _nan_compare(self, equality):
        if self._kind == _SNAN or not equality:
            ctx = getcontext()
            ctx._note(_C_INVALID)
            ctx._check()
        return (_math.nan, 0.0)

    def __eq__(self, other):
        pair = self._compare_with(other, True, "==")
        return NotImplemented if pair is None else pair[0] == pair[1]

    def __ne__(self, other):
        pair = self._compare_with(other, True, "!=")
        return NotImplemented if pair is None else pair[0] != pair[1]

    def __lt__(self, other):
        pair = self._compare_with(other, False, "<")
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._compare_with(other, False, "<=")
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._compare_with(other, False, ">")
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._compare_with(other, False, ">=")
        return NotImplemented if pair is None else pair[0] >= pair[1]

    def compare(self, other, context=None):
        ctx = _context(context)
        b = _operand(other)
        if self._kind >= _NAN or b._kind >= _NAN:
            return ctx._done(_nan_result(self, b, ctx))
        c = _cmp(self, b)
        return _make(1 if c < 0 else 0, 1 if c else 0, 0, _FINITE)

    def max(self, other, context=None):
        return self._pick(other, context, 1)

    def min(self, other, context=None):
        return self._pick(other, context, -1)

    def _pick(self, other, context, want):
        ctx = _context(context)
        b = _operand(other)
        # A quiet NaN loses to a number.
        if self._kind == _NAN and b._kind != _NAN and b._kind != _SNAN:
            return ctx._done(_finish_any(b, ctx))
        if b._kind == _NAN and self._kind != _SNAN:
            if self._kind != _NAN:
                return ctx._done(_finish_any(self, ctx))
        if self._kind >= _NAN or b._kind >= _NAN:
            return ctx._done(_nan_result(self, b, ctx))
        c = _cmp(self, b)
        if c == 0:
            c = _total_order(self, b)
        return ctx._done(_finish_any(self if c == want or c == 0 else b, ctx))

    # --- arithmetic ---

    def __add__(self, other, context=None):
        if not _is_operand(other):
            return _binary_fallback("+", self, other)
        return _add(self, Decimal(other), 0, context)

    def __radd__(self, other, context=None):
        if not _is_operand(other):
            return _binary_fallback("+", other, self)
        return _add(Decimal(other), self, 0, context)

    def __sub__(self, other, context=None):
        if not _is_operand(other):
            return _binary_fallback("-", self, other)
        return _add(self, Decimal(other), 1, context)

    def __rsub__(self, other, context=None):
        if not _is_operand(other):
            return _binary_fallback("-", other, self)
        return _add(Decimal(other), self, 1, context)

    def __mul__(self, other, context=None):
        if not _is_operand(other):
            return _binary_fallback("*", self, other)
        return _mul(self, Decimal(other), context)

    def __rmul__(self, other, context=None):
        if not _is_operand(other):
            return _binary_fallback("*", other, self)
        return _mul(Decimal(other), self, context)

    def __truediv__(self, other, context=None):
        if not _is_operand(other):
            return _binary_fallback("/", self, other)
        return _div(self, Decimal(other), context)

    def __rtruediv__(self, other, context=None):
        if not _is_operand(other):
            return _binary_fallback("/", other, self)
        return _div(Decimal(other), self, context)

    def __floordiv__(self, other, context=None):
        if not _is_operand(other):
            return _binary_fallback("//", self, other)
        return _divmod(self, Decimal(other), context, True, False)[0]

    def __rfloordiv__(self, other, context=None):
        if not _is_operand(other):
            return _binary_fallback("//", other, self)
        return _divmod(Decimal(other), self, context, True, False)[0]

    def __mod__(self, other, context=None):
        if not _is_operand(other):
            return _binary_fallback("%", self, other)
        return _divmod(self, Decimal(other), context, False, True)[1]

    def __rmod__(self, other, context=None):
        if not _is_operand(other):
            return _binary_fallback("%", other, self)
        return _divmod(Decimal(other), self, context, False, True)[1]

    def __divmod__(self, other, context=None):
        if not _is_operand(other):
            return _binary_fallback("divmod()", self, other)
        return _divmod(self, Decimal(other), context, True, True)

    def __rdivmod__(self, other, context=None):
        if not _is_operand(other):
            return _binary_fallback("divmod()", other, self)
        return _divmod(Decimal(other), self, context, True, True)

    def __pow__(self, other, modulo=None, context=None):
        if not _is_operand(other):
            return _binary_fallback("** or pow()", self, other)
        if modulo is not None:
            raise NotImplementedError("three-argument pow() of a Decimal is not supported")
        return _power(self, Decimal(other), context)

    def __rpow__(self, other, context=None):
        if not _is_operand(other):
            return _binary_fallback("** or pow()", other, self)
        return _power(Decimal(other), self, context)

    def __neg__(self, context=None):
        ctx = _context(context)
        if self._kind >= _NAN:
            return ctx._done(_nan_result(self, self, ctx))
        sign = 1 - self._sign
        if self._kind == _FINITE and self._coef == 0:
            sign = 1 if ctx._rounding == ROUND_FLOOR else 0
        return ctx._done(_finish_any(_make(sign, self._coef, self._exp, self._kind), ctx))

    def __pos__(self, context=None):
        ctx = _context(context)
        if self._kind >= _NAN:
            return ctx._done(_nan_result(self, self, ctx))
        sign = self._sign
        if self._kind == _FINITE and self._coef == 0:
            sign = 1 if ctx._rounding == ROUND_FLOOR else 0
        return ctx._done(_finish_any(_make(sign, self._coef, self._exp, self._kind), ctx))

    def __abs__(self, context=None):
        if self._sign:
            return self.__neg__(context)
        return self.__pos__(context)

    def copy_abs(self):
        return _make(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        return _make(1 - self._sign, self._coef, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        b = _operand(other)
        return _make(b._sign, self._coef, self._exp, self._kind)

    def fma(self, other, third, context=None):
        ctx = _context(context)
        b = _operand(other)
        c = _operand(third)
        if self._kind >= _NAN or b._kind >= _NAN:
            return ctx._done(_nan_result(self, b, ctx))
        if c._kind >= _NAN:
            return ctx._done(_nan_result(c, c, ctx))
        if self._kind == _FINITE and b._kind == _FINITE:
            product = _make(self._sign ^ b._sign, self._coef * b._coef, self._exp + b._exp, _FINITE)
        else:
            product = _mul(self, b, _unbounded(ctx))
        return _add(product, c, 0, ctx)

    def normalize(self, context=None):
        ctx = _context(context)
        if self._kind >= _NAN:
            return ctx._done(_nan_result(self, self, ctx))
        if self._kind == _INF:
            return self
        d = _finish(self._sign, self._coef, self._exp, ctx)
        if d._kind != _FINITE:
            return ctx._done(d)
        if d._coef == 0:
            return ctx._done(_make(d._sign, 0, 0, _FINITE))
        limit = ctx.Etop() if ctx._clamp else ctx._Emax
        coef, exp = _strip_to(d._coef, d._exp, limit)
        return ctx._done(_make(d._sign, coef, exp, _FINITE))

    def quantize(self, exp, rounding=None, context=None):
        ctx = _context(context)
        b = _operand(exp)
        if rounding is None:
            rounding = ctx._rounding
        if self._kind >= _NAN or b._kind >= _NAN:
            return ctx._done(_nan_result(self, b, ctx))
        if self._kind == _INF or b._kind == _INF:
            if self._kind == _INF and b._kind == _INF:
                return _make(self._sign, 0, 0, _INF)
            return ctx._done(ctx._invalid())
        if not ctx.Etiny() <= b._exp <= ctx._Emax:
            return ctx._done(ctx._invalid())
        coef, inexact = _rescale(self._coef, self._exp, b._exp, rounding, self._sign)
        if _ndigits(coef) > ctx._prec:
            return ctx._done(ctx._invalid())
        if b._exp > self._exp:
            ctx._note(_C_ROUNDED | _C_INEXACT if inexact else _C_ROUNDED)
        if coef and b._exp + _ndigits(coef) - 1 < ctx._Emin:
            ctx._note(_C_SUBNORMAL | _C_UNDERFLOW if inexact else _C_SUBNORMAL)
        return ctx._done(_make(self._sign, coef, b._exp, _FINITE))

    def _next(self, context, up):
        """The closest number above (up) or below self in the context."""
        ctx = _context(context)
        if self._kind >= _NAN:
            return ctx._done(_nan_result(self, self, ctx))
        if self._kind == _INF:
            if (self._sign == 0) == up:
                return self
            return _make(self._sign, _pow10(ctx._prec) - 1, ctx.Etop(), _FINITE)
        etiny = ctx.Etiny()
        if self._coef == 0:
            return _make(0 if up else 1, 1, etiny, _FINITE)
        # Nudge the magnitude by less than a unit in the last place, then
        # round toward the direction; the conditions that raises are not
        # the operation's.
        ulp = max(self.adjusted() - ctx._prec + 1, etiny)
        low = min(self._exp, ulp) - 2
        coef = self._coef * _pow10(self._exp - low)
        coef = coef + 1 if (self._sign == 0) == up else coef - 1
        saved = ctx._pending
        d = _finish(self._sign, coef, low, ctx, ROUND_CEILING if up else ROUND_FLOOR)
        ctx._pending = saved
        return d

    def next_plus(self, context=None):
        return self._next(context, True)

    def next_minus(self, context=None):
        return self._next(context, False)

    def same_quantum(self, other, context=None):
        b = _operand(other)
        if self._kind != _FINITE or b._kind != _FINITE:
            return (self._kind >= _NAN and b._kind >= _NAN) or (self._kind == _INF and b._kind == _INF)
        return self._exp == b._exp

    def _to_integral(self, rounding, context, exact):
        ctx = _context(context)
        if self._kind >= _NAN:
            return ctx._done(_nan_result(self, self, ctx))
        if self._kind == _INF or self._exp >= 0:
            return self
        if rounding is None:
            rounding = ctx._rounding
        coef, inexact = _rescale(self._coef, self._exp, 0, rounding, self._sign)
        if exact and self._coef:
            ctx._note(_C_ROUNDED | _C_INEXACT if inexact else _C_ROUNDED)
        return ctx._done(_make(self._sign, coef, 0, _FINITE))

    def to_integral_value(self, rounding=None, context=None):
        return self._to_integral(rounding, context, False)

    def to_integral(self, rounding=None, context=None):
        return self._to_integral(rounding, context, False)

    def to_integral_exact(self, rounding=None, context=None):
        return self._to_integral(rounding, context, True)

    def sqrt(self, context=None):
        ctx = _context(context)
        if self._kind >= _NAN:
            return ctx._done(_nan_result(self, self, ctx))
        if self._coef == 0 and self._kind == _FINITE:
            return ctx._done(_finish(self._sign, 0, _floor_half(self._exp), ctx))
        if self._sign:
            return ctx._done(ctx._invalid())
        if self._kind == _INF:
            return self
        ideal = _floor_half(self._exp)
        coef, exp = self._coef, self._exp
        if exp % 2:
            coef *= 10
            exp -= 1
        # Enough digits that the root has prec + 1 of them.
        shift = max(0, ctx._prec + 2 - (_ndigits(coef) + 1) // 2)
        coef *= _pow10(2 * shift)
        exp -= 2 * shift
        root = _math.isqrt(coef)
        exp //= 2
        if root * root == coef:
            root, exp = _strip_to(root, exp, ideal)
        else:
            root = root * 10 + 1
            exp -= 1
        # A square root is always rounded half-even, whatever the context's rounding.
        return ctx._done(_finish(0, root, exp, ctx, ROUND_HALF_EVEN))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (Decimal, (str(self),))


def _floor_half(n):
    return n // 2


def _unbounded(ctx):
    c = ctx.copy()
    c._prec = MAX_PREC
    c._Emax = MAX_EMAX
    c._Emin = MIN_EMIN
    return c


def _from_tuple(value):
    # Indexed, not unpacked: the compiler does not narrow Decimal's
    # argument to a sequence, and a Decimal cannot be unpacked.
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign = value[0]
    digits = value[1]
    exp = value[2]
    if not (isinstance(sign, int) and (sign == 0 or sign == 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    coef = 0
    for digit in digits:
        if not isinstance(digit, int) or not 0 <= digit <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        coef = coef * 10 + digit
    if exp == "F":
        return int(sign), 0, 0, _INF
    if exp == "n" or exp == "N":
        return int(sign), int(coef), 0, (_NAN if exp == "n" else _SNAN)
    if not isinstance(exp, int):
        raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    return int(sign), int(coef), int(exp), _FINITE


def _is_operand(other):
    """Whether arithmetic takes other as a Decimal: a Decimal or an int."""
    return isinstance(other, Decimal) or isinstance(other, int)


def _operand(other):
    """other as a Decimal for a method's argument: Decimals and ints."""
    if _is_operand(other):
        # Decimal(), even for a Decimal: whatever type other has, the result
        # is a Decimal (the compiler does not narrow on isinstance).
        return Decimal(other)
    raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)


def _binary_fallback(symbol, a, b):
    """NotImplemented, or the C module's TypeError for a built-in operand
    whose own method will not take a Decimal either."""
    if isinstance(a, _FOREIGN) or isinstance(b, _FOREIGN):
        if symbol == "+" and isinstance(a, str):
            raise TypeError('can only concatenate str (not "decimal.Decimal") to str')
        _no_operator(symbol, a, b)
    return NotImplemented


def _cmp(a, b):
    """-1, 0 or 1 as a is less than, equal to or greater than b (no NaNs)."""
    if a._kind == _INF or b._kind == _INF:
        x = 0 if a._kind != _INF else (-1 if a._sign else 1)
        y = 0 if b._kind != _INF else (-1 if b._sign else 1)
        if x == y:
            return 0
        if x or y:
            if x == 0:
                return -y
            return x
    if a._coef == 0 and b._coef == 0:
        return 0
    if a._coef == 0:
        return 1 if b._sign else -1
    if b._coef == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    aa, ba = a.adjusted(), b.adjusted()
    if aa != ba:
        c = 1 if aa > ba else -1
    else:
        e = min(a._exp, b._exp)
        x = a._coef * _pow10(a._exp - e)
        y = b._coef * _pow10(b._exp - e)
        c = 0 if x == y else (1 if x > y else -1)
    return -c if a._sign else c


def _total_order(a, b):
    """For max/min of equal values: the one with the larger exponent (for
    positive values) ranks higher, as the specification's total order."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    if a._exp == b._exp:
        return 0
    c = 1 if a._exp > b._exp else -1
    return -c if a._sign else c


def _nan_result(a, b, ctx):
    """The NaN an operation on a and b gives when either is one (a signaling
    NaN first, then a's), with its conditions noted."""
    if a._kind == _SNAN or b._kind == _SNAN:
        ctx._note(_C_INVALID)
        nan = a if a._kind == _SNAN else b
    else:
        nan = a if a._kind == _NAN else b
    # A payload longer than the precision allows keeps its last digits.
    coef = nan._coef % _pow10(max(ctx._prec - ctx._clamp, 0))
    return _make(nan._sign, coef, 0, _NAN)


def _finish_any(d, ctx):
    return _finish(d._sign, d._coef, d._exp, ctx) if d._kind == _FINITE else d


def _rescale(coef, exp, new_exp, rounding, sign):
    """(coef', inexact) such that coef' * 10**new_exp is coef * 10**exp rounded."""
    if new_exp <= exp:
        return coef * _pow10(exp - new_exp), False
    drop = new_exp - exp
    if drop > _ndigits(coef) + 1:
        # Everything is dropped: round a stand-in that is below a half.
        return _round_down(1 if coef else 0, 2, rounding, sign)
    return _round_down(coef, drop, rounding, sign)


def _add(a, b, negate_b, context):
    ctx = _context(context)
    if a._kind >= _NAN or b._kind >= _NAN:
        return ctx._done(_nan_result(a, b, ctx))
    bsign = b._sign ^ negate_b
    if a._kind == _INF or b._kind == _INF:
        if a._kind == _INF and b._kind == _INF and a._sign != bsign:
            return ctx._done(ctx._invalid())
        if a._kind == _INF:
            return a
        return _make(bsign, 0, 0, _INF)
    exp = min(a._exp, b._exp)
    if a._coef == 0 or b._coef == 0:
        if a._coef == 0 and b._coef == 0:
            if a._sign == bsign:
                sign = a._sign
            else:
                sign = 1 if ctx._rounding == ROUND_FLOOR else 0
            return ctx._done(_finish(sign, 0, exp, ctx))
        # x + 0: x, with its exponent lowered to the zero's if that is less.
        x = a if b._coef == 0 else b
        xsign = a._sign if b._coef == 0 else bsign
        return ctx._done(_finish(xsign, x._coef * _pow10(x._exp - exp), exp, ctx))
    acoef, aexp, bcoef, bexp = a._coef, a._exp, b._coef, b._exp
    # An operand far below the other's last kept digit counts only as a
    # sticky bit: stand it in with a 1 just below, not a huge power of ten.
    prec = ctx._prec
    if aexp > bexp:
        low = min(aexp, aexp + _ndigits(acoef) - prec - 2) - 1
        if bexp + _ndigits(bcoef) - 1 < low:
            bcoef, bexp = 1, low
    elif bexp > aexp:
        low = min(bexp, bexp + _ndigits(bcoef) - prec - 2) - 1
        if aexp + _ndigits(acoef) - 1 < low:
            acoef, aexp = 1, low
    exp = min(aexp, bexp)
    x = acoef * _pow10(aexp - exp)
    y = bcoef * _pow10(bexp - exp)
    total = (-x if a._sign else x) + (-y if bsign else y)
    if total == 0:
        sign = 1 if ctx._rounding == ROUND_FLOOR else 0
        return ctx._done(_finish(sign, 0, exp, ctx))
    return ctx._done(_finish(1 if total < 0 else 0, abs(total), exp, ctx))


def _mul(a, b, context):
    ctx = _context(context)
    if a._kind >= _NAN or b._kind >= _NAN:
        return ctx._done(_nan_result(a, b, ctx))
    sign = a._sign ^ b._sign
    if a._kind == _INF or b._kind == _INF:
        if (a._kind == _FINITE and a._coef == 0) or (b._kind == _FINITE and b._coef == 0):
            return ctx._done(ctx._invalid())
        return _make(sign, 0, 0, _INF)
    return ctx._done(_finish(sign, a._coef * b._coef, a._exp + b._exp, ctx))


def _quotient(sign, n, nexp, d, dexp, ctx):
    """(-1)**sign * (n * 10**nexp) / (d * 10**dexp), rounded; d is not 0."""
    ideal = nexp - dexp
    if n == 0:
        return _finish(sign, 0, ideal, ctx)
    shift = max(0, ctx._prec + _ndigits(d) - _ndigits(n) + 1)
    q, r = divmod(n * _pow10(shift), d)
    exp = ideal - shift
    if r == 0:
        q, exp = _strip_to(q, exp, ideal)
    else:
        q = q * 10 + 1
        exp -= 1
    return _finish(sign, q, exp, ctx)


def _div(a, b, context):
    ctx = _context(context)
    if a._kind >= _NAN or b._kind >= _NAN:
        return ctx._done(_nan_result(a, b, ctx))
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            return ctx._done(ctx._invalid())
        return _make(sign, 0, 0, _INF)
    if b._kind == _INF:
        ctx._note(_C_CLAMPED)
        return ctx._done(_make(sign, 0, ctx.Etiny(), _FINITE))
    if b._coef == 0:
        if a._coef == 0:
            return ctx._done(ctx._invalid(_C_UNDEFINED))
        ctx._note(_C_DIVZERO)
        return ctx._done(_make(sign, 0, 0, _INF))
    return ctx._done(_quotient(sign, a._coef, a._exp, b._coef, b._exp, ctx))


def _divmod(a, b, context, want_quotient, want_remainder):
    """(a // b, a % b) as Decimals, the quotient truncated toward zero;
    only the wanted ones are computed, so their conditions alone are raised."""
    ctx = _context(context)
    if a._kind >= _NAN or b._kind >= _NAN:
        nan = _nan_result(a, b, ctx)
        return ctx._done_pair((nan, nan))
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            nan = ctx._invalid()
            return ctx._done_pair((nan, nan))
        return ctx._done_pair((_make(sign, 0, 0, _INF), ctx._invalid() if want_remainder else None))
    if b._kind == _INF:
        return ctx._done_pair((_make(sign, 0, 0, _FINITE), _finish_any(a, ctx) if want_remainder else None))
    if b._coef == 0:
        if a._coef == 0:
            nan = ctx._invalid(_C_UNDEFINED)
            return ctx._done_pair((nan, nan))
        conditions = 0
        if want_remainder:
            conditions |= _C_INVALID
        if want_quotient:
            conditions |= _C_DIVZERO
        ctx._note(conditions)
        inf = _make(sign, 0, 0, _INF)
        return ctx._done_pair((inf, ctx._invalid() if want_remainder else inf))
    exp = min(a._exp, b._exp)
    x = a._coef * _pow10(a._exp - exp)
    y = b._coef * _pow10(b._exp - exp)
    q, r = divmod(x, y)
    if _ndigits(q) > ctx._prec:
        nan = ctx._invalid(_C_IMPOSSIBLE)
        return ctx._done_pair((nan, nan))
    quotient = _make(sign, q, 0, _FINITE)
    remainder = _finish(a._sign, r, exp, ctx) if want_remainder else None
    return ctx._done_pair((quotient, remainder))


def _power(a, b, context):
    ctx = _context(context)
    if a._kind >= _NAN or b._kind >= _NAN:
        return ctx._done(_nan_result(a, b, ctx))
    if b._kind == _INF:
        raise NotImplementedError("a Decimal to an infinite power is not supported")
    n = b._integer() if b._exp >= 0 or b._coef % _pow10(-b._exp) == 0 else None
    if n is None:
        raise NotImplementedError("a Decimal to a non-integral power is not supported")
    sign = a._sign if n % 2 else 0
    if a._kind == _INF:
        if n == 0:
            return _make(0, 1, 0, _FINITE)
        if n < 0:
            return _make(sign, 0, 0, _FINITE)
        return _make(sign, 0, 0, _INF)
    if a._coef == 0:
        if n == 0:
            return ctx._done(ctx._invalid())
        if n < 0:
            return _make(sign, 0, 0, _INF)
        return _make(sign, 0, 0, _FINITE)
    if n == 0:
        return _make(0, 1, 0, _FINITE)
    if n > 0:
        return ctx._done(_finish(sign, _pow(a._coef, n), a._exp * n, ctx))
    return ctx._done(_quotient(sign, 1, 0, _pow(a._coef, -n), a._exp * -n, ctx))


# --- format() ----------------------------------------------------------------------------

def _parse_spec(spec):
    """The fields of a format spec: fill, align, sign, z, alternate, zero,
    width, grouping, precision, type."""
    i = 0
    fill, align = " ", ""
    if len(spec) >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif spec[:1] and spec[0] in "<>=^":
        align = spec[0]
        i = 1
    sign = "-"
    if spec[i:i + 1] in ("+", "-", " ") and spec[i:i + 1]:
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if spec[i:i + 1] == "z":
        no_neg_zero = True
        i += 1
    alternate = False
    if spec[i:i + 1] == "#":
        alternate = True
        i += 1
    zero = False
    if spec[i:i + 1] == "0":
        zero = True
        i += 1
    start = i
    while i < len(spec) and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    grouping = ""
    if spec[i:i + 1] == ",":
        grouping = spec[i]
        i += 1
    precision = -1
    if spec[i:i + 1] == ".":
        start = i + 1
        i += 1
        while i < len(spec) and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError("invalid format string")
        precision = int(spec[start:i])
    kind = spec[i:]
    if len(kind) > 1 or (kind and kind not in "eEfFgGn%"):
        raise ValueError("invalid format string")
    if alternate or (kind == "n" and grouping):
        raise ValueError("invalid format string")
    if zero and not align:
        fill, align = "0", "="
    return fill, align or ">", sign, no_neg_zero, width, grouping, precision, kind


def _group(digits, minwidth, sep):
    """The digits of an integer part, separated in threes, padded with
    zeros to at least minwidth characters."""
    groups = []
    while True:
        size = min(max(len(digits), minwidth, 1), 3)
        groups.append("0" * (size - len(digits)) + digits[-size:] if len(digits) >= size else
                      "0" * (size - len(digits)) + digits)
        digits = digits[:-size] if len(digits) > size else ""
        minwidth -= size
        if not digits and minwidth <= 0:
            break
        minwidth -= len(sep)
    return sep.join(reversed(groups))


def _format(d, spec):
    fill, align, sign_mode, no_neg_zero, width, grouping, precision, kind = _parse_spec(spec)
    ctx = getcontext()
    sign = d._sign
    if d._kind != _FINITE:
        body = _make(0, d._coef, 0, d._kind)._special_str()
        if kind == "%":
            body += "%"
        if fill == "0" and align == "=":
            # No zeros before "NaN" or "Infinity".
            fill, align = " ", ">"
        return _align(_sign_text(sign, sign_mode), body, fill, align, width, False, "")
    if kind == "":
        kind = "G" if ctx._capitals else "g"
    coef, exp = d._coef, d._exp
    if kind == "%":
        exp += 2
    rounding = ctx._rounding
    if precision >= 0:
        if kind in "eE":
            drop = _ndigits(coef) - (precision + 1)
            if drop < 0 and coef:
                coef *= _pow10(-drop)
                exp += drop
            elif drop > 0:
                coef = _round_down(coef, drop, rounding, sign)[0]
                exp += drop
                if _ndigits(coef) > precision + 1:
                    coef //= 10
                    exp += 1
        elif kind in "fF%":
            coef = _rescale(coef, exp, -precision, rounding, sign)[0]
            exp = -precision
        elif kind in "gGn":
            p = max(precision, 1)
            drop = _ndigits(coef) - p
            if drop > 0:
                coef = _round_down(coef, drop, rounding, sign)[0]
                exp += drop
                if _ndigits(coef) > p:
                    coef //= 10
                    exp += 1
    if coef == 0 and exp > 0 and kind in "fF%":
        exp = 0
    if coef == 0 and no_neg_zero:
        sign = 0
    digits = str(coef)
    leftdigits = exp + len(digits)
    if kind in "eE":
        dotplace = 1 - precision if coef == 0 and precision >= 0 else 1
    elif kind in "fF%":
        dotplace = leftdigits
    elif exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    else:
        dotplace = 1
    if dotplace < 0:
        intpart, fracpart = "0", "0" * -dotplace + digits
    elif dotplace > len(digits):
        intpart, fracpart = digits + "0" * (dotplace - len(digits)), ""
    else:
        intpart, fracpart = digits[:dotplace] or "0", digits[dotplace:]
    exponent = leftdigits - dotplace
    tail = ("." + fracpart) if fracpart else ""
    if kind in "eE" or (kind in "gGn" and exponent != 0):
        tail += ("e" if kind in "egn" else "E") + "%+d" % exponent
    if kind == "%":
        tail += "%"
    return _align(_sign_text(sign, sign_mode), intpart, fill, align, width, align == "=" and fill == "0",
                  grouping, tail)


def _sign_text(sign, mode):
    if sign:
        return "-"
    return "" if mode == "-" else mode


def _align(sign, intpart, fill, align, width, zero_pad, grouping, tail=""):
    if grouping:
        minwidth = width - len(sign) - len(tail) if zero_pad else 1
        intpart = _group(intpart, max(minwidth, 1), grouping)
    elif zero_pad:
        intpart = intpart.rjust(width - len(sign) - len(tail), "0")
    body = intpart + tail
    padding = width - len(sign) - len(body)
    if padding <= 0:
        return sign + body
    if align == "<":
        return sign + body + fill * padding
    if align == "^":
        half = padding // 2
        return fill * half + sign + body + fill * (padding - half)
    if align == "=":
        return sign + fill * padding + body
    return fill * padding + sign + body


# As CPython's decimal module registers it.
_numbers.Number.register(Decimal)

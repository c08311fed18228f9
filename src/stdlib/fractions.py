"""fractions: exact rational numbers.

Results are always in lowest terms with a positive denominator, so any
algorithm gives the same values; multiplication and division still reduce
in CPython's order, because the ZeroDivisionError they raise names the
numerator as reduced so far ('Fraction(1, 0)' for Fraction(3, 4) / 0).
Mixed with a float the result is a float, with a complex a complex.
"""
import numbers as _numbers
import operator as _operator
from math import gcd as _gcd, isinf as _isinf, isnan as _isnan

__all__ = ["Fraction"]

# sys.hash_info: hashes of rationals are taken modulo this prime, so that
# equal numbers of any type hash alike.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _digits_end(text, i):
    """Where a run of decimal digits starting at i ends, with single
    underscores allowed between digits; i if there is none."""
    if i >= len(text) or not text[i].isdecimal():
        return i
    i += 1
    while i < len(text):
        if text[i].isdecimal():
            i += 1
        elif text[i] == "_" and i + 1 < len(text) and text[i + 1].isdecimal():
            i += 2
        else:
            break
    return i


def _parse(literal):
    """(numerator, denominator) of a string in CPython's Fraction syntax:
    [sign] digits [/ digits]  or  [sign] [digits] [. [digits]] [e [sign] digits]."""
    text = literal.strip()
    i = 1 if text[:1] in ("-", "+") else 0
    negative = text[:1] == "-"
    if not (text[i:i + 1].isdecimal() or (text[i:i + 1] == "." and text[i + 1:i + 2].isdecimal())):
        raise ValueError("Invalid literal for Fraction: %r" % literal)
    end = _digits_end(text, i)
    numerator = int(text[i:end] or "0")
    denominator = 1
    i = end
    if text[i:i + 1] == "/":
        end = _digits_end(text, i + 1)
        if end == i + 1:
            raise ValueError("Invalid literal for Fraction: %r" % literal)
        denominator = int(text[i + 1:end])
        i = end
    else:
        if text[i:i + 1] == ".":
            end = _digits_end(text, i + 1)
            decimal = text[i + 1:end].replace("_", "")
            if decimal:
                scale = 10 ** len(decimal)
                numerator = numerator * scale + int(decimal)
                denominator *= scale
            i = end
        if text[i:i + 1] in ("e", "E"):
            start = i + 1 + (1 if text[i + 1:i + 2] in ("-", "+") else 0)
            end = _digits_end(text, start)
            if end == start:
                raise ValueError("Invalid literal for Fraction: %r" % literal)
            exp = int(text[i + 1:end])
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
            i = end
    if i != len(text):
        raise ValueError("Invalid literal for Fraction: %r" % literal)
    return (-numerator if negative else numerator), denominator


def _is_decimal(x):
    # By name: importing decimal would compile it into every program that
    # uses fractions (and decimal imports fractions).
    return type(x).__name__ == "Decimal"


def _add(a, b):
    return Fraction(a._numerator * b._denominator + b._numerator * a._denominator, a._denominator * b._denominator)


def _sub(a, b):
    return Fraction(a._numerator * b._denominator - b._numerator * a._denominator, a._denominator * b._denominator)


def _mul(a, b):
    na, da = a._numerator, a._denominator
    nb, db = b._numerator, b._denominator
    g1 = _gcd(na, db)
    if g1 > 1:
        na //= g1
        db //= g1
    g2 = _gcd(nb, da)
    if g2 > 1:
        nb //= g2
        da //= g2
    return Fraction(na * nb, db * da, _normalize=False)


def _div(a, b):
    na, da = a._numerator, a._denominator
    nb, db = b._numerator, b._denominator
    g1 = _gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    g2 = _gcd(db, da)
    if g2 > 1:
        da //= g2
        db //= g2
    n, d = na * db, nb * da
    if d < 0:
        n, d = -n, -d
    return Fraction(n, d, _normalize=False)


def _floordiv(a, b):
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _mod(a, b):
    da, db = a._denominator, b._denominator
    return Fraction((a._numerator * db) % (b._numerator * da), da * db)


def _divmod(a, b):
    da, db = a._denominator, b._denominator
    div, n_mod = divmod(a._numerator * db, da * b._numerator)
    return div, Fraction(n_mod, da * db)


class Fraction:
    __slots__ = ("_numerator", "_denominator")

    def __init__(self, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            if isinstance(numerator, Fraction):
                numerator, denominator = numerator._numerator, numerator._denominator
                _normalize = False
            elif isinstance(numerator, int):
                numerator, denominator = int(numerator), 1
            elif isinstance(numerator, float):
                numerator, denominator = numerator.as_integer_ratio()
                _normalize = False
            elif isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            elif _is_decimal(numerator):
                numerator, denominator = numerator.as_integer_ratio()
                _normalize = False
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            n = Fraction(numerator)
            d = Fraction(denominator)
            numerator, denominator = n._numerator * d._denominator, d._numerator * n._denominator
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = _gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(f)

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return cls(dec)
        if not _is_decimal(dec):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" % (cls.__name__, dec, type(dec).__name__))
        return cls(dec)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with a denominator at most max_denominator,
        from the continued fraction's convergents and best semiconvergent."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    def __repr__(self):
        return "Fraction(%s, %s)" % (self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    def __format__(self, spec):
        if spec:
            raise TypeError("unsupported format string passed to Fraction.__format__")
        return str(self)

    # --- arithmetic: exact with ints and Fractions, else through float/complex ---

    def _inexact(self, other):
        """self as the float or complex to compute with other in, or None."""
        if isinstance(other, float):
            return float(self)
        if isinstance(other, complex):
            return complex(self)
        return None

    def _coerce(self, other):
        """other as a Fraction, or None when it is a float, complex or foreign."""
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _forward(a, b, exact, inexact):
        """a OP b, where exact computes OP on two Fractions and inexact on
        floats or complexes; NotImplemented for an operand of another type."""
        f = a._coerce(b)
        if f is not None:
            return exact(a, f)
        x = a._inexact(b)
        if x is not None:
            return inexact(x, b)
        return NotImplemented

    def _reverse(b, a, exact, inexact):
        """a OP b, for the reflected method of the Fraction b."""
        f = b._coerce(a)
        if f is not None:
            return exact(f, b)
        x = b._inexact(a)
        if x is not None:
            return inexact(a, x)
        return NotImplemented

    def __add__(a, b):
        return a._forward(b, _add, _operator.add)

    def __radd__(b, a):
        return b._reverse(a, _add, _operator.add)

    def __sub__(a, b):
        return a._forward(b, _sub, _operator.sub)

    def __rsub__(b, a):
        return b._reverse(a, _sub, _operator.sub)

    def __mul__(a, b):
        return a._forward(b, _mul, _operator.mul)

    def __rmul__(b, a):
        return b._reverse(a, _mul, _operator.mul)

    def __truediv__(a, b):
        return a._forward(b, _div, _operator.truediv)

    def __rtruediv__(b, a):
        return b._reverse(a, _div, _operator.truediv)

    def __floordiv__(a, b):
        return a._forward(b, _floordiv, _operator.floordiv)

    def __rfloordiv__(b, a):
        return b._reverse(a, _floordiv, _operator.floordiv)

    def __mod__(a, b):
        return a._forward(b, _mod, _operator.mod)

    def __rmod__(b, a):
        return b._reverse(a, _mod, _operator.mod)

    def __divmod__(a, b):
        return a._forward(b, _divmod, divmod)

    def __rdivmod__(b, a):
        return b._reverse(a, _divmod, divmod)

    def __pow__(a, b):
        f = a._coerce(b)
        if f is None:
            return float(a) ** b
        if f._denominator != 1:
            # A fractional power is generally irrational.
            return float(a) ** float(f)
        power = f._numerator
        if power >= 0:
            return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
        if a._numerator >= 0:
            return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
        return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            # An int stays an int where it can.
            return a ** b._numerator
        f = b._coerce(a)
        if f is not None:
            return f ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            # Halfway: to even.
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        # The hash of the number modulo _HASH_MODULUS, as for int and float;
        # the modular inverse exists unless the modulus divides the denominator.
        if self._denominator % _HASH_MODULUS == 0:
            hash_ = _HASH_INF
        else:
            dinv = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    # --- comparisons: exact against ints, Fractions and finite floats ---

    def __eq__(a, b):
        f = a._coerce(b)
        if f is not None:
            return a._numerator == f._numerator and a._denominator == f._denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _isnan(b) or _isinf(b):
                return 0.0 == b
            return a == Fraction(b)
        return NotImplemented

    def _compare(self, other):
        """(x, y) whose comparison is self's with other, or None."""
        f = self._coerce(other)
        if f is not None:
            return self._numerator * f._denominator, self._denominator * f._numerator
        if isinstance(other, float):
            if _isnan(other) or _isinf(other):
                return 0.0, other
            f = Fraction(other)
            return self._numerator * f._denominator, self._denominator * f._numerator
        return None

    def __lt__(a, b):
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __gt__(a, b):
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __le__(a, b):
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __ge__(a, b):
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# CPython's Fraction derives numbers.Rational; registered, it is one.
_numbers.Rational.register(Fraction)

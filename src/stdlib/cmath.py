"""cmath: the complex functions, ported from CPython's Modules/cmathmodule.c
so each result is the C module's to the bit: the same formulas, the same
rescalings near overflow and underflow, and C99 Annex G's values for
infinite and NaN parts (the *_special tables, 3.11's, indexed by the kind
of the real and the imaginary part).

The C code's `hypot` is libm's, as abs() of a complex is (the math
module's own hypot rounds differently), so `_hypot` goes through abs().
Where the C code sets errno, these raise ValueError('math domain error')
(EDOM) or OverflowError('math range error') (ERANGE) as its wrapper does.
Where the C code's cosh, sinh or exp would overflow to infinity, math's
raise that same OverflowError first.
"""

import math as _math

__all__ = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "isclose", "isfinite",
           "isinf", "isnan", "log", "log10", "phase", "polar", "rect", "sin", "sinh", "sqrt", "tan", "tanh",
           "pi", "e", "tau", "inf", "infj", "nan", "nanj"]

pi = _math.pi
e = _math.e
tau = _math.tau
inf = _math.inf
infj = complex(0.0, _math.inf)
nan = _math.nan
nanj = complex(0.0, _math.nan)

_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_DBL_MANT_DIG = 53
_LARGE_DOUBLE = _DBL_MAX / 4.0
_SQRT_LARGE_DOUBLE = _math.sqrt(_LARGE_DOUBLE)
_LOG_LARGE_DOUBLE = _math.log(_LARGE_DOUBLE)
_SQRT_DBL_MIN = _math.sqrt(_DBL_MIN)
_SCALE_UP = 2 * (_DBL_MANT_DIG // 2) + 1
_SCALE_DOWN = -(_SCALE_UP + 1) // 2
_LN2 = 0.6931471805599453094
_LN10 = 2.302585092994045684

_EDOM = 1
_ERANGE = 2

_P = _math.pi
_P14 = 0.25 * _math.pi
_P12 = 0.5 * _math.pi
_P34 = 0.75 * _math.pi
_INF = _math.inf
_N = _math.nan
_U = -9.5426319407711027e33  # never read: a placeholder for the finite cases

_acos_special = [
    (_P34, _INF), (_P, _INF), (_P, _INF), (_P, -_INF), (_P, -_INF), (_P34, -_INF), (_N, _INF),
    (_P12, _INF), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_P12, -_INF), (_N, _N),
    (_P12, _INF), (_U, _U), (_P12, 0.0), (_P12, -0.0), (_U, _U), (_P12, -_INF), (_P12, _N),
    (_P12, _INF), (_U, _U), (_P12, 0.0), (_P12, -0.0), (_U, _U), (_P12, -_INF), (_P12, _N),
    (_P12, _INF), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_P12, -_INF), (_N, _N),
    (_P14, _INF), (0.0, _INF), (0.0, _INF), (0.0, -_INF), (0.0, -_INF), (_P14, -_INF), (_N, _INF),
    (_N, _INF), (_N, _N), (_N, _N), (_N, _N), (_N, _N), (_N, -_INF), (_N, _N),
]

_acosh_special = [
    (_INF, -_P34), (_INF, -_P), (_INF, -_P), (_INF, _P), (_INF, _P), (_INF, _P34), (_INF, _N),
    (_INF, -_P12), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_INF, _P12), (_N, _N),
    (_INF, -_P12), (_U, _U), (0.0, -_P12), (0.0, _P12), (_U, _U), (_INF, _P12), (_N, _N),
    (_INF, -_P12), (_U, _U), (0.0, -_P12), (0.0, _P12), (_U, _U), (_INF, _P12), (_N, _N),
    (_INF, -_P12), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_INF, _P12), (_N, _N),
    (_INF, -_P14), (_INF, -0.0), (_INF, -0.0), (_INF, 0.0), (_INF, 0.0), (_INF, _P14), (_INF, _N),
    (_INF, _N), (_N, _N), (_N, _N), (_N, _N), (_N, _N), (_INF, _N), (_N, _N),
]

_asinh_special = [
    (-_INF, -_P14), (-_INF, -0.0), (-_INF, -0.0), (-_INF, 0.0), (-_INF, 0.0), (-_INF, _P14), (-_INF, _N),
    (-_INF, -_P12), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (-_INF, _P12), (_N, _N),
    (-_INF, -_P12), (_U, _U), (-0.0, -0.0), (-0.0, 0.0), (_U, _U), (-_INF, _P12), (_N, _N),
    (_INF, -_P12), (_U, _U), (0.0, -0.0), (0.0, 0.0), (_U, _U), (_INF, _P12), (_N, _N),
    (_INF, -_P12), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_INF, _P12), (_N, _N),
    (_INF, -_P14), (_INF, -0.0), (_INF, -0.0), (_INF, 0.0), (_INF, 0.0), (_INF, _P14), (_INF, _N),
    (_INF, _N), (_N, _N), (_N, -0.0), (_N, 0.0), (_N, _N), (_INF, _N), (_N, _N),
]

_atanh_special = [
    (-0.0, -_P12), (-0.0, -_P12), (-0.0, -_P12), (-0.0, _P12), (-0.0, _P12), (-0.0, _P12), (-0.0, _N),
    (-0.0, -_P12), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (-0.0, _P12), (_N, _N),
    (-0.0, -_P12), (_U, _U), (-0.0, -0.0), (-0.0, 0.0), (_U, _U), (-0.0, _P12), (-0.0, _N),
    (0.0, -_P12), (_U, _U), (0.0, -0.0), (0.0, 0.0), (_U, _U), (0.0, _P12), (0.0, _N),
    (0.0, -_P12), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (0.0, _P12), (_N, _N),
    (0.0, -_P12), (0.0, -_P12), (0.0, -_P12), (0.0, _P12), (0.0, _P12), (0.0, _P12), (0.0, _N),
    (0.0, -_P12), (_N, _N), (_N, _N), (_N, _N), (_N, _N), (0.0, _P12), (_N, _N),
]

_cosh_special = [
    (_INF, _N), (_U, _U), (_INF, 0.0), (_INF, -0.0), (_U, _U), (_INF, _N), (_INF, _N),
    (_N, _N), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_N, _N), (_N, _N),
    (_N, 0.0), (_U, _U), (1.0, 0.0), (1.0, -0.0), (_U, _U), (_N, 0.0), (_N, 0.0),
    (_N, 0.0), (_U, _U), (1.0, -0.0), (1.0, 0.0), (_U, _U), (_N, 0.0), (_N, 0.0),
    (_N, _N), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_N, _N), (_N, _N),
    (_INF, _N), (_U, _U), (_INF, -0.0), (_INF, 0.0), (_U, _U), (_INF, _N), (_INF, _N),
    (_N, _N), (_N, _N), (_N, 0.0), (_N, 0.0), (_N, _N), (_N, _N), (_N, _N),
]

_exp_special = [
    (0.0, 0.0), (_U, _U), (0.0, -0.0), (0.0, 0.0), (_U, _U), (0.0, 0.0), (0.0, 0.0),
    (_N, _N), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_N, _N), (_N, _N),
    (_N, _N), (_U, _U), (1.0, -0.0), (1.0, 0.0), (_U, _U), (_N, _N), (_N, _N),
    (_N, _N), (_U, _U), (1.0, -0.0), (1.0, 0.0), (_U, _U), (_N, _N), (_N, _N),
    (_N, _N), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_N, _N), (_N, _N),
    (_INF, _N), (_U, _U), (_INF, -0.0), (_INF, 0.0), (_U, _U), (_INF, _N), (_INF, _N),
    (_N, _N), (_N, _N), (_N, -0.0), (_N, 0.0), (_N, _N), (_N, _N), (_N, _N),
]

_log_special = [
    (_INF, -_P34), (_INF, -_P), (_INF, -_P), (_INF, _P), (_INF, _P), (_INF, _P34), (_INF, _N),
    (_INF, -_P12), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_INF, _P12), (_N, _N),
    (_INF, -_P12), (_U, _U), (-_INF, -_P), (-_INF, _P), (_U, _U), (_INF, _P12), (_N, _N),
    (_INF, -_P12), (_U, _U), (-_INF, -0.0), (-_INF, 0.0), (_U, _U), (_INF, _P12), (_N, _N),
    (_INF, -_P12), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_INF, _P12), (_N, _N),
    (_INF, -_P14), (_INF, -0.0), (_INF, -0.0), (_INF, 0.0), (_INF, 0.0), (_INF, _P14), (_INF, _N),
    (_INF, _N), (_N, _N), (_N, _N), (_N, _N), (_N, _N), (_INF, _N), (_N, _N),
]

_sinh_special = [
    (_INF, _N), (_U, _U), (-_INF, -0.0), (-_INF, 0.0), (_U, _U), (_INF, _N), (_INF, _N),
    (_N, _N), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_N, _N), (_N, _N),
    (0.0, _N), (_U, _U), (-0.0, -0.0), (-0.0, 0.0), (_U, _U), (0.0, _N), (0.0, _N),
    (0.0, _N), (_U, _U), (0.0, -0.0), (0.0, 0.0), (_U, _U), (0.0, _N), (0.0, _N),
    (_N, _N), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_N, _N), (_N, _N),
    (_INF, _N), (_U, _U), (_INF, -0.0), (_INF, 0.0), (_U, _U), (_INF, _N), (_INF, _N),
    (_N, _N), (_N, _N), (_N, -0.0), (_N, 0.0), (_N, _N), (_N, _N), (_N, _N),
]

_sqrt_special = [
    (_INF, -_INF), (0.0, -_INF), (0.0, -_INF), (0.0, _INF), (0.0, _INF), (_INF, _INF), (_N, _INF),
    (_INF, -_INF), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_INF, _INF), (_N, _N),
    (_INF, -_INF), (_U, _U), (0.0, -0.0), (0.0, 0.0), (_U, _U), (_INF, _INF), (_N, _N),
    (_INF, -_INF), (_U, _U), (0.0, -0.0), (0.0, 0.0), (_U, _U), (_INF, _INF), (_N, _N),
    (_INF, -_INF), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_INF, _INF), (_N, _N),
    (_INF, -_INF), (_INF, -0.0), (_INF, -0.0), (_INF, 0.0), (_INF, 0.0), (_INF, _INF), (_INF, _N),
    (_INF, -_INF), (_N, _N), (_N, _N), (_N, _N), (_N, _N), (_INF, _INF), (_N, _N),
]

_tanh_special = [
    (-1.0, 0.0), (_U, _U), (-1.0, -0.0), (-1.0, 0.0), (_U, _U), (-1.0, 0.0), (-1.0, 0.0),
    (_N, _N), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_N, _N), (_N, _N),
    (-0.0, _N), (_U, _U), (-0.0, -0.0), (-0.0, 0.0), (_U, _U), (-0.0, _N), (_N, _N),
    (0.0, _N), (_U, _U), (0.0, -0.0), (0.0, 0.0), (_U, _U), (0.0, _N), (_N, _N),
    (_N, _N), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_N, _N), (_N, _N),
    (1.0, 0.0), (_U, _U), (1.0, -0.0), (1.0, 0.0), (_U, _U), (1.0, 0.0), (1.0, 0.0),
    (_N, _N), (_N, _N), (_N, -0.0), (_N, 0.0), (_N, _N), (_N, _N), (_N, _N),
]

_rect_special = [
    (_INF, _N), (_U, _U), (-_INF, 0.0), (-_INF, -0.0), (_U, _U), (_INF, _N), (_INF, _N),
    (_N, _N), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_N, _N), (_N, _N),
    (0.0, 0.0), (_U, _U), (-0.0, 0.0), (-0.0, -0.0), (_U, _U), (0.0, 0.0), (0.0, 0.0),
    (0.0, 0.0), (_U, _U), (0.0, -0.0), (0.0, 0.0), (_U, _U), (0.0, 0.0), (0.0, 0.0),
    (_N, _N), (_U, _U), (_U, _U), (_U, _U), (_U, _U), (_N, _N), (_N, _N),
    (_INF, _N), (_U, _U), (_INF, -0.0), (_INF, 0.0), (_U, _U), (_INF, _N), (_INF, _N),
    (_N, _N), (_N, _N), (_N, 0.0), (_N, 0.0), (_N, _N), (_N, _N), (_N, _N),
]


def _special_type(d):
    """0: -inf, 1: negative, 2: -0.0, 3: +0.0, 4: positive, 5: +inf, 6: nan."""
    if _math.isfinite(d):
        if d != 0:
            return 4 if _math.copysign(1.0, d) == 1.0 else 1
        return 3 if _math.copysign(1.0, d) == 1.0 else 2
    if _math.isnan(d):
        return 6
    return 5 if _math.copysign(1.0, d) == 1.0 else 0


def _special(table, x, y):
    return table[_special_type(x) * 7 + _special_type(y)]


def _finite(x, y):
    return _math.isfinite(x) and _math.isfinite(y)


def _hypot(x, y):
    """libm's hypot, as CPython's C code calls it (finite arguments here)."""
    return abs(complex(x, y))


def _parts(z):
    """The (real, imag) of an argument, as the "D" converter takes it."""
    if isinstance(z, complex):
        # float(): z may be a value of several types, its parts are floats.
        return float(z.real), float(z.imag)
    if isinstance(z, (int, float)):
        return float(z), 0.0
    raise TypeError("must be real number, not %s" % type(z).__name__)


def _result(r):
    return complex(r[0], r[1])


def _raise(errno):
    if errno == _EDOM:
        raise ValueError("math domain error")
    raise OverflowError("math range error")


def _sqrt(x, y):
    if not _finite(x, y):
        return _special(_sqrt_special, x, y)
    if x == 0.0 and y == 0.0:
        return 0.0, y
    ax = abs(x)
    ay = abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # hypot(ax, ay) would be subnormal: scale up, then back down.
        ax = _math.ldexp(ax, _SCALE_UP)
        s = _math.ldexp(_math.sqrt(ax + _hypot(ax, _math.ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * _math.sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, _math.copysign(d, y)
    return d, _math.copysign(s, y)


def _acos(x, y):
    if not _finite(x, y):
        return _special(_acos_special, x, y)
    if abs(x) > _LARGE_DOUBLE or abs(y) > _LARGE_DOUBLE:
        return (_math.atan2(abs(y), x),
                -_math.copysign(_math.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, y))
    s1 = _sqrt(1.0 - x, -y)
    s2 = _sqrt(1.0 + x, y)
    return 2.0 * _math.atan2(s1[0], s2[0]), _math.asinh(s2[0] * s1[1] - s2[1] * s1[0])


def _acosh(x, y):
    if not _finite(x, y):
        return _special(_acosh_special, x, y)
    if abs(x) > _LARGE_DOUBLE or abs(y) > _LARGE_DOUBLE:
        return _math.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _math.atan2(y, x)
    s1 = _sqrt(x - 1.0, y)
    s2 = _sqrt(x + 1.0, y)
    return _math.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2.0 * _math.atan2(s1[1], s2[0])


def _asinh(x, y):
    if not _finite(x, y):
        return _special(_asinh_special, x, y)
    if abs(x) > _LARGE_DOUBLE or abs(y) > _LARGE_DOUBLE:
        if y >= 0.0:
            real = _math.copysign(_math.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            real = -_math.copysign(_math.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return real, _math.atan2(y, abs(x))
    s1 = _sqrt(1.0 + y, -x)
    s2 = _sqrt(1.0 - y, x)
    return (_math.asinh(s1[0] * s2[1] - s2[0] * s1[1]),
            _math.atan2(y, s1[0] * s2[0] - s1[1] * s2[1]))


def _atanh(x, y):
    """(real, imag, errno)."""
    if not _finite(x, y):
        r = _special(_atanh_special, x, y)
        return r[0], r[1], 0
    if x < 0.0:
        # atanh(z) = -atanh(-z)
        r = _atanh(-x, -y)
        return -r[0], -r[1], r[2]
    ay = abs(y)
    if x > _SQRT_LARGE_DOUBLE or ay > _SQRT_LARGE_DOUBLE:
        # atanh(z) ~ 1/z +/- i*pi/2 for large z
        h = _hypot(x / 2.0, y / 2.0)
        return x / 4.0 / h / h, _math.copysign(_math.pi / 2.0, y), 0
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            return _INF, y, _EDOM
        return (-_math.log(_math.sqrt(ay) / _math.sqrt(_hypot(ay, 2.0))),
                _math.copysign(_math.atan2(2.0, -ay) / 2, y), 0)
    return (_math.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
            -_math.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0, 0)


def _cosh(x, y):
    """(real, imag, errno)."""
    if not _finite(x, y):
        if _math.isinf(x) and _math.isfinite(y) and y != 0.0:
            if x > 0:
                r = (_math.copysign(_INF, _math.cos(y)), _math.copysign(_INF, _math.sin(y)))
            else:
                r = (_math.copysign(_INF, _math.cos(y)), -_math.copysign(_INF, _math.sin(y)))
        else:
            r = _special(_cosh_special, x, y)
        return r[0], r[1], _EDOM if _math.isinf(y) and not _math.isnan(x) else 0
    if abs(x) > _LOG_LARGE_DOUBLE:
        # cosh(x) may overflow where cosh(z) does not
        x_minus_one = x - _math.copysign(1.0, x)
        real = _math.cos(y) * _math.cosh(x_minus_one) * _math.e
        imag = _math.sin(y) * _math.sinh(x_minus_one) * _math.e
    else:
        real = _math.cos(y) * _math.cosh(x)
        imag = _math.sin(y) * _math.sinh(x)
    return real, imag, _ERANGE if _math.isinf(real) or _math.isinf(imag) else 0


def _sinh(x, y):
    """(real, imag, errno)."""
    if not _finite(x, y):
        if _math.isinf(x) and _math.isfinite(y) and y != 0.0:
            if x > 0:
                r = (_math.copysign(_INF, _math.cos(y)), _math.copysign(_INF, _math.sin(y)))
            else:
                r = (-_math.copysign(_INF, _math.cos(y)), _math.copysign(_INF, _math.sin(y)))
        else:
            r = _special(_sinh_special, x, y)
        return r[0], r[1], _EDOM if _math.isinf(y) and not _math.isnan(x) else 0
    if abs(x) > _LOG_LARGE_DOUBLE:
        x_minus_one = x - _math.copysign(1.0, x)
        real = _math.cos(y) * _math.sinh(x_minus_one) * _math.e
        imag = _math.sin(y) * _math.cosh(x_minus_one) * _math.e
    else:
        real = _math.cos(y) * _math.sinh(x)
        imag = _math.sin(y) * _math.cosh(x)
    return real, imag, _ERANGE if _math.isinf(real) or _math.isinf(imag) else 0


def _tanh(x, y):
    """(real, imag, errno)."""
    if not _finite(x, y):
        if _math.isinf(x) and _math.isfinite(y) and y != 0.0:
            r = (1.0 if x > 0 else -1.0, _math.copysign(0.0, 2.0 * _math.sin(y) * _math.cos(y)))
        else:
            r = _special(_tanh_special, x, y)
        return r[0], r[1], _EDOM if _math.isinf(y) and _math.isfinite(x) else 0
    if abs(x) > _LOG_LARGE_DOUBLE:
        # 2*y could overflow
        return (_math.copysign(1.0, x),
                4.0 * _math.sin(y) * _math.cos(y) * _math.exp(-2.0 * abs(x)), 0)
    tx = _math.tanh(x)
    ty = _math.tan(y)
    cx = 1.0 / _math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx, 0


def _exp(x, y):
    """(real, imag, errno)."""
    if not _finite(x, y):
        if _math.isinf(x) and _math.isfinite(y) and y != 0.0:
            if x > 0:
                r = (_math.copysign(_INF, _math.cos(y)), _math.copysign(_INF, _math.sin(y)))
            else:
                r = (_math.copysign(0.0, _math.cos(y)), _math.copysign(0.0, _math.sin(y)))
        else:
            r = _special(_exp_special, x, y)
        domain = _math.isinf(y) and (_math.isfinite(x) or (_math.isinf(x) and x > 0))
        return r[0], r[1], _EDOM if domain else 0
    if x > _LOG_LARGE_DOUBLE:
        ell = _math.exp(x - 1.0)
        real = ell * _math.cos(y) * _math.e
        imag = ell * _math.sin(y) * _math.e
    else:
        ell = _math.exp(x)
        real = ell * _math.cos(y)
        imag = ell * _math.sin(y)
    return real, imag, _ERANGE if _math.isinf(real) or _math.isinf(imag) else 0


def _log(x, y):
    """(real, imag, errno): log(hypot) rescaled where hypot is subnormal or
    overflows, and through log1p where |z| is near 1."""
    if not _finite(x, y):
        r = _special(_log_special, x, y)
        return r[0], r[1], 0
    ax = abs(x)
    ay = abs(y)
    if ax > _LARGE_DOUBLE or ay > _LARGE_DOUBLE:
        real = _math.log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = (_math.log(_hypot(_math.ldexp(ax, _DBL_MANT_DIG), _math.ldexp(ay, _DBL_MANT_DIG)))
                    - _DBL_MANT_DIG * _LN2)
        else:
            return -_INF, _math.atan2(y, x), _EDOM
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h and h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            real = _math.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = _math.log(h)
    return real, _math.atan2(y, x), 0


def _quot(a, b):
    """Objects/complexobject.c's _Py_c_quot (3.11): (real, imag, errno)."""
    abs_breal = -b[0] if b[0] < 0 else b[0]
    abs_bimag = -b[1] if b[1] < 0 else b[1]
    if abs_breal >= abs_bimag:
        if abs_breal == 0.0:
            return 0.0, 0.0, _EDOM
        ratio = b[1] / b[0]
        denom = b[0] + b[1] * ratio
        return (a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom, 0
    if abs_bimag >= abs_breal:
        ratio = b[0] / b[1]
        denom = b[0] * ratio + b[1]
        return (a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom, 0
    return _N, _N, 0


def _checked(r):
    if r[2]:
        _raise(r[2])
    return complex(r[0], r[1])


def sqrt(z, /):
    """Return the square root of z."""
    x, y = _parts(z)
    return _result(_sqrt(x, y))


def acos(z, /):
    """Return the arc cosine of z."""
    x, y = _parts(z)
    return _result(_acos(x, y))


def acosh(z, /):
    """Return the inverse hyperbolic cosine of z."""
    x, y = _parts(z)
    return _result(_acosh(x, y))


def asin(z, /):
    """Return the arc sine of z: -i asinh(iz)."""
    x, y = _parts(z)
    s = _asinh(-y, x)
    return complex(s[1], -s[0])


def asinh(z, /):
    """Return the inverse hyperbolic sine of z."""
    x, y = _parts(z)
    return _result(_asinh(x, y))


def atan(z, /):
    """Return the arc tangent of z: -i atanh(iz)."""
    x, y = _parts(z)
    s = _atanh(-y, x)
    return _checked((s[1], -s[0], s[2]))


def atanh(z, /):
    """Return the inverse hyperbolic tangent of z."""
    x, y = _parts(z)
    return _checked(_atanh(x, y))


def cos(z, /):
    """Return the cosine of z: cosh(iz)."""
    x, y = _parts(z)
    return _checked(_cosh(-y, x))


def cosh(z, /):
    """Return the hyperbolic cosine of z."""
    x, y = _parts(z)
    return _checked(_cosh(x, y))


def sin(z, /):
    """Return the sine of z: -i sinh(iz)."""
    x, y = _parts(z)
    s = _sinh(-y, x)
    return _checked((s[1], -s[0], s[2]))


def sinh(z, /):
    """Return the hyperbolic sine of z."""
    x, y = _parts(z)
    return _checked(_sinh(x, y))


def tan(z, /):
    """Return the tangent of z: -i tanh(iz)."""
    x, y = _parts(z)
    s = _tanh(-y, x)
    return _checked((s[1], -s[0], s[2]))


def tanh(z, /):
    """Return the hyperbolic tangent of z."""
    x, y = _parts(z)
    return _checked(_tanh(x, y))


def exp(z, /):
    """Return the exponential value e**z."""
    x, y = _parts(z)
    return _checked(_exp(x, y))


def log(z, base=None, /):
    """log(z[, base]) -> the logarithm of z to the given base (e by default).
    As in the C code, the errno that counts is the last one set."""
    x, y = _parts(z)
    r = _log(x, y)
    if base is not None:
        bx, by = _parts(base)
        b = _log(bx, by)
        q = _quot((r[0], r[1]), (b[0], b[1]))
        errno = q[2] if q[2] else b[2]
        r = (q[0], q[1], errno)
    return _checked(r)


def log10(z, /):
    """Return the base-10 logarithm of z."""
    x, y = _parts(z)
    r = _log(x, y)
    return _checked((r[0] / _LN10, r[1] / _LN10, r[2]))


def phase(z, /):
    """Return argument, also known as the phase angle, of a complex."""
    x, y = _parts(z)
    phi = _math.atan2(y, x)
    # glibc's atan2 sets ERANGE when y/x underflows to zero, and phase
    # (unlike polar, whose hypot resets errno) reports it.
    if phi == 0.0 and y != 0.0 and _math.isfinite(x):
        raise OverflowError("math range error")
    return phi


def polar(z, /):
    """Convert a complex from rectangular coordinates to polar coordinates."""
    x, y = _parts(z)
    phi = _math.atan2(y, x)
    try:
        r = abs(complex(x, y))
    except OverflowError:
        raise OverflowError("math range error")
    return r, phi


def rect(r, phi, /):
    """Convert from polar coordinates to rectangular coordinates."""
    r = _real(r)
    phi = _real(phi)
    if not _finite(r, phi):
        if _math.isinf(r) and _math.isfinite(phi) and phi != 0.0:
            if r > 0:
                z = (_math.copysign(_INF, _math.cos(phi)), _math.copysign(_INF, _math.sin(phi)))
            else:
                z = (-_math.copysign(_INF, _math.cos(phi)), -_math.copysign(_INF, _math.sin(phi)))
        else:
            z = _special(_rect_special, r, phi)
        if r != 0.0 and not _math.isnan(r) and _math.isinf(phi):
            raise ValueError("math domain error")
        return complex(z[0], z[1])
    if phi == 0.0:
        # CPython's workaround for a buggy sin(-0.0) (bpo-18513)
        return complex(r, r * phi)
    return complex(r * _math.cos(phi), r * _math.sin(phi))


def _real(x):
    """A "d" argument: an int or float as a float."""
    if isinstance(x, (int, float)):
        return float(x)
    raise TypeError("must be real number, not %s" % type(x).__name__)


def isfinite(z, /):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    x, y = _parts(z)
    return _math.isfinite(x) and _math.isfinite(y)


def isnan(z, /):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    x, y = _parts(z)
    return _math.isnan(x) or _math.isnan(y)


def isinf(z, /):
    """Checks if the real or imaginary part of z is infinite."""
    x, y = _parts(z)
    return _math.isinf(x) or _math.isinf(y)


def _abs(x, y):
    """_Py_c_abs, whose overflow isclose ignores."""
    try:
        return abs(complex(x, y))
    except OverflowError:
        return _INF


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value."""
    ax, ay = _parts(a)
    bx, by = _parts(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if ax == bx and ay == by:
        return True
    if _math.isinf(ax) or _math.isinf(ay) or _math.isinf(bx) or _math.isinf(by):
        return False
    diff = _abs(ax - bx, ay - by)
    return diff <= rel_tol * _abs(bx, by) or diff <= rel_tol * _abs(ax, ay) or diff <= abs_tol

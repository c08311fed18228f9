"""statistics: averages and spread, computed exactly.

As in CPython, sums are taken over exact fractions (every int and float is
a ratio of ints), and only the final result is converted back to the data's
type, rounded once; so the results match CPython's to the last bit, which
summing floats would not. Decimal data gives Decimal results, rounded to
the current decimal context.
"""
from fractions import Fraction
from math import exp as _exp, fsum as _fsum, isfinite as _isfinite, isqrt as _isqrt, log as _log

__all__ = ["StatisticsError", "fmean", "geometric_mean", "harmonic_mean", "mean", "median", "median_high",
           "median_low", "mode", "multimode", "pstdev", "pvariance", "quantiles", "stdev", "variance"]


class StatisticsError(ValueError):
    pass


# --- exact sums ----------------------------------------------------------------

def _exact_ratio(x):
    """(numerator, denominator) of x; (x, None) for an infinity or NaN."""
    if isinstance(x, float) and not _isfinite(x):
        return x, None
    if _is_decimal(type(x)):
        if not x.is_finite():
            return x, None
        return x.as_integer_ratio()
    if isinstance(x, (int, float, Fraction)):
        return x.as_integer_ratio()
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _is_decimal(T):
    # By name: importing decimal would compile it into every program that
    # uses statistics.
    return T.__name__ == "Decimal"


def _coerce(T, S):
    """The type a result of T and S data is given back in: the wider one."""
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """(type, exact total, count): partial sums are kept by denominator, so
    adding thousands of floats makes few Fractions."""
    count = 0
    T = int
    partials = {}
    for x in data:
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = sum(Fraction(n, d) for d, n in partials.items())
    return T, total, count


def _ss(data):
    """(type, exact sum of squared deviations from the mean, count)."""
    count = 0
    T = int
    sx_partials = {}
    sxx_partials = {}
    for x in data:
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        sx_partials[d] = sx_partials.get(d, 0) + n
        sxx_partials[d] = sxx_partials.get(d, 0) + n * n
    if not count:
        ssd = Fraction(0)
    elif None in sx_partials:
        ssd = sx_partials[None]
    else:
        sx = sum(Fraction(n, d) for d, n in sx_partials.items())
        sxx = sum(Fraction(n, d * d) for d, n in sxx_partials.items())
        # Poor numerically for floats, but exact with fractions.
        ssd = (count * sxx - sx * sx) / count
    return T, ssd, count


def _convert(value, T):
    """value (a Fraction, or an infinity/NaN) given back as T; a
    non-integral result of int data is a float."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    if _is_decimal(T):
        # Decimal() takes no Fraction: the quotient, in the current context.
        return T(value.numerator) / T(value.denominator)
    return T(value)


def _integer_sqrt_of_frac_rto(n, m):
    """The square root of n/m rounded to an integer, to odd."""
    a = _isqrt(n // m)
    return a | (a * a * m != n)


# Enough bits that rounding to odd, then to a float, rounds correctly.
_SQRT_BIT_WIDTH = 2 * 53 + 3


def _float_sqrt_of_frac(n, m):
    """The square root of n/m as a float, correctly rounded."""
    q = (n.bit_length() - m.bit_length() - _SQRT_BIT_WIDTH) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


# --- averages --------------------------------------------------------------------

def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, T)


def fmean(data):
    items = list(data)
    total = _fsum(items)
    if not items:
        raise StatisticsError("fmean requires at least one data point")
    return total / len(items)


def geometric_mean(data):
    try:
        return _exp(fmean([_log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def harmonic_mean(data):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    for x in data:
        if x < 0:
            raise StatisticsError("harmonic mean does not support negative values")
    if n == 1:
        return data[0]
    try:
        T, total, _ = _sum([1 / x for x in data])
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(n / total, T)


def _sorted(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data


def median(data):
    data = _sorted(data)
    n = len(data)
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = _sorted(data)
    n = len(data)
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = _sorted(data)
    return data[len(data) // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    if not counts:
        raise StatisticsError("no mode for empty data")
    # The first value to reach the highest count, in order of first appearance.
    best = None
    best_count = 0
    for value, count in counts.items():
        if count > best_count:
            best, best_count = value, count
    return best


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, count in counts.items() if count == most]


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError("Unknown method: %r" % (method,))


# --- spread --------------------------------------------------------------------------

def _mean_square(data, name, ddof):
    """(type, exact mean squared deviation): the sum over n - ddof, so
    ddof is 1 for a sample and 0 for a whole population."""
    T, ss, n = _ss(data)
    if n < ddof + 1:
        raise StatisticsError(name + (" requires at least two data points" if ddof else
                                      " requires at least one data point"))
    return T, ss / (n - ddof)


def _decimal_sqrt_of_frac(Decimal, n, m):
    """The square root of n/m as a Decimal, correctly rounded: the root of
    the rounded quotient can be one unit off, so its neighbours are tried."""
    if n <= 0:
        if not n:
            return Decimal("0.0")
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    nr, dr = root.as_integer_ratio()
    plus = root.next_plus()
    np, dp = plus.as_integer_ratio()
    # n / m > ((root + plus) / 2) ** 2
    if 4 * n * (dr * dp) ** 2 > m * (dr * np + dp * nr) ** 2:
        return plus
    minus = root.next_minus()
    nm, dm = minus.as_integer_ratio()
    # n / m < ((root + minus) / 2) ** 2
    if 4 * n * (dr * dm) ** 2 < m * (dr * nm + dm * nr) ** 2:
        return minus
    return root


def _sqrt(T, mss):
    # An infinity or NaN in the data makes mss a float, which has no
    # numerator: CPython 3.11 raises that AttributeError too.
    if _is_decimal(T):
        return _decimal_sqrt_of_frac(T, mss.numerator, mss.denominator)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def variance(data):
    T, mss = _mean_square(data, "variance", 1)
    return _convert(mss, T)


def pvariance(data):
    T, mss = _mean_square(data, "pvariance", 0)
    return _convert(mss, T)


def stdev(data):
    T, mss = _mean_square(data, "stdev", 1)
    return _sqrt(T, mss)


def pstdev(data):
    T, mss = _mean_square(data, "pstdev", 0)
    return _sqrt(T, mss)

from math import exp as _exp, sqrt as _sqrt, log

X = 4 * _exp(-0.5) / _sqrt(2.0) + log(1)


def hyp(a, b):
    return _sqrt(a * a + b * b)

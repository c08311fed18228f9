import typing


def f(a: Alpha, *args: Beta, b: Gamma = 1, **kw: Delta) -> Epsilon:
    local: Zeta = 1
    other: Eta
    return local


class C:
    field: Theta
    value: Iota = 2

    def m(self, x: [i for i in Kappa]) -> (lambda: Lambda):
        return x


x: Mu = 3
y: [j for j in Nu]

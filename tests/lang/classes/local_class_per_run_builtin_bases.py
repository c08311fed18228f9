# Classes with builtin bases made per run of their statement.


def make(limit, default):
    class Bounded(list):
        def append(self, x):
            if len(self) < limit:
                super().append(x)

    class Defaults(dict):
        def __missing__(self, key):
            return default

    class Tagged(str):
        def tagged(self):
            return f"<{default}>{self}</{default}>"

    class Count(int):
        def over(self):
            return self > limit

    return Bounded, Defaults, Tagged, Count


L2, D2, S2, I2 = make(2, "a")
L3, D3, S3, I3 = make(3, "b")
l2, l3 = L2(), L3()
for i in range(5):
    l2.append(i)
    l3.append(i)
print(l2, l3, len(l2), isinstance(l2, list), type(l2) is L2, isinstance(l2, L3))
d2, d3 = D2(x=1), D3()
print(d2["x"], d2["y"], d3["y"], dict(d2), isinstance(d3, dict), type(d3) is D3)
print(S2("hi").tagged(), S3("yo").tagged(), S3("yo").upper(), I2(3).over(), I3(3).over(), I3(7) + 1)

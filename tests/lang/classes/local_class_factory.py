# A class factory returning the class: the methods use a parameter of the
# factory and the class's own name.


def make_point(dims):
    class Point:
        def __init__(self, *coords):
            if len(coords) != dims:
                raise ValueError(f"need {dims} coordinates")
            self.coords = coords

        def scaled(self, k):
            return Point(*[c * k for c in self.coords])

        def __repr__(self):
            return "Point%d%r" % (dims, self.coords)

    return Point


P2 = make_point(2)
p = P2(1, 2)
print(p, p.scaled(3))
print(isinstance(p.scaled(2), P2), P2.__qualname__)
try:
    P2(1, 2, 3)
except ValueError as e:
    print("error:", e)

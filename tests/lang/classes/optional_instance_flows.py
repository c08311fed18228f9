# `None | C` flowing through calls, subclasses, dunders and dynamic code.


class Shape:
    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size * self.size

    def __eq__(self, other):
        return isinstance(other, Shape) and self.size == other.size

    def __hash__(self):
        return hash(self.size)

    def __repr__(self):
        return type(self).__name__ + '(' + str(self.size) + ')'


class Circle(Shape):
    def area(self):
        return 3 * self.size * self.size


def largest(shapes):
    best = None
    for s in shapes:
        if best is None or s.area() > best.area():
            best = s
    return best


def area_or_zero(shape):
    return shape.area() if shape is not None else 0


def describe(anything):
    return repr(anything)


def pick(flag):
    return Circle(2) if flag else None


shapes = [Shape(3), Circle(2), Shape(1)]
big = largest(shapes)
print(big, big.area(), area_or_zero(big), area_or_zero(None), area_or_zero(pick(True)))
print(largest([]), describe(largest([])), describe(pick(True)), describe(pick(False)))
print(pick(True) == Circle(2), pick(False) == Circle(2), pick(True) != None, pick(False) == None)
seen = {pick(True): 'two', Shape(5): 'five'}
print(seen[Circle(2)], Shape(5) in seen, pick(True) in seen)
slots = [pick(i % 2 == 0) for i in range(4)]
print(slots, [area_or_zero(s) for s in slots])
print(sorted([s.size for s in slots if s]), max(shapes, key=lambda s: s.area()))
mixed = [pick(True), 'text', 3]
print(mixed, [type(m).__name__ for m in mixed])
anything = pick(False)
anything = anything or Shape(7)
print(anything, anything.size)
chain = pick(True)
print(chain and chain.size, chain.size if chain else -1)
holder = {'shape': pick(False)}
holder['shape'] = Shape(4)
print(holder, holder['shape'].area())
t = (pick(True), pick(False))
a, b = t
print(a, b, a is not None and b is None, t)
print(str(pick(False)), f'{pick(True)} {pick(False)!r:>6}')

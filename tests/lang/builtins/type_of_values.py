# type(x) where the compiler cannot name the class: unions, Values, None,
# containers, generators, functions, classes; identity with the classes.
class Shape:
    pass

class Circle(Shape):
    def __init__(self, r):
        self.r = r

def gen():
    yield 1

values = [1, 2.5, 'a', None, [1], (1, 2), {'k': 1}, {3}, Circle(2), Shape(), True, range(2), b'x', 1j]
for v in values:
    t = type(v)
    print(t.__name__, t is int, t is Circle, t == Shape, t is type(v))
print(type(gen()).__name__, type(gen).__name__, type(len).__name__, type(Circle).__name__, type(type).__name__)
print(type(None) is type(None), type(values[0]) is int, type(values[3]) is type(None))
maybe = Circle(1) if len(values) > 3 else None
print(type(maybe) is Circle, type(maybe).__name__, isinstance(maybe, type(maybe)))
print(isinstance(Circle, type), isinstance(3, type), isinstance(type, type), issubclass(type, object))
kinds = {type(v).__name__ for v in values if type(v) in (int, float, str)}
print(sorted(kinds))
make = type(values[0])
print(make('42') + 1, type(values[2])(7), type(values[1])('1.5'))
print(repr(type(values[4])), repr(type(maybe)), str(type(None)))

# isinstance() narrows a union-typed local in the branch it guards: if/elif/
# else, early return, `and`, conditional expressions.


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


def describe(shape):
    if isinstance(shape, Circle):
        return "circle r=" + str(shape.r + 1)
    elif isinstance(shape, Square):
        return "square side=" + str(shape.side * 2)
    elif isinstance(shape, str):
        return "name " + shape.upper()
    else:
        return "number " + str(shape + 1)


def radius(shape):
    if not isinstance(shape, Circle):
        return -1
    return shape.r * 10


def side_or_zero(shape):
    return shape.side if isinstance(shape, Square) else 0


def big_circle(shape):
    return isinstance(shape, Circle) and shape.r > 1


def numbers(x):
    if isinstance(x, (int, float)):
        return x * 2
    return len(x)


def total(items):
    n = 0
    for it in items:
        if not isinstance(it, int):
            continue
        n += it
    return n


shapes = [Circle(2), Square(3), "sq", 4, Circle(1)]
for s in shapes:
    print(describe(s), radius(s), side_or_zero(s), big_circle(s))
for x in [3, 2.5, "abc", [1, 2]]:
    print(numbers(x))
print(total([1, "a", 2, None, 3]))


def rebinds(x):
    # x is bound again inside the branch: no narrowing, same answers.
    if isinstance(x, Circle):
        x = x.r
    return x


print(rebinds(Circle(7)), rebinds(5))


def asserted(x):
    assert isinstance(x, Square)
    return x.side + 100


for s in [Square(5), Circle(1)]:
    try:
        print(asserted(s))
    except AssertionError:
        print("not a square")

def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(10), c2())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    x = 'changed'
    return middle()()
print(outer())
def acc():
    items = []
    def add(v):
        items.append(v)
        return items
    return add
a = acc()
a(1)
print(a(2))

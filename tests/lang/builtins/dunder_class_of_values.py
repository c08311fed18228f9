def gen():
    yield 1


values = [1, 'a', 2.5, [1], (1,), {1: 2}, {3}, range(2), b'x', None, True, 1j]
print([v.__class__.__name__ for v in values])
things = [iter([1]), reversed(range(3)), iter('ab'), gen(), map(str, [1]), zip([1], [2]), enumerate('a')]
print(all(t.__class__ is type(t) for t in things), all(hasattr(t, '__class__') for t in things))
print((lambda: 0).__class__.__name__)

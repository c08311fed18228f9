cases = [
    lambda: [1, 2][5],
    lambda: (1,)[3],
    lambda: {'a': 1}['b'],
    lambda: 1 + 'a',
    lambda: 'a' * 'b',
    lambda: len(5),
    lambda: None(),
    lambda: int('4.5'),
    lambda: float('x'),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: undefined_name,
    lambda: (1).foo,
    lambda: 'abc'.index('z'),
    lambda: [1, 2].index(3),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: 1 < 'a',
    lambda: -'a',
    lambda: hash([]),
    lambda: chr(-1),
    lambda: ord('ab'),
    lambda: list(1),
    lambda: dict([1]),
    lambda: 'x'.foo(),
    lambda: 10 ** 400 * 1.0,
]
for c in cases:
    try:
        c()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)

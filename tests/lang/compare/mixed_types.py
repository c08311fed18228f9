items = [(1, 'a'), (1, 2.5), (True, 1), (None, None), ([], ()), ('1', 1), (b'x', 'x')]
for a, b in items:
    print(repr(a), repr(b), a == b, a != b)
for a, b in [(1, 'a'), (None, 0), ([], ()), ('1', 1)]:
    try:
        print(a < b)
    except TypeError as e:
        print('TypeError', e)

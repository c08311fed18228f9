import operator

words = ['  Alpha ', 'beta', 'Gamma delta']
for method in ['upper', 'lower', 'strip', 'title', 'swapcase', 'isalpha', 'split']:
    print(method, [getattr(w, method)() for w in words])
value = 'banana' if len(words) == 3 else 3
for name, args in [('replace', ('a', 'o')), ('count', ('a',)), ('find', ('n', 3)), ('startswith', ('ba',)),
                   ('center', (10, '*')), ('partition', ('n',)), ('split', ('n', 1)), ('zfill', (8,))]:
    print(name, getattr(value, name)(*args))
print(operator.methodcaller('replace', 'a', 'o')(value), operator.methodcaller('upper')(value))
print(hasattr('x', 'join'), hasattr('x', 'nope'), getattr('-', 'join')(['a', 'b', 'c']))
try:
    getattr(value, 'replace')(1, 2)
except TypeError as e:
    print('TypeError:', e)
# startswith/endswith take a tuple of prefixes; bounds read as slice bounds.
for args in [(('z', 'ba'),), (('na', 'x'), 0, 4), (3,), (('b', 1),), ('b', 'x'), ('n', 10**30, None)]:
    try:
        print(args, getattr(value, 'startswith')(*args), getattr(value, 'endswith')(*args))
    except TypeError as e:
        print('TypeError:', e)
print(getattr(value, 'find')('a', -10**30), getattr(value, 'rfind')('a', None, 10**30))

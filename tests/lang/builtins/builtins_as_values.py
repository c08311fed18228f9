import math

# A builtin held in a variable is called like the builtin itself.
f = pow
print(f(2, 10), f(2, 0.5), f(3, 2, 5))
g = len
print(g('abc'), g([1, 2]), g({'a': 1}))
to_text = str
print(to_text(12) + to_text(1.5), repr(to_text))
sine = math.sin
print(sine(0.0), math.floor(2.5), sine)

# As arguments: map, filter, sorted and min/max keys.
print(list(map(str, [1, 2, 3])), list(map(int, '4 5 6'.split())), list(map(float, ['1.5', '2'])))
print(list(map(abs, [-1, 2, -3.5])), list(map(len, ['', 'ab', 'abc'])), list(map(repr, ['a', 1])))
print(list(filter(bool, [0, 1, '', 'x'])), sorted(['bb', 'a', 'ccc'], key=len), max(['bb', 'a', 'ccc'], key=len))
print(list(map(math.sqrt, [4, 9])), list(map(round, [1.4, 2.6])), list(map(chr, [104, 105])))
print(sorted([-3, 1, -2], key=abs), min([-3, 1, -2], key=abs), list(map(pow, [2, 3], [3, 2])))

# Passed to the program's own functions.
def apply(fn, x):
    return fn(x)
print(apply(len, 'four'), apply(str, 4) * 2, apply(abs, -7), apply(math.ceil, 1.2))

def twice(fn, x):
    return fn(fn(x))
print(twice(abs, -3), twice(str, 5), twice(math.sqrt, 16.0))

# Printing, names and identity.
print(len, abs, math.sqrt, int, str, ValueError, KeyError)
print(len.__name__, math.cos.__name__, int.__name__, ValueError.__name__)
h = len
print(h is len, h is abs, h == len, callable(h))

# Builtin classes as values.
t = int
print(t('42') + 1, t(3.9), t is int, isinstance(5, t), isinstance('5', t))
for cls in [int, float, str]:
    print(cls.__name__, isinstance(1, cls), cls('1'))

# Methods read from builtin classes.
words = ['delta', 'Alpha', 'charlie']
print(sorted(words, key=str.lower), list(map(str.upper, words)), list(filter(str.isupper, ['A', 'b'])))
print(str.center('x', 5, '*'), str.join('-', ['a', 'b']), str.lower, str.lower.__name__)
print(dict.fromkeys('abca'), dict.fromkeys([1, 2], 0))

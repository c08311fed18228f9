assert 1 + 1 == 2, 'math broke'
try:
    assert 2 + 2 == 5, 'expected failure %d' % 5
except AssertionError as e:
    print('AssertionError', e, e.args)
try:
    assert []
except AssertionError as e:
    print('bare AssertionError', repr(e))
x = 10
del x
try:
    print(x)
except NameError as e:
    print('NameError', e)
xs = [1, 2, 3, 4]
del xs[0], xs[-1]
print(xs)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class O: pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())

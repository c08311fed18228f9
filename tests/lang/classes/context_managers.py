class Res:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, val)
        return self.swallow
with Res('a') as x:
    print('body', x)
with Res('b', swallow=True):
    raise ValueError('oops')
print('after b')
try:
    with Res('c'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
with Res('d') as d1, Res('e') as e1:
    print(d1, e1)
def f():
    with Res('f'):
        return 'returned'
print(f())
for i in range(3):
    with Res('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
import contextlib
@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    yield name
    print('</%s>' % name)
with tag('p') as t:
    print('text in', t)

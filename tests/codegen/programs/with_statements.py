class Resource:
    def __init__(self, name, swallow):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, kind, value, traceback):
        print('exit', self.name, kind is None, value is None)
        return self.swallow


with Resource('a', False) as r:
    print('inside', r.name)
with Resource('b', True):
    raise ValueError('swallowed')
print('after b')


def use(n):
    for i in range(3):
        with Resource('loop%d' % i, False):
            if i == n:
                return 'returned %d' % i
            if i == 1:
                continue
            print('body', i)
    return 'done'


print(use(1))
print(use(5))
try:
    with Resource('c', False), Resource('d', False):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))

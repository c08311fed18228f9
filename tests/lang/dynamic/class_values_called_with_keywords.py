# Class objects held in variables of union or dyn type, called with
# keywords and **kwargs: construction binds through __init__'s signature.


class A:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b


class B(A):
    def __init__(self, a, **kw):
        super().__init__(a, **kw)
        self.c = len(kw)


class Plain:
    pass


def make(kind, **kw):
    return kind(a=1, **kw)


def make2(kind, b):
    return kind(a=1, b=b)


def pick(action=None):
    if action is None or isinstance(action, str):
        return A(0)
    return make(action, b=2)


print(pick().a, pick('x').a, pick(A).b, pick(B).c)
print(make2(A, 5).b, make2(B, 6).b)

registry = {'a': A, 'b': B, 'plain': Plain}


def build(name, *args, **options):
    return registry[name](*args, **options)


for name, args, options in [('a', (1,), {}), ('a', (), {'a': 3, 'b': 4}), ('b', (5,), {'b': 6}), ('plain', (), {})]:
    made = build(name, *args, **options)
    print(type(made).__name__, sorted(vars(made).items()))

for name, args, options in [('plain', (1,), {}), ('plain', (), {'q': 1}), ('a', (), {}), ('a', (1,), {'c': 2})]:
    try:
        build(name, *args, **options)
    except TypeError as e:
        print('TypeError:', e)

try:
    pick('x')('y', k=1)
except TypeError as e:
    print('TypeError:', e)

def apply(f, *args):
    return f(*args)
def square(x):
    return x * x
fs = [square, abs, str, len, lambda s: s[::-1]]
print([apply(f, -3) if f is not len and f.__name__ != '<lambda>' else None for f in fs])
print(apply(len, 'abc'), apply(fs[-1], 'abc'))
table = {'sq': square, 'neg': lambda x: -x}
print({k: v(5) for k, v in table.items()})
print(list(map(square, range(5))), callable(square), callable(5))
def make_multiplier(n):
    def mul(x):
        return x * n
    mul.factor = n
    return mul
triple = make_multiplier(3)
print(triple(7), triple.factor, triple.__name__, square.__name__)
print(sorted([square, abs], key=lambda f: f.__name__)[0].__name__)

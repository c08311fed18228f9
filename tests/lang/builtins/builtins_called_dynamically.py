# Builtins stored among other callables and called where the compiler
# cannot see which one it is.
def square(x):
    return x * x

def apply(f, *args):
    return f(*args)

table = [square, len, abs, str, repr, int, float, bool, sorted, list, tuple, sum, max, min]
for f in table:
    if f is len or f is sorted or f is list or f is tuple or f is sum or f is max or f is min:
        print(f.__name__, apply(f, [3, 1, 2]))
    else:
        print(f.__name__, apply(f, -3))
print(apply(pow, 2, 5), apply(divmod, 17, 5), apply(round, 2.675, 2), apply(chr, 65), apply(ord, 'a'))
print(apply(isinstance, 3, int), apply(hex, 255), apply(set, 'aab') == {'a', 'b'}, apply(dict, [(1, 2)]))
ops = {'neg': abs, 'text': str, 'sq': square}
print({k: v(-4) for k, v in ops.items()})
print([f(7) for f in (str, float, bin)])
classes = [int, str, float, list, ValueError, KeyError]
print([c.__name__ for c in classes], [isinstance(5, c) for c in classes])
print(issubclass(KeyError, LookupError), issubclass(bool, int), issubclass(ValueError, (KeyError, Exception)))
errors = (ValueError, KeyError)
print(isinstance(ValueError('x'), errors), isinstance(3, errors), ValueError in classes, classes[4]('bad'))

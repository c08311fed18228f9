# Builtins stored among other callables and called where the compiler
# cannot see which one it is.
import math

def square(x):
    return x * x

def apply(f, *args):
    return f(*args)

table = [square, len, abs, str, repr, int, float, bool]
for f in table:
    if f is len:
        print(f.__name__, apply(f, [3, 1, 2]))
    else:
        print(f.__name__, apply(f, -3))
print(apply(isinstance, 3, int), apply(math.floor, 2.5), apply(math.sqrt, 16), apply(ValueError, 'bad'))
ops = {'neg': abs, 'text': str, 'sq': square}
print({k: v(-4) for k, v in ops.items()})
print([f(7) for f in (str, float, repr)])
classes = [int, str, float, list, ValueError, KeyError]
print([c.__name__ for c in classes], [isinstance(5, c) for c in classes])
print(issubclass(KeyError, LookupError), issubclass(bool, int), issubclass(ValueError, (KeyError, Exception)))
errors = (ValueError, KeyError)
print(isinstance(ValueError('x'), errors), isinstance(3, errors), ValueError in classes)

import sys
try:
    raise KeyboardInterrupt
except Exception:
    print('not an Exception')
except BaseException as e:
    print('base', isinstance(e, KeyboardInterrupt), isinstance(e, Exception), type(e).__name__)
try:
    sys.exit(3)
except SystemExit as e:
    print('exit', e.code, isinstance(e, BaseException))
def deep(n):
    if n == 0:
        raise LookupError('deep')
    try:
        deep(n - 1)
    finally:
        print('unwind', n)
try:
    deep(3)
except LookupError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
def outer():
    try:
        try:
            raise ValueError('inner')
        except ValueError:
            raise TypeError('converted')
    except TypeError as e:
        print(repr(e), repr(e.__context__), e.__cause__)
outer()

import sys

def info():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, str(v) if v is not None else None)

print(info())
try:
    raise IndexError('idx')
except IndexError:
    print(info())
print(info())

try:
    raise KeyError('outer')
except KeyError:
    try:
        raise ValueError('inner')
    except ValueError:
        print(info())
    print(info())
print(info())

def in_function():
    try:
        1 / 0
    except ZeroDivisionError:
        return info()
print(in_function())

try:
    raise RuntimeError('with finally')
except RuntimeError:
    pass
finally:
    print('finally', info())

try:
    try:
        raise OSError('held')
    finally:
        print('finally while raising', info())
except OSError:
    pass

class Custom(Exception):
    pass
try:
    raise Custom('mine')
except Custom:
    t, v, _ = sys.exc_info()
    print(t is Custom, v.args)

try:
    raise ExceptionGroup('eg', [ValueError(1)])
except* ValueError:
    print(info())
print(info())

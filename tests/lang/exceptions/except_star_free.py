import sys
def info():
    t, v, tb = sys.exc_info()
    return t.__name__ if t else None, str(v) if v else None
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

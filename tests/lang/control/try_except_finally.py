def attempt(x):
    try:
        print('try', x)
        r = 10 // x
    except ZeroDivisionError:
        print('div by zero')
        return 'except'
    except TypeError as e:
        print('type error:', e)
        return 'type'
    else:
        print('else', r)
        return 'else'
    finally:
        print('finally', x)
print(attempt(2), attempt(0), attempt('a'))
def override():
    try:
        return 'try'
    finally:
        return 'finally'
print(override())
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(loop_finally())
try:
    try:
        raise ValueError('inner')
    finally:
        print('cleanup')
except ValueError as e:
    print('outer caught', e)

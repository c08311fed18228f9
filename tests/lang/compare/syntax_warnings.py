x = [1]
print(x is (), x is not (1, 2), x is None, x is ..., (x is -1), x is not True)
def f():
    try:
        return None()
    except TypeError as e:
        return str(e)
print(f())
try:
    assert (len(x) == 0, 'never shown')
    print('assert passed')
except AssertionError:
    print('unreachable')
print(1 is 1, 'a' is 'a')

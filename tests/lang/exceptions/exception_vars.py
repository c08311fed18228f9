try:
    raise ValueError('x')
except ValueError as err:
    saved = err
try:
    print(err)
except NameError as ne:
    print('NameError: the as-name is cleared:', ne)
print(saved, type(saved).__name__, saved.args)
e = ValueError('msg')
print(e.args, e.with_traceback(None) is e, isinstance(e, BaseException))
try:
    raise TypeError('a', 'b')
except TypeError as e:
    a, b = e.args
    print(a, b, str(e))

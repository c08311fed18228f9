# A generator paused inside an except block keeps its handled exception to
# itself: the caller's raise gets no __context__ from it.
def handler():
    try:
        raise KeyError('inside')
    except KeyError:
        yield 1
        yield 2


g = handler()
print(next(g))
try:
    raise ValueError('outside')
except ValueError as e:
    print('context:', repr(e.__context__))
print(next(g))
raise TypeError('final')

from functools import singledispatch
@singledispatch
def show(x):
    return 'object ' + repr(x)
@show.register
def _(x: int):
    return 'int %d' % x
@show.register
def _(x: list):
    return 'list[' + ', '.join(show(i) for i in x) + ']'
@show.register(str)
def _(x):
    return 'str ' + x
print(show(5), show('s'), show([1, 'a', [2.5]]), show(None), show(True))
handlers = {int: lambda v: v + 1, str: str.upper, list: len}
for v in [1, 'abc', [1, 2, 3]]:
    print(handlers[type(v)](v))

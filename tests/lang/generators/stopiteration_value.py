def gen():
    yield 1
    return 'the result'
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('value:', e.value, 'args:', e.args)
try:
    next(g)
except StopIteration as e:
    print('again:', e.value)
def delegator():
    result = yield from gen()
    yield 'delegate got ' + result
print(list(delegator()))
def raiser():
    yield 1
    raise StopIteration('inside')
try:
    list(raiser())
except RuntimeError as e:
    print('RuntimeError', e)

def maybe_div(a, b):
    if b == 0:
        return None
    return a / b
results = [maybe_div(10, b) for b in [2, 0, 4]]
print(results, [r for r in results if r is not None], sum(r or 0 for r in results))
def no_return():
    x = 1
print(no_return(), [].sort(), print('inner print'), {}.update())
v = maybe_div(1, 0)
try:
    v + 1
except TypeError as e:
    print('TypeError', e)

s = {1, 2}
for op in [lambda: s.remove(5), lambda: set().pop(), lambda: s.add([1]), lambda: {[1, 2]}, lambda: s < [1]]:
    try:
        op()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)

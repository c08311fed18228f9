# Code the analysis sees never run (or always raise) still compiles and
# behaves as CPython's.
def first_match(xs, target):
    for i, x in enumerate(xs):
        if x == target and x.missing:
            return i
    else:
        return -1
print(first_match([], 3))
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
while n > 0:
    n -= 1
    if n == 1:
        break
else:
    print('not printed')
print('after break', n)
def maybe(flag):
    if flag:
        return never_defined_anywhere + 1
    return 'fine'
print(maybe(False))
try:
    maybe(True)
except NameError as e:
    print('NameError', e)
fs = [lambda: max([]), lambda: sum([[1], [2]], []), lambda: sum(['a'], '')]
for f in fs:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
it = iter([1, 2])
print(next(it), next(it, None), next(it, 'done'))
while (v := next(it, None)) is not None:
    print('unreached', v)
print([y for x in range(4) if (y := x * x) > 2], y)
for items in (['a', 'b'], ['a', 1], [2]):
    try:
        print('-'.join(items))
    except TypeError as e:
        print('TypeError', e)

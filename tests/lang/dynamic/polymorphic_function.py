def double(x):
    return x * 2
def describe(x):
    return '%s:%r' % (type(x).__name__, double(x))
for v in [21, 1.5, 'ab', [1, 2], (3,), True, 2 ** 70, 1j]:
    print(describe(v))
def add(a, b):
    return a + b
print(add(1, 2), add('x', 'y'), add([1], [2]), add(1.5, 2), add((1,), (2,)), add(True, 1))
def first(seq):
    for x in seq:
        return x
    return None
print(first([5]), first('hi'), first({'k': 1}), first(range(3, 9)), first([]), first(iter((7,))))
def length(x):
    try:
        return len(x)
    except TypeError:
        return -1
print([length(v) for v in ['abc', [1], 5, None, {1, 2}, b'']])

# `a, b = v` where v is a Value (a union, or a recursive tuple the analysis
# cannot type): tuples of Values, tuples of one item type, lists, other
# iterables, and the ValueErrors of a wrong count.


def make(depth):
    if depth == 0:
        return (None, None)
    return (make(depth - 1), make(depth - 1))


def count(node):
    left, right = node
    if left is None:
        return 1
    return 1 + count(left) + count(right)


print(count(make(10)))


def pick(k):
    if k == 0:
        return (1, 2)
    if k == 1:
        return [3, 4]
    if k == 2:
        return 'ab'
    if k == 3:
        return (5.5, 'x')
    if k == 4:
        return range(6, 8)
    if k == 5:
        return {9: 'a', 10: 'b'}
    if k == 6:
        return (1, 2, 3)
    return [1]


for k in range(8):
    try:
        a, b = pick(k)
        print(k, a, b)
    except ValueError as e:
        print(k, 'ValueError:', e)


def triple(x):
    return (x, str(x), [x] * 2)


def swap3(t):
    a, b, c = t
    return (c, a, b)


# Fixed tuples of several representations, passed and returned by value.
rows = [swap3(triple(i)) for i in range(4)]
print(rows)
print(sorted(rows, key=lambda r: -r[1]))
print(hash(triple(7)[:2]) == hash((7, '7')), {triple(2)[:2]: 1})

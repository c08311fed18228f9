# Comprehensions in a class body skip the class's names, except in their
# first iterable, which the class body evaluates.
factor = 100
items = [7, 8]


class A:
    factor = 3
    items = [1, 2, 3]
    tripled = [x * factor for x in items]
    pairs = [(x, y) for x in items for y in items if y > x]
    sums = {x: x + factor for x in range(2)}
    total = sum(x * factor for x in items)
    items = items + [4]


print(A.tripled, A.pairs, A.sums, A.total, A.items)


class B:
    items = [i for i in items]
    items = items * 2


print(B.items, items)

# Narrowing a recursive tree type: after `if left is None: return`, `left`
# is the tree's own recursive type, so check() has one specialisation for
# trees and one for trees or None, not a third for a tuple one level deep.
def make(depth):
    if depth == 0:
        return (None, None)
    return (make(depth - 1), make(depth - 1))


def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)


print(check(make(3)))

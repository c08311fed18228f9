# Tuples that hold tuples of their own shape: trees and linked lists built
# by recursion or loops, nested deeper than the analysis' depth bound.


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def depth_of(node):
    if node is None:
        return 0
    return 1 + max(depth_of(node[0]), depth_of(node[1]))


tree = make_tree(6)
print(check_tree(tree), depth_of(tree))
small = make_tree(2)
print(small)
print(repr(make_tree(1)), str(make_tree(0)), len(small), small[0] is None, small[1][1])
print(make_tree(3) == make_tree(3), make_tree(3) == make_tree(2), make_tree(5) != tree)
print(hash(make_tree(4)) == hash(make_tree(4)), hash(make_tree(2)) == hash(((((None, None), (None, None))),) * 2))
print([len(x) for x in small], list(small[0]))


# A linked list of (value, next): built in a loop, walked by unpacking.
def build(n):
    node = None
    for i in range(n):
        node = (i, node)
    return node


def total(node):
    s = 0
    while node is not None:
        value, node = node
        s += value
    return s


def to_list(node):
    out = []
    while node:
        out.append(node[0])
        node = node[1]
    return out


chain = build(10)
print(total(chain), to_list(chain), len(to_list(build(0))))
print(build(3))
print(build(4) == (3, (2, (1, (0, None)))), build(2) in [build(2), None], build(6)[1][1][1][0])


# Reversal builds a second list from the first: both keep their shape.
def reverse(node):
    out = None
    while node is not None:
        head, node = node
        out = (head, out)
    return out


print(reverse(build(5)), total(reverse(build(100))))


# A tree with a value in each node, and a leaf that is a different type:
# `(value, left, right)` or an int.
def labelled(depth, label):
    if depth == 0:
        return label
    return (label, labelled(depth - 1, label * 2), labelled(depth - 1, label * 2 + 1))


def leaves(node):
    if isinstance(node, int):
        return [node]
    label, left, right = node
    return leaves(left) + leaves(right)


print(leaves(labelled(5, 1)))
print(labelled(2, 1))


# Strings in the nodes, a sum over them, and an unpacking that fails.
def words(text):
    node = None
    for w in reversed(text.split()):
        node = (w, node)
    return node


sentence = words("the quick brown fox jumps over the lazy dog")
joined = []
node = sentence
while node is not None:
    w, node = node
    joined.append(w.upper())
print(" ".join(joined), sentence[1][1][0])
try:
    a, b, c = sentence
except ValueError as e:
    print("ValueError:", e)
try:
    (only,) = build(3)
except ValueError as e:
    print("ValueError:", e)

# Instances and recursive tuples whose every word holds a reference (a class
# with three fields is 32 bytes, a node tuple of three items 48) must keep
# what their last field refers to through collections: trees are built and
# dropped until the collector has run many times, while one tree lives on
# and is checked at the end.


class Node:
    def __init__(self, left, right, label):
        self.left = left
        self.right = right
        self.label = label


def make_node(depth, label):
    if depth == 0:
        return Node(None, None, [label])
    return Node(make_node(depth - 1, 2 * label), make_node(depth - 1, 2 * label + 1), [label])


def walk_node(node):
    if node.left is None:
        return node.label[0]
    return node.label[0] + walk_node(node.left) - walk_node(node.right)


def make_tuple(depth, label):
    if depth == 0:
        return (None, None, str(label))
    return (make_tuple(depth - 1, 2 * label), make_tuple(depth - 1, 2 * label + 1), str(label))


def walk_tuple(node):
    left, right, label = node
    if left is None:
        return len(label)
    return len(label) + walk_tuple(left) + walk_tuple(right)


kept_node = make_node(10, 1)
kept_tuple = make_tuple(10, 1)
churn = 0
for i in range(60):
    churn += walk_node(make_node(8, i)) + walk_tuple(make_tuple(8, i))
print(churn)
print(walk_node(kept_node), walk_tuple(kept_tuple))
print(kept_node.right.right.label, kept_tuple[1][1][2])

# `is None` tests, truth tests and assignments of values that are never None
# narrow a local's reads: the results below have no `| None`, and a block
# after a test whose reachable branches all leave adds nothing. A branch no
# argument reaches is not analysed (types/narrowing.cpp, possible()), so
# chosen(None) has no None from its dead arm.

class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def defaulted(items=None):
    if items is None:
        items = []
    items.append(1)
    return items


def chosen(x=None):
    x = x if x is not None else 10
    return x


def first(node):
    if node is None:
        raise ValueError("empty")
    return node


def values(head):
    out = []
    node = head
    while node is not None:
        out.append(node)
        node = node.next
    return out


def label(s=None):
    if s is None:
        return 0
    return s.upper()


print(defaulted(), defaulted([2]), chosen(), chosen(3))
print(first(Node(1)).value, len(values(Node(1, Node(2)))), label())

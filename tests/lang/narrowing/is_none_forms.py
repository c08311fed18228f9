# `is None` / `is not None` / truth tests narrow a local to its members
# besides None: early return, if/else, and/or, x if c else y, while loops,
# assignments of a value that is never None, assert.


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def total(head):
    s = 0
    node = head
    while node is not None:
        s += node.value
        node = node.next
    return s


def length_or(items, default):
    if items is None:
        return default
    return len(items) + items[0]


def scaled(x=None):
    x = x if x is not None else 10
    return x * 2


def appended(items=None):
    if items is None:
        items = []
    items.append(len(items))
    return items


def positive(a):
    if a is not None and a > 3:
        return a - 1
    if a is None or a < 0:
        return -1
    return a


def words(s):
    if not s:
        return []
    return s.split()


def first_word(s):
    if s:
        return s.split()[0]
    return "?"


def checked(x):
    assert x is not None
    return x + 1


def last_value(head):
    node = head
    if node is None:
        raise ValueError("empty")
    while node.next is not None:
        node = node.next
    return node.value


def find(items, wanted):
    found = None
    for item in items:
        if item == wanted:
            found = item
            break
    if found is None:
        return "missing"
    return "found " + found.upper()


def walrus(values):
    out = []
    for v in values:
        if (d := lookup.get(v)) is not None:
            out.append(d * 2)
    return out


lookup = {"a": 1, "b": 2}

head = Node(1, Node(2, Node(3)))
print(total(head), total(None))
print(length_or(None, 5), length_or([4, 5], 5))
print(scaled(), scaled(3))
print(appended(), appended([7]))
print(positive(None), positive(7), positive(2), positive(-4))
print(words(None), words(""), words("a b"))
print(first_word(None), first_word("x y"))
print(checked(4))
print(last_value(head))
try:
    last_value(None)
except ValueError as e:
    print("ValueError", e)
print(find(["x", "y"], "y"), find(["x"], "z"))
print(walrus(["a", "c", "b"]))

# `None | C`: linked lists, trees with optional children, a list of
# [None] * n filled later, narrowing by `is not None`, truth, equality,
# printing and containers of such values.


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __repr__(self):
        return 'Node(%r)' % self.value


class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        if key < self.key:
            if self.left is None:
                self.left = Tree(key)
            else:
                self.left.insert(key)
        else:
            if self.right is not None:
                self.right.insert(key)
            else:
                self.right = Tree(key)

    def walk(self, out):
        if self.left:
            self.left.walk(out)
        out.append(self.key)
        if self.right:
            self.right.walk(out)
        return out


def depth(t):
    if t is None:
        return 0
    return 1 + max(depth(t.left), depth(t.right))


def build(values):
    head = None
    for v in values:
        head = Node(v, head)
    return head


def total(node):
    s = 0
    while node is not None:
        s += node.value
        node = node.next
    return s


def last(node):
    while node.next:
        node = node.next
    return node


def find(node, value):
    while node:
        if node.value == value:
            return node
        node = node.next
    return None


head = build(range(10))
print(total(head), last(head), last(head).value)
print(find(head, 4), find(head, 42), find(head, 42) is None)
print(head.next.next)
found = find(head, 3)
if found is not None:
    print('found', found.value, found.next.value)
print(found == find(head, 3), found != head, found == None, None == found)

t = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.walk([]), depth(t), depth(t.left.left), depth(None))
print(t.left.left.left, repr(t.right.right.right), str(t.left.right.left.left))

points = [None] * 5
print(points)
for i in range(5):
    if i % 2:
        points[i] = Node(i * i)
print(points, len(points), points.count(None))
print([p.value for p in points if p is not None])
print([p for p in points if p])
print(sum(1 for p in points if not p))
pair = (points[1], points[0])
print(pair, {'odd': points[3], 'even': points[2]})
print(points[1] in points, None in points, points.index(None))
print(isinstance(points[0], Node), isinstance(points[1], Node), type(points[0]).__name__, type(points[3]).__name__)
cursor = points[0]
for p in points[1:]:
    if cursor is None or (p is not None and p.value > cursor.value):
        cursor = p
print(cursor, f'{cursor!r} {points[0]}')


class Counted:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


def describe(x):
    return 'truthy' if x else 'falsy'


maybe = None
for c in [Counted([]), Counted([1]), None]:
    maybe = c
    print(describe(maybe), bool(maybe), not maybe)
flag = None
for f in [Flag(True), None, Flag(False)]:
    flag = f
    if flag:
        print('on')
    elif flag is None:
        print('none')
    else:
        print('off')

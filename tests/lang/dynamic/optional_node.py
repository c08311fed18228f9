class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
def build(values):
    head = None
    for v in reversed(values):
        head = Node(v, head)
    return head
def to_list(node):
    out = []
    while node is not None:
        out.append(node.value)
        node = node.next
    return out
def reverse(node):
    prev = None
    while node:
        node.next, prev, node = prev, node, node.next
    return prev
lst = build([1, 2, 3, 4])
print(to_list(lst), to_list(reverse(build('abc'))), to_list(None), to_list(build([])))
class Tree:
    def __init__(self):
        self.root = None
    def insert(self, key):
        if self.root is None:
            self.root = [key, None, None]
            return
        n = self.root
        while True:
            i = 1 if key < n[0] else 2
            if n[i] is None:
                n[i] = [key, None, None]
                return
            n = n[i]
    def walk(self, n='start'):
        n = self.root if n == 'start' else n
        return [] if n is None else self.walk(n[1]) + [n[0]] + self.walk(n[2])
t = Tree()
for k in [5, 3, 8, 1, 4, 9, 7]:
    t.insert(k)
print(t.walk())

class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y
    def diagonal(self):
        return ((i, i) for i in range(min(self.w, self.h)))
r = Range2D(3, 2)
print(list(r), list(r), list(r.diagonal()), len(list(Range2D(10, 10))))
class Node:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right
    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.v
        if self.right:
            yield from self.right.inorder()
t = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7)))
print(list(t.inorder()))

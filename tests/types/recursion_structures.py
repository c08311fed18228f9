class Tree:
    def __init__(self, left, right, value):
        self.left = left
        self.right = right
        self.value = value

def build(depth):
    if depth == 0:
        return None
    return Tree(build(depth - 1), build(depth - 1), depth)

def total(t):
    if t is None:
        return 0
    return t.value + total(t.left) + total(t.right)

print(total(build(4)))

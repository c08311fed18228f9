# cached_property on a recursive structure: each node computes once,
# reading its children's cached values; vars() shows the cached names.
from functools import cached_property


class Node:
    def __init__(self, children):
        self.children = children

    @cached_property
    def size(self):
        return 1 + sum(c.size for c in self.children)

    @cached_property
    def depth(self):
        if not self.children:
            return 1
        return 1 + max(c.depth for c in self.children)


leaf = Node([])
tree = Node([Node([leaf, Node([])]), Node([])])
print(tree.size, tree.depth, leaf.size)
print(sorted(vars(tree)))

# copy.copy and copy.deepcopy of instances of classes made per run of their
# statement: the copy is an instance of the same run's class.
import copy


def make(n):
    class C:
        def __init__(self, items):
            self.items = items

        def total(self):
            return sum(self.items) * n

    return C


C1 = make(1)
C2 = make(2)
a = C1([1, 2])
b = C2([3])
a2 = copy.copy(a)
b2 = copy.deepcopy(b)
b2.items.append(4)
print(a2.total(), b2.total(), b.total(), type(a2) is C1, type(b2) is C2, a2.items is a.items)
print(isinstance(b2, C1), isinstance(b2, C2))


def with_hooks(tag):
    class Node:
        def __init__(self, value, children=()):
            self.value = value
            self.children = list(children)

        def __copy__(self):
            return Node(f"{self.value}-{tag}-copy", self.children)

        def __deepcopy__(self, memo):
            return Node(f"{self.value}-{tag}-deep", [copy.deepcopy(c, memo) for c in self.children])

        def __repr__(self):
            return f"{self.value}{self.children}"

    return Node


N = with_hooks("n")
M = with_hooks("m")
tree = N("root", [N("leaf")])
print(copy.copy(tree), copy.deepcopy(tree), copy.deepcopy(M("x", [M("y")])))
print(type(copy.copy(tree)) is N, type(copy.deepcopy(M("z"))) is M)

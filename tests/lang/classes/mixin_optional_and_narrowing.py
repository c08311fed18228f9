# A mixin's type narrowed by isinstance, in an optional, and as a bound
# method value.
class Tree:
    def __init__(self, label):
        self.label = label
        self.kids = []


class ParentMixin:
    def __init__(self):
        self.parent = None
        self.depth = 0

    def attach(self, parent):
        self.parent = parent
        self.depth = parent.depth + 1 if parent is not None else 0
        return self


class Leaf(Tree, ParentMixin):
    def __init__(self, label):
        Tree.__init__(self, label)
        ParentMixin.__init__(self)


class Branch(Tree, ParentMixin):
    def __init__(self, label):
        Tree.__init__(self, label)
        ParentMixin.__init__(self)

    def add(self, kid):
        self.kids.append(kid.attach(self))
        return kid


class Root(ParentMixin):
    pass


root = Branch('root')
a = root.add(Branch('a'))
b = a.add(Leaf('b'))
c = root.add(Leaf('c'))
for n in [root, a, b, c]:
    p = n.parent
    print(n.label, n.depth, p.label if p is not None else None, isinstance(p, Tree), isinstance(n, ParentMixin))
things = [root, a, b, c, Root(), 'text', 7]
for t in things:
    if isinstance(t, ParentMixin):
        print('parented', type(t).__name__, t.depth, t.parent is None)
    elif isinstance(t, str):
        print('str', t)
attachers = [n.attach for n in [b, c, Root()]]
print([f(a).depth for f in attachers], b.parent.label)

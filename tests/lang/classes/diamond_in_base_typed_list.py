# More than four classes in one list: the elements are typed by their
# nearest common base (a C+), and some of them reach it through a second
# base.
class Node:
    def __init__(self, label):
        self.label = label
        self.visits = 0

    def visit(self):
        self.visits += 1
        return self.label


class Weighted(Node):
    def __init__(self, label, weight):
        super().__init__(label)
        self.weight = weight

    def cost(self):
        return self.weight * self.visits


class Colored(Node):
    def __init__(self, label, color='plain'):
        super().__init__(label)
        self.color = color

    def cost(self):
        return len(self.color) + self.visits


class Both(Weighted, Colored):
    def __init__(self, label, weight, color):
        Weighted.__init__(self, label, weight)
        self.color = color

    def cost(self):
        return Weighted.cost(self) + Colored.cost(self)


class Other(Colored):
    pass


class Last(Both):
    def visit(self):
        return 'last:' + super().visit()


nodes = [Node('n'), Weighted('w', 5), Colored('c', 'red'), Both('b', 2, 'blue'), Other('o', 'green'), Last('l', 7, 'pink')]
for rnd in range(3):
    print([n.visit() for n in nodes])
print([n.visits for n in nodes], [n.label for n in nodes])
print([n.cost() for n in nodes if isinstance(n, (Weighted, Colored))])
print([n.color for n in nodes if isinstance(n, Colored)])
print([n.weight for n in nodes if isinstance(n, Weighted)])
colored = [n for n in nodes if isinstance(n, Colored)]
for n in colored:
    n.color = n.color.upper()
print([(n.label, n.color) for n in colored])

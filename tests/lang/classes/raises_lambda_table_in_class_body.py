# Lambdas in a class-level table are plain functions, called unbound with
# whatever the tree's nodes evaluate to (ints, floats, other nodes' results).
class Num:
    def __init__(self, v):
        self.v = v

    def eval(self):
        return self.v


class BinOp:
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b}

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def eval(self):
        return self.OPS[self.op](self.left.eval(), self.right.eval())


tree = BinOp("+", Num(1), BinOp("*", Num(2), BinOp("**", Num(3), Num(2))))
print(tree.eval(), BinOp("/", Num(7), Num(2)).eval(), BinOp("%", BinOp("-", Num(0), Num(7)), Num(3)).eval())
print(BinOp("*", Num(1.5), BinOp("+", Num(2), Num(0.25))).eval(), BinOp("+", Num("a"), Num("b")).eval())
print(BinOp("/", Num(1), BinOp("-", Num(2), Num(2))).eval())

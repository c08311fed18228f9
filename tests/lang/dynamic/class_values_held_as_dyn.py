# A class object stored as a default and an attribute of mixed type, and
# called later; identity of class objects held as values.


class H:
    def __init__(self, prog):
        self.prog = prog


class R(H):
    pass


class P:
    def __init__(self, prog=None, a=None, b=None, fc=H):
        self.fc = fc
        self.plain = fc is H
        self.items = [prog, a, b]

    def make(self):
        if self.fc is H:
            return H('x')
        return self.fc('y')

    def make_keyword(self):
        return self.fc(prog=self.items[0])


ps = [P('a'), P('a', 1), P('a', 1, 'b'), P(1, 2, 3), P(b=[1]), P(fc=R), P('r', fc=R)]
for p in ps:
    made = p.make()
    print(p.plain, type(made).__name__, made.prog, p.make_keyword().prog)
    print(p.fc is H, p.fc is R, p.fc == H, p.fc != R, p.fc.__name__)

kinds = [H, R, P]
print([k.__name__ for k in kinds], kinds[0] is H, kinds[1] is kinds[0])
made = [k('z') for k in kinds[:2]]
print([type(m).__name__ for m in made], [m.prog for m in made])

class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return 'Key(%s,%s)' % (self.a, self.b)
d = {Key(1, 2): 'x'}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d, len({Key(1, 1), Key(1, 1), Key(2, 2)}))
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print('TypeError', e)
class Const:
    def __hash__(self):
        return 42
print(hash(Const()), hash(Key(0, 0)) == hash((0, 0)))
class Neg:
    def __hash__(self):
        return -1
print(hash(Neg()))

# A right operand whose class derives from the left's: its reflected dunder
# runs first (operators only when the subclass overrides it; comparisons
# whenever it has one), and NotImplemented hands back to the left's.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return 'Num.add'
    def __radd__(self, other):
        return 'Num.radd'
    def __sub__(self, other):
        return 'Num.sub'
    def __lt__(self, other):
        print('Num.lt', end=' ')
        return True
    def __gt__(self, other):
        print('Num.gt', end=' ')
        return False

class Plain(Num):
    pass

class Override(Num):
    def __radd__(self, other):
        return 'Override.radd'
    def __rsub__(self, other):
        return NotImplemented
    def __gt__(self, other):
        print('Override.gt', end=' ')
        return NotImplemented

print(Num(1) + Num(2), Num(1) + Plain(2), Num(1) + Override(2), Override(1) + Num(2))
print(Num(1) - Override(2), Plain(1) + Override(2))
print(Num(1) < Num(2), Num(1) < Plain(2), Num(1) < Override(2), Override(1) > Num(2))
x = Num(1)
x += Override(3)
print(x)

class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x + p.y)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
class Dyn:
    def __getattr__(self, name):
        return 'dyn_' + name
d = Dyn()
d.real = 1
print(d.real, d.anything, getattr(d, 'other'))
class Guard:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value * 2)
g = Guard()
g.v = 21
print(g.v)
try:
    object().missing
except AttributeError as e:
    print('AttributeError', e)
try:
    P(1, 2).missing
except AttributeError as e:
    print('AttributeError', e)

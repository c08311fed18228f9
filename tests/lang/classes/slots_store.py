class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Q(P):
    __slots__ = ['z']
class Open(P):
    pass
p = P(1, 2)
p.x = 10
print(p.x, p.y)
q = Q(3, 4)
q.z = 5
print(q.x + q.y + q.z)
o = Open(1, 1)
o.w = 7
print(o.w)
try:
    p.z = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    q.w = 1
except AttributeError as e:
    print('AttributeError', e)

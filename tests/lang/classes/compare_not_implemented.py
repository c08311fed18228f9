# NotImplemented from both sides: == and != fall back to identity, an
# ordering raises TypeError; each dunder runs once.
class P:
    def __eq__(self, other):
        print('P.__eq__')
        return NotImplemented
    def __lt__(self, other):
        print('P.__lt__')
        return NotImplemented
class Q:
    def __eq__(self, other):
        print('Q.__eq__')
        return NotImplemented
    def __gt__(self, other):
        print('Q.__gt__')
        return NotImplemented
p, q = P(), Q()
print(p == q)
print(p != q)
print(p == p, p != p)
print(p == 3, 3 != p)
try:
    p < q
except TypeError as e:
    print('TypeError', e)
try:
    p < 1
except TypeError as e:
    print('TypeError', e)
print('%s|%r' % (p is p, 'x'), '%s' % 5)

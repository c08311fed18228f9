import functools
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9']]
print(sorted(vs), max(vs), Version('1.2') == Version('1.2'), Version('2') >= Version('1.9'), Version('1') != Version('1'))
class Loud:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print('lt', self.v, o.v); return self.v < o.v
    def __gt__(self, o): print('gt', self.v, o.v); return self.v > o.v
    def __le__(self, o): return self.v <= o.v
    def __ge__(self, o): return self.v >= o.v
    def __eq__(self, o): print('eq'); return isinstance(o, Loud) and self.v == o.v
    def __ne__(self, o): print('ne'); return not self == o
print(Loud(1) < Loud(2), Loud(1) > Loud(2), Loud(3) <= Loud(3), Loud(1) >= Loud(2))
print(Loud(1) == Loud(1), Loud(1) != Loud(2), Loud(1) == 5)
class Plain: pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
try:
    Plain() < Plain()
except TypeError as e:
    print('TypeError', e)

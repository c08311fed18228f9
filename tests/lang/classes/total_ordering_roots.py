# functools.total_ordering from each root: the derived comparisons, their
# NotImplemented passing, and a class defining none.
import functools
from functools import total_ordering


@total_ordering
class Lt:
    def __init__(self, a): self.a = a
    def __eq__(self, o): return self.a == o.a
    def __lt__(self, o): return self.a < o.a


@functools.total_ordering
class Ge:
    def __init__(self, a): self.a = a
    def __ge__(self, o):
        if not isinstance(o, Ge):
            return NotImplemented
        return self.a >= o.a


@total_ordering
class Gt:
    def __init__(self, a): self.a = a
    def __gt__(self, o): return self.a > o.a


print(Lt(1) <= Lt(1), Lt(2) > Lt(1), Lt(1) >= Lt(2), sorted([Lt(3), Lt(1), Lt(2)])[0].a)
print(Ge(1) < Ge(2), Ge(1) <= Ge(1), Ge(2) > Ge(1), max([Ge(1), Ge(5), Ge(2)]).a)
print(Gt(1) < Gt(2), Gt(2) <= Gt(1), Gt(3) >= Gt(3))
try:
    Ge(1) < 5
except TypeError as e:
    print('TypeError', e)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)

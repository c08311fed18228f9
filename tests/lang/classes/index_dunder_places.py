# __index__ wherever CPython wants an integer: indices, slice bounds,
# range(), hex/oct/bin, repetition; its result must be an int.
import operator
import sys
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Sub(Idx):
    def __index__(self): return self.v * 2
class NoIndex:
    pass
class Bad:
    def __index__(self): return 1.5
xs = [10, 20, 30, 40, 50]
print(xs[Idx(1)], xs[Idx(-1)], xs[Sub(1)], (1, 2, 3)[Idx(0)], 'hello'[Idx(4)], range(100)[Idx(7)])
print(xs[Idx(1):Idx(3)], 'abcdef'[Idx(1)::Idx(2)], xs[::Sub(1)])
print(list(range(Idx(3))), list(range(Idx(1), Sub(3), Idx(2))), oct(Idx(8)), bin(Sub(2)), hex(Idx(-255)))
print('xy' * Idx(3), Idx(2) * 'z', [1] * Sub(2), (0,) * Idx(2), operator.index(Idx(9)))
for i in range(Idx(2)):
    print('loop', i)
mixed = Idx(2) if len(sys.argv) < 9 else 0
print(xs[mixed], xs[mixed:], hex(mixed))
def attempts(thing, what):
    try:
        xs[thing]
    except TypeError as e:
        print(what, 'TypeError', e)
    try:
        xs[thing:]
    except TypeError as e:
        print(what, 'TypeError', e)
    try:
        range(thing)
    except TypeError as e:
        print(what, 'TypeError', e)
    try:
        'a' * thing
    except TypeError as e:
        print(what, 'TypeError', e)
    try:
        hex(thing)
    except TypeError as e:
        print(what, 'TypeError', e)
attempts(NoIndex(), 'index')
attempts(Bad(), 'bad')

# A tuple subclass and an equal plain tuple are one dict key and one set
# member, either way round: hash and == are tuple's.


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))


p = Pair(1, 2)
by_pair = {p: "pair", Pair(3, 4): "other"}
print(by_pair.get((1, 2)), (1, 2) in by_pair, by_pair[(3, 4)], (5, 6) in by_pair, by_pair.get((9, 9), "none"))
print(by_pair.pop((3, 4)), len(by_pair))

by_tuple = {(1, 2): "tuple", (7, 8): "seven"}
print(by_tuple[p], p in by_tuple, by_tuple.get(Pair(7, 8)), Pair(0, 0) in by_tuple)
by_tuple[Pair(1, 2)] = "replaced"
print(by_tuple, type(list(by_tuple)[0]).__name__)

seen = {(3, 4)}
print(Pair(3, 4) in seen, Pair(4, 3) in seen, hash(p) == hash((1, 2)), p == (1, 2), (1, 2) == p)

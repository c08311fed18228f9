# set and frozenset subclasses: the operators answer plain sets, the repr
# names the subclass.


class Tags(set):
    def add_all(self, *items):
        for item in items:
            self.add(item)
        return self

    def add(self, item):
        super().add(item.lower())


t = Tags(["a", "b"])
t.add("C")
t.add_all("D", "e")
print(sorted(t), len(t), "c" in t, "C" in t, repr(Tags()), repr(Tags([1])), Tags([2]))
print(isinstance(t, set), isinstance(t, frozenset), isinstance(t, Tags), type(t).__name__)
u = t | {"z"}
print(sorted(u), type(u).__name__, sorted(t & {"a", "q"}), sorted(t - {"a"}), sorted({"a", "y"} ^ t), type(t.copy()).__name__)
print(t == {"a", "b", "c", "d", "e"}, t != set(), t >= {"a"}, t <= {"a"}, t.issuperset({"a"}), t.isdisjoint({"q"}))
t.discard("a")
t.remove("b")
t -= {"c"}
t |= {"f"}
print(sorted(t), sorted(t.union(["g"])), sorted(t.intersection({"d", "f"})), len(t))
t.clear()
print(t, bool(t), len(t))


class Letters(frozenset):
    def __new__(cls, word):
        return super().__new__(cls, word.lower())

    def vowels(self):
        return self & frozenset("aeiou")


w = Letters("Banana")
print(sorted(w), len(w), repr(Letters("")), sorted(w.vowels()), type(w.vowels()).__name__, "a" in w)
print(isinstance(w, frozenset), isinstance(w, set), hash(w) == hash(frozenset("ban")), {w: 1}[w])
print(w == frozenset("nab"), w | {"x"} == {"a", "b", "n", "x"}, type(w | {"x"}).__name__, w.issubset("abcn"))


class Empty(frozenset):
    pass


print(Empty(), Empty([3]), sorted(Empty("ab") | Empty("c")))

# Methods read from builtin classes and called with the receiver first,
# for each class whose dir() lists them, directly and as values.
import functools

print(int.bit_count(255), int.bit_length(1024), int.to_bytes(258, 2, "big"), int.__add__(2, 3))
print(bool.__and__(True, False), int.bit_count(True))
print(float.is_integer(2.0), float.is_integer(2.5), float.hex(1.0), float.__mul__(1.5, 2))
print(complex.conjugate(1 + 2j))
print(str.upper("a"), str.isprintable("a\n"), str.ljust("ab", 4, "*") + "|", str.zfill("7", 3))
print(bytes.hex(b"\x01\xff"), bytes.upper(b"ab"), bytes.split(b"a b"))
print(bytearray.upper(bytearray(b"xy")))
l = [3, 1]
list.append(l, 2)
list.sort(l)
print(l, list.index(l, 3), list.count(l, 1))
d = {"a": 1}
print(dict.get(d, "a", 0), dict.get(d, "z", 0), sorted(dict.keys(d)))
print(set.union({1}, {2}, {3}), sorted(frozenset.union(frozenset([1]), {4})))
print(tuple.index((5, 6), 6), tuple.count((5, 5), 5))

lines = [" a ", "b  "]
print(list(map(str.strip, lines)))
print(sorted(["b", "A", "c"], key=str.casefold))
f = list.append
f(l, 9)
print(l)
print(functools.reduce(set.union, [{1}, {2}, {3}]))
print(functools.reduce(int.__mul__, [1, 2, 3, 4]))
print(list(map(int.bit_count, [1, 3, 7])))
print(list(map(float.is_integer, [1.0, 1.5])))
print(str.upper, list.append)

for call in (lambda: str.upper(3), lambda: set.union(frozenset([1]), {2}), lambda: list.append((1,), 2),
             lambda: int.bit_count(2.5), lambda: f(3, 4)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

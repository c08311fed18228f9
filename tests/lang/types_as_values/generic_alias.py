# Builtin classes subscripted: types.GenericAlias values, as CPython 3.11 has them.
IntList = list[int]
Pair = tuple[int, str]
Json = dict[str, "Json"]
Rows = list[dict[str, int]]
print(IntList, Pair, Json, Rows)
print(tuple[int, ...], tuple[()], type[int], set[float], frozenset[bytes], dict[str, list[int]])
print(type(IntList).__name__, type(IntList))
print(IntList.__origin__, IntList.__args__, Pair.__args__, IntList.__parameters__)
print(IntList.__name__, list[str].__module__)

# Calling an alias makes an instance of its origin.
xs = IntList()
xs.append(3)
print(xs, list[int]([1, 2]), tuple[int, str]((1, "a")), dict[str, int]([("k", 1)]))

# Equality and hashing.
print(list[int] == IntList, list[int] == list[str], list[int] == list, list[int] == list[int,])
print(hash(list[int]) == hash(IntList), len({list[int], list[int], list[str]}))
table = {dict[str, int]: "mapping", list[int]: "sequence"}
print(table[dict[str, int]], table[list[int]])


class Point:
    pass


print(list[Point], dict[str, Point], list[...], list[None], list[3])


def describe(alias):
    return repr(alias) + " of " + alias.__origin__.__name__


print(describe(list[int]), describe(dict[int, tuple[int, ...]]))

for bad in (lambda: list[int][str], lambda: int[str], lambda: Point[int]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

Numbers = list[int]


def fresh():
    made = Numbers()
    made.append(1)
    return made, Numbers.__origin__ is list


print(fresh(), ExceptionGroup[ValueError])
try:
    len[int]
except TypeError as e:
    print("TypeError:", e)

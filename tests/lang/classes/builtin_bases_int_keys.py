# Instances of int subclasses (an IntEnum, an IntFlag, a plain subclass)
# find a plain int key of a dict, and a plain int finds theirs.
import enum


class Flags(int):
    pass


class Color(enum.IntEnum):
    RED = 1
    GREEN = 2


class Perm(enum.IntFlag):
    R = 4
    W = 2


names = {1: "one", 2: "two", 5: "five", 6: "six"}
print(names[Flags(5)], Flags(2) in names, names.get(Flags(7), "missing"), names[Color.GREEN], names[Perm.R | Perm.W])

by_flag = {Flags(6): "flag six", Flags(1): "flag one"}
print(by_flag[6], 1 in by_flag, by_flag.get(3, "missing"), by_flag.pop(6), len(by_flag))

by_color = {Color.RED: "red", Color.GREEN: "green"}
print(by_color[1], 2 in by_color, 3 in by_color, by_color[Color.RED])

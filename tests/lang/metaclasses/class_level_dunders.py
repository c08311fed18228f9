# Dunders a metaclass defines run on its classes: iteration, len(),
# subscripts, truth and repr()/str() of the class object itself.
class EnumLike(type):
    def __iter__(cls):
        for name in cls._names:
            yield getattr(cls, name)

    def __len__(cls):
        return len(cls._names)

    def __getitem__(cls, name):
        if name not in cls._names:
            raise KeyError(name)
        return getattr(cls, name)

    def __repr__(cls):
        return "<enum-like " + cls.__name__ + ">"


class Color(metaclass=EnumLike):
    _names = ["RED", "GREEN", "BLUE"]
    RED = 1
    GREEN = 2
    BLUE = 3


class Size(metaclass=EnumLike):
    _names = ["SMALL", "LARGE"]
    SMALL = "s"
    LARGE = "l"


for value in Color:
    print(value)
print(list(Size), len(Color), len(Size))
print(Color["GREEN"], Size["LARGE"])
print(repr(Color), str(Size), Color)
print(f"{Size}", [Color, Size])
print(sorted(Color, reverse=True), sum(Color))
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)


class Empty(type):
    def __len__(cls):
        return cls.count


class Bag(metaclass=Empty):
    count = 0


print(bool(Bag), "yes" if Bag else "no")
Bag.count = 2
print(bool(Bag), len(Bag))
try:
    for item in Bag:
        print(item)
except TypeError as e:
    print("TypeError:", e)

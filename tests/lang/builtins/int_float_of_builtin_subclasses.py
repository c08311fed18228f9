# int() and float() of instances of str, int and float subclasses.
class Tag(str):
    pass
class Num(int):
    pass
class Ratio(float):
    pass
class Sized(str):
    def __int__(self):
        return len(self)
t = Tag("42")
print(int(t), float(t), int(Tag(" -7 ")), float(Tag("2.5e1")))
print(int(Num(5)), float(Num(5)), int(Ratio(2.75)), float(Ratio(2.75)))
print(int(Sized("123")))
vals = [Tag("10"), Num(3), Ratio(1.5), "8", 2]
print([int(v) for v in vals], [float(v) for v in vals])
try:
    int(Tag("abc"))
except ValueError as e:
    print("ValueError", e)

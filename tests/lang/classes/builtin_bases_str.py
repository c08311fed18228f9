# A str subclass is a str to every builtin; its inherited methods answer
# plain strs, and its own __new__, __repr__ and __eq__ run.


class Color(str):
    def shout(self):
        return self.upper() + "!"


red = Color("red")
print(red, repr(red), len(red), red[0], red[1:], "e" in red, list(red))
print(red.shout(), red.upper(), type(red.upper()).__name__, type(red).__name__)
print(isinstance(red, str), isinstance(red, Color), issubclass(Color, str))
print(red == "red", "red" == red, red != "blue", red < "s", red + "dish", "dark" + red, red * 2)
print(red.startswith("r"), red.find("d"), red.replace("r", "b"), red.split("e"), red.center(7, "*"))
print(f"{red}", f"{red:>6}|", "%s!" % red, str(red), type(str(red)).__name__)
table = {red: 1, "blue": 2}
print(table["red"], table[Color("blue")], Color("red") in table, hash(red) == hash("red"))
print(sorted([Color("b"), Color("a"), Color("c")]), Color(), repr(Color()), Color(42))


class Tag(str):
    def __new__(cls, name, closing=False):
        text = ("</" if closing else "<") + name + ">"
        obj = super().__new__(cls, text)
        obj.name = name
        obj.closing = closing
        return obj

    def __repr__(self):
        return "Tag(" + str.__repr__(self) + ")"


b = Tag("b")
end = Tag("b", closing=True)
print(b, end, repr(b), [b, end], b.name, end.closing, b + "x" + end, len(end))
print(b == "<b>", b.upper(), b.strip("<>"))


class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())


print(Caseless("Hi") == "hI", Caseless("Hi") != "hI", {Caseless("A"): 1}.get(Caseless("a")), Caseless("x").__hash__ is None)


class Shout(Color):
    def __str__(self):
        return self.upper()


s = Shout("hey")
print(s, repr(s), s.shout(), isinstance(s, Color), isinstance(s, str), f"{s}", str(s))

# A UserString subclass with methods of its own: string methods answer in
# the subclass where str's give a str, and plain values elsewhere.
from collections import UserString


class Slug(UserString):
    def __init__(self, text):
        super().__init__(text)
        self.data = "-".join(self.data.lower().split())

    def words(self):
        return self.data.split("-")


class Text(UserString):
    def shout(self):
        return self.upper() + "!"

    def first_word(self):
        return self.partition(" ")[0]


s = Slug("  Hello Compiled World ")
print(s, repr(s), len(s), s.words(), s.startswith("hello"), "world" in s)
t = Text("the quick brown fox")
print(t.shout(), type(t.shout()).__name__, t.first_word(), t.title(), t.capitalize())
print(t[4:9], type(t[4:9]).__name__, t[0], t[-1], [c for c in t[:3]])
print(t.replace("quick", "slow"), t.count("o"), t.find("brown"), t.rfind("o"), t.index("fox"))
print(t.split(), t.split(" ", 1), t.rsplit(" ", 1), t.center(25, "."), t.ljust(22, "_"), t.zfill(22))
print(t.strip("tex"), t.upper().isupper(), t.isalpha(), Text("42").isdigit(), Text("  ").isspace())
print(t + "!", "> " + t, t * 2, type("> " + t).__name__, Text("%s=%d") % ("n", 3))
print(t == "the quick brown fox", t < "z", t > Text("a"), sorted([Text("b"), Text("a")]))
counts = {}
for word in t.split():
    key = Text(word)
    counts[key] = counts.get(key, 0) + len(word)
print(counts[Text("quick")], counts["fox"], len(counts))
print(int(Text("12")) + 1, float(Text("0.5")) * 2, str(t) == t.data, t.encode(), t.swapcase())
print(Text("a,b,,c").split(","), Text("line1\nline2\n").splitlines(), Text("x\ty").expandtabs(4))
print(Text("{n}").format_map({"n": 1}), Text("-").join(["a", "b"]), Text("abc").translate(Text.maketrans("ab", "AB")))

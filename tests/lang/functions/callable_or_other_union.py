# A value that is a function, a class or something else (a str template, as
# re.sub's repl): each callable member called as itself, the rest raising
# CPython's "not callable", with keywords too.
import re


class Box:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"Box({self.x!r})"


class Template:
    def __init__(self, text):
        self.text = text

    def __call__(self, word):
        return self.text + word


def pick(i):
    if i == 0:
        return Box
    if i == 1:
        return lambda x: x * 2
    return "not callable"


def apply(repl, word):
    replace = repl if callable(repl) else Template(repl)
    return replace(word)


for i in range(3):
    f = pick(i)
    try:
        print(f("ab"))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(f(x="cd"))
    except TypeError as e:
        print("TypeError:", e)

for repl in ["<", lambda w: w.upper()]:
    print(apply(repl, "word"))

for repl in [r"<\1>", lambda m: m.group(1).upper(), r"\1\1"]:
    print(re.sub(r"(\w+)", repl, "ab cd"))
    print(re.subn(r"(b)", repl, "abcb"))

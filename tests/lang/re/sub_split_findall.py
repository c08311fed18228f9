# sub/subn with templates and functions, split with groups and maxsplit,
# findall with and without groups, finditer.
import re

print(re.sub(r"\d+", "#", "a1b22c333"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home ann@work"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"))
print(re.sub(r"a", r"\g<0>\g<0>", "banana"))
print(re.sub(r"x", r"\n-\t|", "axb"))
print(re.subn(r"o", "0", "foo boo", count=3))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "1 2 3 9"))


def shout(m):
    return m.group(1).upper() + "!"


print(re.sub(r"(\w+)", shout, "hi there"))
print(re.compile(r"\s+").sub(" ", "a   b \t\n c"))

print(re.split(r"\s*,\s*", "a , b,c ,d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"(-)|(\+)", "1-2+3"))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"\W+", "Words, words, words."))

print(re.findall(r"\d+", "12 apples and 3 pears"))
print(re.findall(r"(\w)=(\d)", "a=1 b=2 c=x"))
print(re.findall(r"(\w)=\d", "a=1 b=2"))
print(re.findall(r"(a)|b", "ab"))
for m in re.finditer(r"[A-Z]\w*", "Alice met Bob in Paris"):
    print(m.group(), m.span())
print([m.start() for m in re.compile("o").finditer("foo boo", 2, 6)])

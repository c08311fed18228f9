# match, fullmatch and search, with pos/endpos, on compiled patterns and
# through the module functions; Match reprs and truth.
import re

print(re.match(r"\d+", "123abc"))
print(re.match(r"\d+", "abc123"))
print(re.search(r"\d+", "abc123def"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.fullmatch(r"a|ab", "ab"))

p = re.compile(r"[a-z]+")
print(p.pattern, p.flags, p.groups)
print(p)
m = p.search("12 hello world", 3)
print(m.group(), m.start(), m.end(), m.span(), m.pos, m.endpos)
print(p.search("12 hello world", 3, 6))
print(p.match("hello", 1).group(0))
print(p.match("hello", 10))
print(p.fullmatch("hello world", 6))
if p.match("abc"):
    print("truthy")
print(re.search("^b", "ab", re.M), re.search("^b", "a\nb", re.M))
print(re.search("x$", "ax\n"), re.search(r"x\Z", "ax\n"))
print(re.search(r"\bfoo\b", "a foo b").span())
print(re.compile("a+", re.I | re.M))
print(re.compile(b"a+"))
print(re.match(b"[0-9]+", b"42 apples"))
print(re.escape("a.b*c?"), re.escape(b"1+1=2"))
print(re.search(re.escape("3.14"), "pi is 3.14159").group())

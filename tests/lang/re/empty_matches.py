# The empty-match rules of Python 3.7+ in sub, subn, findall, finditer and
# split.
import re

print(re.sub("x*", "-", "abxd"))
print(re.sub("x*", "-", ""))
print(re.subn("", "-", "abc"))
print(re.sub(r"\b", "|", "ab cd"))
print(re.findall("x*", "axxb"))
print(re.findall(r"\b", "ab cd"))
print(re.split("x*", "axbc"))
print(re.split(r"\b", "ab cd"))
print(re.split("", "abc"))
print(re.split("(x*)", "axb"))
print([m.span() for m in re.finditer("a*", "baac")])
print(re.sub("(?m)^", "> ", "one\ntwo\n"))
print(re.findall("(?m)$", "a\nb\n"))
print(re.sub("a|(b)", r"[\1]", "abc"))
print(re.sub("", "-", "", count=1))

# Groups: numbered, named, optional, nested; lastindex and lastgroup.
import re

m = re.match(r"(\w+) (\w+)(?: (\w+))?", "hello big world")
print(m.group(0), m.group(1), m.group(2, 3), m[3])
print(m.groups(), m.lastindex, m.lastgroup)
m = re.match(r"(\w+) (\w+)(?: (\w+))?", "hello world")
print(m.groups(), m.groups("-"), m.group(3), m.start(3), m.span(3))

d = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", "on 2024-03-17.")
print(d.group("year"), d["month"], d.groupdict(), d.lastgroup, d.lastindex)
print(d.span("day"), d.start("year"), d.end("month"))
print(d.re.groupindex, d.re.groups)
print(d.expand(r"\g<day>/\g<month>/\g<year> (\2)"))

n = re.match(r"((a)(b))", "ab")
print(n.lastindex, n.groups())
n = re.match(r"(a)(b)?", "ac")
print(n.lastindex, n.groups())
print(re.match(r"(?P<x>a)|(?P<y>b)", "b").groupdict("?"))
print(re.match(r"(a)\1", "aa"), re.match(r"(?P<c>.)(?P=c)", "zz").group())
print(re.match(r"(?i)HeLLo", "hello").group(), re.compile("(?i)x").flags)

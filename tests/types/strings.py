s = "Hello, World"
up = s.upper()
parts = s.split(", ")
joined = "-".join(parts)
n = s.find("W")
starts = s.startswith("He")
ch = s[0]
sub = s[1:4]
fs = f"{n} and {up!r}"
pct = "%d items" % n
rep = s * 2
head, sep, tail = s.partition(",")
enc = s.encode()
print(up, parts, joined, n, starts, ch, sub, fs, pct, rep, head, sep, tail, enc)

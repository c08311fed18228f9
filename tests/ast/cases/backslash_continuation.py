x = 1 + \
    2
if a and \
   b:
    pass
with open("a") as f, \
     open("b") as g:
    pass
s = "abc" \
    "def"
y = [1, \
2]
assert x, \
    "message"
\

z = 3

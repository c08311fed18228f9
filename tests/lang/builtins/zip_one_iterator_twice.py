# zip(it, it) over one iterator pairs consecutive items: each argument's
# iterator must take an item only when zip asks it for one.
def numbers(n):
    for i in range(n):
        yield i


g = numbers(7)
print(list(zip(g, g)))
print(list(g))
it = iter(range(7))
print(list(zip(*[it] * 2)))
words = iter("the quick brown fox jumps".split())
print(dict(zip(words, words)))
letters = iter("abcdefgh")
print(["".join(t) for t in zip(letters, letters, letters)])
print(next(letters, "done"))
squares = (x * x for x in range(6))
print(list(enumerate(zip(squares, squares))))
lines = iter(["name", "ann", "age", "31"])
for key, value in zip(lines, lines):
    print(key, "=", value)

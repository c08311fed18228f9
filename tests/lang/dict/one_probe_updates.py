# d[k] = d.get(k, c) OP x and d[k] OP= x: counts, sums and appends into
# dicts of int and str keys, new keys and present ones, resizes on the way,
# deleted entries, and operations that raise before anything is stored.


def count_words(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def squares_by_residue(n):
    sums = {}
    for i in range(n):
        key = i % 7
        sums[key] = sums.get(key, 0) + i * i
    return sums


def float_totals(pairs):
    totals = {}
    for name, amount in pairs:
        totals[name] = totals.get(name, 0.5) + amount
    return totals


def joined(pairs):
    out = {}
    for key, piece in pairs:
        out[key] = out.get(key, "<") + piece
    return out


counts = count_words("the cat and the dog and the bird the end")
print(counts, len(counts))
print(list(counts.items()))

print(squares_by_residue(50))
print(float_totals([("a", 1.25), ("b", 2.0), ("a", 0.25), ("c", -1.0)]))
print(joined([(3, "x"), (1, "y"), (3, "z"), (2, ""), (1, "w")]))

# Many new keys through the update: the table resizes under it.
grow = {}
for i in range(200):
    grow[i * 3] = grow.get(i * 3, 100) - i
    step = i * 3
    grow[step] = grow.get(step, 100) - i
print(len(grow), sum(grow.values()), list(grow)[:5], list(grow)[-3:])

# Big ints and negative keys.
big = {}
for k in (-1, -2, -1, 5, -1):
    big[k] = big.get(k, 0) + 2 ** 70
print(big)

# Deleted entries, then the key counted again: it goes to the end.
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
key = "a"
d[key] = d.get(key, 10) * 2
key = "b"
d[key] = d.get(key, 10) * 2
print(d, list(d))

# Augmented forms.
scores = {"x": 5, "y": 7}
name = "x"
scores[name] += 3
scores[name] -= 1
name = "y"
scores[name] *= 4
scores[name] //= 3
scores[name] **= 2
scores[name] %= 1000
print(scores)
floats = {1: 1.5}
k = 1
floats[k] /= 4
floats[k] += 2
print(floats)
text = {0: "ab"}
k = 0
text[k] += "cd"
text[k] *= 2
print(text)

# Raising before any store: the dict is left as it was.
zero = 0
totals = {"a": 6}
for key in ("a", "b"):
    try:
        totals[key] = totals.get(key, 1) // zero
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, totals)
try:
    key = "a"
    totals[key] //= zero
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, totals)
try:
    key = "missing"
    totals[key] += 1
except KeyError as e:
    print("KeyError:", e, totals)
try:
    key = "a"
    totals[key] = totals.get(key, 0) + "s"
except TypeError as e:
    print("TypeError:", e, totals)

# The operand's own value is read at the update, after earlier ones changed it.
acc = {}
step = 1
for i in range(5):
    key = i % 2
    acc[key] = acc.get(key, 0) + step
    step += i
print(acc, step)

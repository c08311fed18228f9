# A class statement in a loop body of a function runs once per iteration:
# one class object each time, with that iteration's class attributes. The
# methods read the loop variable's cell, so they all see its last value,
# as in CPython.


def build(names):
    out = []
    for i, name in enumerate(names):
        class Item:
            index = i
            label = name.upper()

            def show(self):
                return f"{self.label}#{self.index} (last i={i})"

        out.append(Item)
    return out


classes = build(["a", "b", "c"])
print(len(classes), len(set(classes)), classes[0] is classes[1])
print([c.index for c in classes], [c.label for c in classes])
print([c().show() for c in classes])
print([isinstance(classes[0](), c) for c in classes])


def tally(words):
    seen = {}
    for w in words:
        class Entry:
            word = w

            def key(self):
                return len(w)

        seen[w] = Entry
    return seen


t = tally(["x", "yy", "zzz"])
print([(k, v.word, v().key()) for k, v in t.items()])

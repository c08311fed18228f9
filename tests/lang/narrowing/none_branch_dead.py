# A function called only with None for a parameter: the branch that uses
# the parameter as something else never runs and must not matter.


class Box:
    def __init__(self):
        self.items = {"a": 1}

    def size(self):
        return len(self.items)


def count(box=None):
    if box is None:
        return 0
    s = 0
    for k, v in box.items.items():
        s += v
    box.items["b"] = 2
    return s + box.items["a"]


def label(s=None):
    if s is None:
        return "-"
    else:
        return s.strip().upper() + str(len(s.split()))


def call(cb=None):
    if cb is not None:
        return cb(3)
    return 0


def size(box=None):
    return box.size() if box is not None else -1


def nonempty(box=None):
    if box is not None and box.size() > 0:
        return "yes"
    return "no"


def keys(box=None):
    if not box:
        return []
    return sorted(box.items)


print(count(), label(), call(), size(), nonempty(), keys())
print(label(" a b "), size(Box()), nonempty(Box()), keys(Box()))

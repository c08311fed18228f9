# A class defined inside a function: its methods (and its body) read the
# function's variables through cells, late-bound as in CPython (a class
# object per run: local_class_per_run*.py).


def make(scale, label):
    offset = 1

    class Node:
        kind = label.upper()

        def __init__(self, v):
            self.v = v

        def clone(self):
            return Node(self.v * scale + offset)

        def describe(self):
            return f"{label}:{self.v}"

        def __repr__(self):
            return f"Node({self.v})"

    offset = 10  # late binding: the methods see the last value
    n = Node(2)
    print(n.clone(), n.describe(), Node.kind)
    return n.clone().clone()


print(make(3, "a"))


def counter_class(start):
    count = start

    class Counter:
        def bump(self):
            nonlocal count
            count += 1
            return count

        def peek(self):
            return count

    c = Counter()
    c.bump()
    c.bump()
    return c.peek(), count


print(counter_class(5))


def solve(values):
    # A helper class used only during the call.
    limit = max(values)

    class Box:
        def __init__(self, x):
            self.x = x

        def big(self):
            return self.x * 2 > limit

    return [Box(v).big() for v in values]


print(solve([10, 3, 6]))

# `f(*cur)` where cur's type includes None (a deque or a list of optional
# rows): the members that can be iterated fill the parameters; None raises
# the TypeError CPython gives, naming the function by module and qualname.
from collections import deque


def neighbors(r, c):
    for dr, dc in ((0, 1), (1, 0)):
        yield r + dr, c + dc


def add(a, b):
    return a + b


def walk(start):
    seen = {start}
    queue = deque([start])
    while queue:
        cur = queue.popleft()
        for n in neighbors(*cur):
            if n not in seen and max(n) < 3:
                seen.add(n)
                queue.append(n)
    return sorted(seen)


print(walk((0, 0)))
rows = [(1, 2), "xy", None]
for row in rows:
    try:
        print(add(*row))
    except TypeError as e:
        print("TypeError:", e)
print(add.__module__, neighbors.__module__, deque.__module__)

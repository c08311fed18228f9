# Generator expressions and yield from over tuples whose items differ in type (classes, mixed values).
t = (int, float)
print(", ".join(a.__name__ for a in t))
print([c.__name__ for c in t], list(t))
def gen():
    yield from (1, "a", 2.5)
print(list(gen()), sorted(k.__name__ for k in (str, bytes)), any(x is None for x in (1, None)))
print(list(x for x in (1, "b") if x), sorted({type(v).__name__ for v in (1, "s", 1.5)}))

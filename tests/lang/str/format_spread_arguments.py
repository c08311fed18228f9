# str.format with *args and **kwargs, and format_map.
args = (1, "two", 3.5)
print("{} {} {}".format(*args))
kw = {"name": "x", "n": 3}
print("{name}={n}".format(**kw))
a = [1, 2]
k = {"z": 9}
print("{}-{}-{z}".format(*a, **k))
print("{0}{1}{0}".format(*"ab"))
print("{}|{}|{}".format(0, *a))
fmt = "{a:>5}|{b!r}"
print(fmt.format(**{"a": 1, "b": "q"}))
d = {"x": 1, "y": [1, 2]}
print("{x} {y[1]}".format_map(d))


class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{a} {b}".format_map(Default(a=1)))


def show(*parts, **named):
    return " ".join(["{}"] * len(parts)).format(*parts) + " {k}".format(**named)


print(show(1, 2, 3, k="v"))
print("{}{}".format(*(x * 2 for x in range(2))))
try:
    "{} {}".format(*[1])
except IndexError as e:
    print("IndexError", e)
try:
    "{q}".format_map({})
except KeyError as e:
    print("KeyError", e)

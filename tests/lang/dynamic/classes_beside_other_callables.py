# Classes held beside functions, builtins and plain values, called through
# the container: each constructs as CPython's type call does.
class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Tag:
    pass


def double(v=1):
    return v * 2


makers = {"point": Point, "double": double, "limit": 10}
print(makers["point"](), makers["point"](1, 2), makers["point"](y=5), makers["double"](4))
for name in ("point", "double"):
    print(name, makers[name]())
pipeline = [Point, len, str, Tag]
print([type(f("ab")).__name__ if f is not Tag else type(f()).__name__ for f in pipeline])
try:
    makers["limit"]()
except TypeError as e:
    print(e)
try:
    makers["point"](1, 2, 3)
except TypeError as e:
    print(e)

# with on a manager whose class is known only at run time: a union of
# classes, an item of a mixed list, a class without __exit__.
class Quiet:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return True  # swallows


class Loud:
    def __enter__(self):
        print("enter loud")
        return 42

    def __exit__(self, kind, value, tb):
        print("exit loud", kind is None)
        return False


def pick(n):
    return Quiet("q%d" % n) if n % 2 else Loud()


for n in range(4):
    try:
        with pick(n) as got:
            print("body", got)
            if n >= 2:
                raise ValueError(n)
        print("after", n)
    except ValueError as e:
        print("escaped", e)

managers = [Quiet("a"), 3, Loud()]
for m in managers:
    try:
        with m as x:
            print("got", x)
    except TypeError as e:
        print("TypeError:", e)


class EnterOnly:
    def __enter__(self):
        return self


for m in [EnterOnly(), Loud()]:
    try:
        with m:
            print("inside")
    except TypeError as e:
        print("TypeError:", e)


def leave_early(items):
    for m in items:
        with m as v:
            if v == 42:
                return "returned"
    return "done"


print(leave_early([Quiet("r"), Loud()]))

# Names bound in a class body by for, import, with ... as, def and class
# statements are the class's own; before those run a read finds the global.
import math

i = "global i"
sqrt = "global sqrt"
handle = "global handle"
helper = "global helper"
Inner = "global Inner"


class Box:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        return self.label

    def __exit__(self, *exc):
        return False


class A:
    seen_i = i
    for i in range(3):
        pass
    last_i = i
    seen_sqrt = sqrt
    from math import sqrt
    root = sqrt(16.0)
    seen_math = math.pi > 3
    import math
    seen_handle = handle
    with Box("opened") as handle:
        inside = handle
    seen_helper = helper

    def helper(self):
        return "method"

    after_helper = helper.__name__
    seen_inner = Inner

    class Inner:
        pass

    after_inner = Inner.__name__


print(A.seen_i, A.last_i, A.seen_sqrt, A.root, A.seen_math)
print(A.seen_handle, A.inside, A.handle)
print(A.seen_helper, A.after_helper, A().helper())
print(A.seen_inner, A.after_inner)

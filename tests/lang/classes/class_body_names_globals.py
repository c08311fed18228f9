# A class body's name that the body both reads and binds is looked up in the
# class namespace, then the module's globals, then the builtins (LOAD_NAME).


def show():
    return "global show"


class A:
    show = show
    x = 1
    x = x + 1
    print(show(), x)


print(A.show(), A.x)

y = 10


class B:
    y = y + 5
    z = [y]


print(B.y, B.z, y)

count = 3


class C:
    count += 4
    total = count * 2
    label = "label"
    label += "!"


print(C.count, C.total, C.label, count)


# A name read before the body binds it further down reads the global; once
# bound, the class's own.
scale = 2.5


class D:
    first = scale
    scale = 10
    second = scale


print(D.first, D.second, D.scale, scale)


# A builtin of the same name, when no global holds one.
class E:
    len = len
    size = len("abcd")
    sorted = sorted
    ordered = sorted([3, 1, 2])


print(E.size, E.ordered, E.len("xy"))


# A name bound on one branch only: the class's own where it ran, else the global.
flag = "global flag"


def branch(choice):
    class F:
        if choice:
            flag = "class flag"
        seen = flag
    return F.seen


print(branch(True), branch(False))

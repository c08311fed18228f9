# Defaults of methods are evaluated in the class body: before the class binds
# the name they read the global, after it the class's own. A global bound
# only after the class statement ran is a NameError there.
limit = 5


class Base:
    tag = "base"


class A:
    def f(self, n=limit):
        return n
    limit = 7
    def g(self, n=limit):
        return n
    Base = Base
    print = print
    kinds = [type(x).__name__ for x in (limit, Base)]


print(A().f(), A().g(), A.Base.tag, A.kinds)


class B:
    try:
        later = defined_later
    except NameError as e:
        print("B:", e)


def defined_later():
    return 1


class C:
    later = defined_later
    later2 = later()


print(C.later2)
def make():
    class D:
        items = []
        items = items + [1]
        while len(items) < 3:
            items = items + [len(items)]
    return D.items
print(make())

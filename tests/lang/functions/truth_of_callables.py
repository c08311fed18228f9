# Functions, lambdas, classes and bound methods are always true.
f = lambda: 1


def h():
    return 2


class C:
    def m(self):
        return 3


c = C()
if f:
    print("lambda")
if h:
    print("def")
if C:
    print("class")
if c.m:
    print("method")
print(bool(f), not h, bool(C), not c.m)
handler = h if h else f
print(handler())
print(len and "builtin")
while not f:
    break
print(f and f())

# A class in a function: a name the body binds is read from the class
# namespace, then the module's globals (not the function's variables); a
# name it only reads comes from the function (LOAD_CLASSDEREF).
level = "module"


def outer():
    level = "function"
    kept = "function kept"

    class C:
        seen = level
        level = "class"
        own = level
        only_read = kept

        def method(self):
            return level, kept

    return C


C = outer()
print(C.seen, C.own, C.only_read, C().method())


def counter(start):
    class K:
        step = start
        total = 0
        total += step
        total += step
    return K.total


print(counter(2), counter(5))

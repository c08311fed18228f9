# `del` in a class body unbinds the class's name: later reads find the
# global again; deleting a name the class does not hold is a NameError.
value = "global"


class A:
    value = "class"
    before = value
    del value
    after = value


print(A.before, A.after, hasattr(A, "value"))


class B:
    temp = [1, 2]
    total = sum(temp)
    del temp
    try:
        del temp
    except NameError as e:
        message = str(e)


print(B.total, B.message, hasattr(B, "temp"))


class C:
    try:
        missing_name_here
    except NameError as e:
        print("read:", e)
    for i in range(3):
        if i == 1:
            value = "from loop"
        print(i, value)
        if i == 1:
            del value


print(hasattr(C, "value"))

# Reads of an enclosing function's variables: bound before the nested def
# on every path (no check needed), or possibly not (the NameError must
# still come, with CPython's message).
def straight(n):
    seen, total = set(), [0]
    limit = n * 2

    def visit(k):
        if k in seen or k > limit:
            return
        seen.add(k)
        total[0] += k
        visit(k + 3)
        visit(k + 5)

    visit(0)
    return len(seen), total[0]


def defined_first():
    def show():
        return value

    try:
        show()
    except NameError as e:
        print('NameError', e)
    value = 'late'
    return show()


def deleted_later():
    x = 1

    def get():
        return x

    first = get()
    del x
    try:
        get()
    except NameError as e:
        print('NameError', e)
    return first


def branch_bound(flag):
    if flag:
        y = 'set'

    def get():
        return y

    try:
        return get()
    except NameError as e:
        return 'NameError ' + str(e)


def handler_unbinds():
    e = 'before'

    def get():
        return e

    print(get())
    try:
        1 / 0
    except ZeroDivisionError as e:
        print('in handler', type(get()).__name__)
    try:
        get()
    except NameError as err:
        print('NameError', err)


def nonlocal_del():
    z = 5

    def drop():
        nonlocal z
        del z

    def get():
        return z

    print(get())
    drop()
    try:
        get()
    except NameError as err:
        print('NameError', err)


def params_and_unpacking(a, *rest):
    b, (c, *d) = a, rest

    def combine():
        return a, b, c, d

    a = 'rebound'
    return combine()


def decorated():
    def deco(f):
        try:
            f(0)
        except NameError as e:
            print('NameError', e)
        return f

    @deco
    def rec(k):
        return k if k > 2 else rec(k + 1)

    def plain(k):
        return k if k > 2 else plain(k + 1)

    return rec(0), plain(0)


print(straight(20))
print(decorated())
print(defined_first())
print(deleted_later())
print(branch_bound(True), branch_bound(False))
handler_unbinds()
nonlocal_del()
print(params_and_unpacking(1, 2, 3, 4))

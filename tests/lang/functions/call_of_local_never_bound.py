# A local whose only store always raises in one specialisation (args[0] of
# an empty tuple): the call through it after that store compiles, and the
# specialisations where the store succeeds call as usual.
def enter_or_call(args, kwargs):
    if not args:
        return kwargs.pop("msg", None)
    function = args[0]
    try:
        function(*args[1:], **kwargs)
    except ValueError as error:
        return "raised " + str(error)
    return "returned"


def check(*args, **kwargs):
    return enter_or_call(args, kwargs)


def first_of(items):
    try:
        head = items[0]
    except IndexError:
        return "empty"
    return head(*items[1:])


print(check(int, "x"))
print(check(int, "12"))
print(check(msg="no call"))
print(check())
print(first_of(()))
print(first_of((max, 3, 9)))

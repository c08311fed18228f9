# A class without __init__ takes no arguments, as a decorator too.


class Plain:
    pass


print('before')


@Plain
def f():
    return 1

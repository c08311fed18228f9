# An exception class without __init__ takes any positional arguments, and
# no keywords.
class Plain(Exception):
    pass


for args in [(), ('one',), ('a', 2)]:
    print(repr(Plain(*args)), Plain(*args, *args).args)
raise Plain('x', code=2)

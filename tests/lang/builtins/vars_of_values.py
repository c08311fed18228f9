# vars(x) and x.__dict__ where x's class is known only at run time.
class P:
    def __init__(self, x):
        self.x = x
        self.tag = 'p'


class Q:
    pass


class R(P):
    def __init__(self):
        super().__init__(0)
        self.more = [1, 2]


things = [P(1), Q(), R(), 3, 'str', None, 2.5]
for o in things:
    try:
        print(type(o).__name__, vars(o))
    except TypeError as e:
        print('TypeError', e)
    try:
        print(type(o).__name__, o.__dict__)
    except AttributeError as e:
        print('AttributeError', e)
print(sorted(vars(things[2])), vars(things[0]) == things[0].__dict__)

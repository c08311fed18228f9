# getattr()/hasattr() with names known only at run time, on the program's
# instances (fields, class attributes, methods) and on other values.
class Cfg:
    debug = False
    def __init__(self):
        self.level = 1
    def bump(self, n):
        self.level += n
        return self.level

c = Cfg()
names = ['level', 'debug', 'nope']
for n in names:
    print(n, getattr(c, n, 'dflt'), hasattr(c, n))
print(getattr(c, 'bu' + 'mp')(4), c.level)
method = getattr(c, names[0][:0] + 'bump')
print(method(2), c.level)
mixed = [c, 3, 'text', None]
for o in mixed:
    print(type(o).__name__, hasattr(o, 'level'), getattr(o, 'level', None))
try:
    getattr(c, 'miss' + 'ing')
except AttributeError as e:
    print('AttributeError', e)
try:
    getattr(c, 42)
except TypeError as e:
    print('TypeError', e)
key = 'level' if len(names) > 5 else 7
try:
    hasattr(c, key)
except TypeError as e:
    print('TypeError', e)
print(id(c) == id(mixed[0]), id(c) == id(names), isinstance(id(c), int))

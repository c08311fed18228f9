class Cfg:
    debug = False
    def __init__(self):
        self.level = 1
c = Cfg()
print(getattr(c, 'level'), getattr(c, 'debug'), getattr(c, 'nope', 'dflt'), hasattr(c, 'level'), hasattr(c, 'nope'))
setattr(c, 'level', 5)
setattr(c, 'dynamic_' + 'name', [1])
print(c.level, c.dynamic_name, sorted(vars(c)))
delattr(c, 'level')
print(hasattr(c, 'level'))
try:
    getattr(c, 'missing')
except AttributeError as e:
    print('AttributeError', e)
for attr in ['upper', 'lower', 'title']:
    print(getattr('hello World', attr)())
print(getattr(c, '__class__').__name__, callable(getattr(c, '__init__')))

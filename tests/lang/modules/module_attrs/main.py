import util
print(util.__doc__, util.__name__)
print(sorted(n for n in dir(util) if not n.startswith('__')))
print(getattr(util, 'value'), getattr(util, 'missing', 'none'), callable(util.sqrt2), util.sqrt2())
print(util.Thing.__module__, util.Thing.__qualname__, util._m.pi > 3)
try:
    util.nope
except AttributeError as e:
    print('AttributeError', e)
try:
    from util import nothing_here
except ImportError as e:
    print('ImportError', str(e).split(' (')[0])

# Attributes the class never declares: setattr with run-time names, then
# getattr, hasattr, vars, __dict__, delattr and del.
class Record:
    """A bag of fields."""
    kind = 'record'

    def __init__(self, name):
        self.name = name


r = Record('r1')
for key, value in [('size', 3), ('tags', ['a', 'b']), ('kind', 'own')]:
    setattr(r, key, value)
print(r.name, getattr(r, 'size'), getattr(r, 'tags'), getattr(r, 'kind'), Record.kind)
print(vars(r))
print(r.__dict__)
print(hasattr(r, 'size'), hasattr(r, 'missing'), getattr(r, 'missing', 'default'))
name = 'si' + 'ze'
delattr(r, name)
print(hasattr(r, 'size'), sorted(vars(r)))
setattr(r, 'col' + 'or', 'red')
print(list(vars(r)), getattr(r, 'color') if hasattr(r, 'color') else None)
delattr(r, 'color')
print(hasattr(r, 'color'), vars(r))
del r.name
print(hasattr(r, 'name'), vars(r))
print(r.__module__, r.__doc__, r.__class__.__name__, getattr(r, '__module__'))
print([n for n in dir(r) if not n.startswith('__')])
print([n for n in dir(Record) if not n.startswith('__')])
print(dir(r) == sorted(dir(r)), '__init__' in dir(r), '__dict__' in dir(Record))


class Plain:
    pass


p = Plain()
print(vars(p), p.__doc__, dir(p) == dir(Plain))
try:
    delattr(r, 'nothing')
except AttributeError as e:
    print('AttributeError:', e)

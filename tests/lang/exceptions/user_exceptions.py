class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return '%s: %s' % (self.field, self.problem)
class Plain(Exception):
    pass
try:
    raise ValidationError('age', 'must be positive')
except ValueError as e:
    print(type(e).__name__, e, e.args, e.field, repr(e))
for args in [(), ('one',), ('a', 2), (None,)]:
    e = Plain(*args)
    print(repr(e), '[%s]' % e, e.args)
try:
    raise Plain
except Plain as e:
    print('raised class:', repr(e))
class WithDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
print(str(WithDefault()), str(WithDefault('custom')))
e = KeyError('k')
print(str(e), repr(e), str(KeyError()), str(KeyError(1, 2)), str(OSError(2, 'No such file')))

# except*: each clause takes its part of the group; what is left, and what
# the clauses raise, leave together.
def show(label, e):
    print(label, type(e).__name__, repr(e))

try:
    raise ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ValueError('v2'), KeyError('k')])
except* ValueError as eg:
    show('values', eg)
except* (TypeError, KeyError) as eg:
    show('others', eg)

# The unmatched rest is raised on.
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        show('handled', eg)
except ExceptionGroup as e:
    show('rest', e)

# A naked exception is matched as a group of itself.
try:
    raise ValueError('naked')
except* ValueError as eg:
    show('naked', eg)
    print(repr(eg.exceptions[0]))
try:
    try:
        raise ValueError('naked2')
    except* TypeError:
        print('not here')
except ValueError as e:
    show('unmatched naked', e)
try:
    try:
        raise ValueError('x')
    except* ValueError:
        raise
except ExceptionGroup as e:
    show('bare raise of naked', e)

# raise inside an except* clause.
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise KeyError('new')
except ExceptionGroup as e:
    show('raised', e)
    print(repr(e.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    show('bare raise', e)
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError('from type')
except ExceptionGroup as e:
    show('mixed', e)

# Nested groups keep their shape.
try:
    try:
        raise ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')])])
    except* ValueError as eg:
        show('nested values', eg)
except ExceptionGroup as e:
    show('nested rest', e)

# else and finally.
for fail in (False, True):
    try:
        if fail:
            raise ExceptionGroup('f', [IndexError(0)])
        print('body ok')
    except* IndexError as eg:
        show('index', eg)
    else:
        print('else')
    finally:
        print('finally')

# A group of BaseExceptions.
try:
    raise BaseExceptionGroup('base', [KeyboardInterrupt(), ValueError('v')])
except* KeyboardInterrupt as eg:
    show('interrupt', eg)
except* ValueError as eg:
    show('value', eg)

# except* in a function, the name unbound after the clause.
def handle():
    try:
        raise ExceptionGroup('fn', [ZeroDivisionError('z')])
    except* ZeroDivisionError as err:
        got = repr(err)
    try:
        err
    except NameError as e:
        print('unbound:', e)
    return got
print(handle())

try:
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
except TypeError as e:
    print('TypeError', e)

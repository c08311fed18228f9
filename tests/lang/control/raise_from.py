class AppError(Exception):
    pass
def load(key):
    try:
        return {'a': 1}[key]
    except KeyError as e:
        raise AppError('missing ' + key) from e
try:
    load('b')
except AppError as e:
    print(e, repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print(e, type(e.__context__).__name__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('suppressed') from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
def reraise():
    try:
        int('x')
    except ValueError:
        print('logging then re-raising')
        raise
try:
    reraise()
except ValueError as e:
    print('got', e)

# __cause__, __context__ and __suppress_context__ of a user exception,
# also when the variable may hold another exception class.
class AppError(Exception):
    pass
def fail(key):
    try:
        return {'a': 1}[key]
    except KeyError as e:
        raise AppError('no ' + key) from e
try:
    fail('z')
except AppError as e:
    print(repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        int('q')
    except ValueError:
        raise AppError('plain')
except AppError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__cause__, e.__context__)

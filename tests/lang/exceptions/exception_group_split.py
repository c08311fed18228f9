# BaseExceptionGroup/ExceptionGroup: construction, attributes, split,
# subgroup, derive, str and repr.
eg = ExceptionGroup('top', [ValueError('v1'), TypeError('t1'), ExceptionGroup('inner', [ValueError('v2'), KeyError('k')])])
print(str(eg))
print(repr(eg))
print(eg.message, len(eg.exceptions), type(eg.exceptions).__name__)
print(repr(eg.args[0]), repr(eg.args[1]))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), isinstance(eg, ExceptionGroup))

match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(type(match).__name__, match.message, rest.message)

match, rest = eg.split((KeyError, TypeError))
print(repr(match), repr(rest))

print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and 'v2' in str(e))))
print(eg.subgroup(OSError))
print(eg.subgroup(Exception) is eg)
m, r = eg.split(lambda e: False)
print(m, r is None or repr(r))
m, r = eg.split(Exception)
print(m is eg, r)

d = eg.derive([IndexError('i')])
print(repr(d), type(d).__name__)

b = BaseExceptionGroup('b', [ValueError('x')])
print(type(b).__name__, repr(b))
b2 = BaseExceptionGroup('b2', [KeyboardInterrupt(), ValueError('y')])
print(type(b2).__name__, str(b2), isinstance(b2, Exception))
m, r = b2.split(KeyboardInterrupt)
print(repr(m), repr(r), type(r).__name__)

one = ExceptionGroup('one', (ZeroDivisionError('z'),))
print(str(one), repr(one))

makers = [lambda: ExceptionGroup('m'), lambda: ExceptionGroup('m', [ValueError()], 3),
          lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup('m', []), lambda: ExceptionGroup('m', 5),
          lambda: ExceptionGroup('m', [1, ValueError()])]
for make in makers:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup('m', [KeyboardInterrupt()])
except TypeError as e:
    print('TypeError', e)
try:
    eg.split(42)
except TypeError as e:
    print('TypeError', e)

# split keeps the traceback, cause and context of the group it came from.
try:
    try:
        raise KeyError('ctx')
    except KeyError:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)]) from OSError('cause')
except ExceptionGroup as caught:
    m, r = caught.split(ValueError)
    print(repr(m.__cause__), repr(m.__context__), repr(r.__cause__), r.__suppress_context__)
    print(repr(caught.exceptions[0]), caught.exceptions[1].args)

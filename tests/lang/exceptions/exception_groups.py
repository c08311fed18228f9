try:
    raise ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
except* ValueError as eg:
    print('values:', [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print('types:', [str(e) for e in eg.exceptions])
eg = ExceptionGroup('top', [KeyError('k'), ExceptionGroup('inner', [IndexError('i')])])
print(eg, len(eg.exceptions), repr(eg.exceptions[0]))
match, rest = eg.split(KeyError)
print(match.exceptions, rest.exceptions[0].exceptions)

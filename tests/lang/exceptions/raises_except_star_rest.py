try:
    raise ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), KeyError('c')])])
except* ValueError as eg:
    print('handled', repr(eg))
except* KeyError:
    print('keys')

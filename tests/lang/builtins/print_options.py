import sys
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=', ', end='!\n')
print(1, 2.0, None, True, [1], sep=' | ')
print()
print('no newline', end='')
print(' then newline')
print(*range(5), sep='-', end='.\n')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print('sep None', 'ok', sep=None, end=None)
print('')
print('multi\nline', 'tab\tsep')
print(*[], sep='x')
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError', e)

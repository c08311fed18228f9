import sys
data = sys.stdin.read()
print('stdin had', len(data), 'chars', repr(data[:10]))
print(sys.stdin.isatty(), sys.stdout.isatty())

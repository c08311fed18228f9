import sys
args = sys.argv[1:]
n = int(args[0]) if args else 7
print('size', n, 'args', args)

import sys
first = sys.stdin.readline()
print(repr(first), len(first))
for line in sys.stdin.readlines():
    s = line.rstrip('\n')
    print(len(s), s[::-1], s.upper())

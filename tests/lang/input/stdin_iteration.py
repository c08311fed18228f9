import sys
words = 0
lines = 0
longest = ''
for line in sys.stdin:
    lines += 1
    parts = line.split()
    words += len(parts)
    for p in parts:
        if len(p) > len(longest):
            longest = p
print(lines, words, longest)

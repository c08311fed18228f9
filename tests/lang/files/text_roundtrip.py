# Text files: write, read back whole, by line, by size, appended, updated in place.
with open('notes.txt', 'w') as f:
    print(f.write('alpha\n'), f.write('βeta 𝔘\n'), f.write(''))
    f.writelines(['gamma\n', 'delta'])
    print(f.closed, f.mode, f.name, f.encoding)
print(f.closed)

with open('notes.txt') as f:
    print(repr(f.read(3)), repr(f.read(4)), f.tell())
    print(repr(f.readline()))
    print(repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))

with open('notes.txt', 'a') as f:
    print(f.tell())
    f.write('\nepsilon\n')

lines = []
with open('notes.txt') as f:
    for line in f:
        lines.append(line)
print(lines)

with open('notes.txt', 'r+') as f:
    print(repr(f.readline()))
    f.seek(0)
    f.write('ALPHA')
    f.seek(0, 2)
    f.write('zeta\n')
    f.seek(0)
    print(f.read())

f = open('notes.txt')
print(sum(1 for _ in f), f.readlines())
f.close()
f.close()
print([len(l) for l in open('notes.txt')])

# print(..., file=f) at volume, with sep, end and flush.
with open('out.txt', 'w') as f:
    for i in range(5000):
        print(i, i * i, sep=',', file=f)
    print('last', end='!', file=f, flush=True)
with open('out.txt') as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-2], lines[-1])
total = 0
with open('out.txt') as f:
    for line in f:
        if ',' in line:
            total += int(line.split(',')[1])
print(total)

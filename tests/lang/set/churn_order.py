# Sets that keep gaining and losing keys: where a key lands depends on the
# dummies deleted keys leave and on when the table is rebuilt, and the slot
# order is what iteration and repr show.
seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


for span in (8, 40, 300):
    s = set()
    for step in range(3000):
        k = rand(span) - span // 3
        if rand(3) == 0 and s:
            s.discard(k if k in s else next(iter(s)))
        else:
            s.add(k)
        if step % 500 == 499:
            print(span, len(s), list(s)[:12])
    while len(s) > 5:
        s.pop()
    print(sorted(s) == sorted(set(s)), s)

words = set()
for i in range(400):
    words.add('w%d' % rand(90))
    if i % 3 == 0:
        words.discard('w%d' % rand(90))
print(len(words), sorted(words)[:5], 'w7' in words, 'w200' in words)

t = {(i, -i) for i in range(50)}
for i in range(0, 50, 2):
    t.remove((i, -i))
t |= {(i, i) for i in range(10)}
print(len(t), list(t)[:8])

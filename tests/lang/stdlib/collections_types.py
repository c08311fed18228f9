from collections import Counter, OrderedDict, defaultdict, deque

words = 'the cat and the hat and the bat'.split()
counts = Counter(words)
print(counts, counts.most_common(2), counts['the'], counts['dog'], counts.total())
counts.update(['cat', 'cat'])
counts.subtract({'the': 3})
print(counts, sorted(counts.elements())[:4], +counts)
print(Counter('abracadabra') - Counter('banana'), Counter(a=2) | Counter(a=1, b=1), Counter(a=3) & Counter(a=1))

by_length = defaultdict(list)
for w in words:
    by_length[len(w)].append(w)
print(by_length, dict(by_length), by_length[9])
tally = defaultdict(int)
for ch in 'mississippi':
    tally[ch] += 1
print(sorted(tally.items()))

od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a')
od.move_to_end('c', last=False)
print(od, od.popitem(), od.popitem(last=False), od)

q = deque([1, 2, 3], maxlen=5)
q.appendleft(0)
q.extend([4, 5, 6])
print(q, q.popleft(), q.pop(), q[0], q[-1], len(q), 3 in q)
q.rotate(2)
print(q, list(reversed(q)), q.count(3), q.index(4))
window = deque(maxlen=3)
sums = []
for x in range(1, 8):
    window.append(x)
    sums.append(sum(window))
print(sums, window)
try:
    deque().pop()
except IndexError as e:
    print('IndexError', e)

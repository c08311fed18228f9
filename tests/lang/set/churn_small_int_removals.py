# Small-int sets that keep losing keys (nqueens' add/remove pattern): once a
# table holds many dummies, removals find keys another way; the slot order
# that iteration, repr and pop show must stay CPython's through removals,
# resizes, in-place operators, copies and clear.
seed = 99


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


def churn(s, span, low, steps):
    for step in range(steps):
        k = rand(span) + low
        if k in s:
            s.remove(k)
        else:
            s.add(k)
        if rand(7) == 0 and s:
            s.discard(next(iter(s)))


for span, low in ((12, 0), (23, 0), (23, -11), (60, -64), (130, 50), (200, -70)):
    s = set()
    for round_ in range(6):
        churn(s, span, low, 150)
        print(span, low, len(s), list(s))
    c = s.copy()
    churn(c, span, low, 40)
    print('copy', list(c), list(s))
    s -= {low, low + 1, low + 5}
    print('-=', list(s))
    s &= set(range(low, low + span, 2))
    churn(s, span, low, 60)
    print('&=', list(s))
    s ^= {low + 3, low + 4}
    churn(s, span, low, 60)
    print('^=', list(s))
    s |= {low + 7, 1000, -1000}
    churn(s, span, low, 60)
    print('|=', list(s))
    popped = [s.pop() for _ in range(min(4, len(s)))]
    churn(s, span, low, 30)
    print('pop', popped, list(s))
    s.clear()
    churn(s, span, low, 90)
    print('clear', list(s))

# The queens' own pattern: three sets, each key added and removed in turn.
cols, d1, d2 = set(), set(), set()
count = 0


def place(row, n):
    global count
    if row == n:
        count += 1
        if count % 40 == 1:
            print(count, list(cols), list(d1), list(d2))
        return
    for col in range(n):
        if col in cols or row + col in d1 or row - col in d2:
            continue
        cols.add(col)
        d1.add(row + col)
        d2.add(row - col)
        place(row + 1, n)
        cols.remove(col)
        d1.remove(row + col)
        d2.remove(row - col)


place(0, 7)
print(count, cols, d1, d2)
try:
    cols.remove(3)
except KeyError as e:
    print('KeyError', e)

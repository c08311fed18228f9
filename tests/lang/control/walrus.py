data = [1, 5, 12, 7, 20, 3]
if (n := len(data)) > 5:
    print('long list', n)
print([y for x in data if (y := x * 2) > 10])
print(y)
it = iter(data)
while (v := next(it, None)) is not None:
    if v > 10:
        print('first big', v)
        break
total = 0
print([total := total + x for x in data], total)
def f():
    if (m := max(data)) > 15:
        return m
print(f())
print((a := 3) + a, a)

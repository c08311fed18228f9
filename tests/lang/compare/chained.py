x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5 > 0, 1 == 1 < 2, 3 > 2 == 2, 1 < 2 < 3 < 2)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(0) < f(5), calls)
calls.clear()
print(f(1) < f(2) < f(3), calls)
print(0 < 0.5 < True, 'a' < 'b' < 'c', [1] < [2] < [3])
print(1 in [1, 2] in [[1, 2]], 2 not in [1] not in [[2]])

def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / n
    return n, mean, var
n, mean, var = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(n, mean, var)
result = stats([1.5, 2.5])
print(result, type(result).__name__, result[1:])
def swap_pairs(pairs):
    return tuple((b, a) for a, b in pairs)
print(swap_pairs([(1, 2), ('x', 'y')]))
print(divmod(17, 5) + (0,), tuple(map(str, (1, 2))))

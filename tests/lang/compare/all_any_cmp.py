xs = [3, 5, 7, 9]
print(all(x % 2 for x in xs), any(x > 8 for x in xs), all([]), any([]), all([0, 1]), any(['', 0, None, 'x']))
print(sorted(xs) == xs, xs == sorted(xs, reverse=True)[::-1], all(a < b for a, b in zip(xs, xs[1:])))
print(min(xs) == xs[0] <= max(xs) == xs[-1])

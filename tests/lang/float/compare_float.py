print(0.1 + 0.2 > 0.3, 0.1 + 0.2 == 0.30000000000000004, 1.0 == 1, 1.1 > 1)
xs = [3.5, -1.25, 2.0, 1e-10, -0.0, 0.0, 100.0]
print(sorted(xs), max(xs), min(xs))
print(sorted(xs, reverse=True))
print(float(2 ** 63) == 2 ** 63, float(2 ** 63) == 2 ** 63 + 1, 2 ** 63 + 1 > float(2 ** 63))
print(1.0 in [1, 2], 2 in {2.0: 'x'}, {2.0: 'x'}[2])

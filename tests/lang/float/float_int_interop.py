print(7 / 2, 7 // 2, 7.0 // 2, -7 / 2, 2 ** 0.5, 4 ** 0.5, 10 ** -2, 10.0 ** 2)
print(int(7 / 2), round(7 / 2), int(-3.5), round(-3.5), float(1 << 60), 1 << 60 == float(1 << 60))
print(3 * 1.0, type(3 * 1.0).__name__, type(6 // 2.0).__name__, 1e3 == 1000, (0.5).as_integer_ratio())
print(sum([1, 2.0]), max(1, 1.0), max(1.0, 1), 5 % 2.5, 10 ** 15 + 0.3)

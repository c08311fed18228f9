s = {1, 1.0, True, 2, 2.5}
print(len(s), sorted(s), 1 in s, 1.0 in s, 2.5 in s, 3 in s)
print({0, False, 0.0, -0.0}, {10 ** 20, 10 ** 20 + 0.0})
print({-1, -2, -3}, {2 ** 40, 1, 2}, set(range(30, 0, -4)))

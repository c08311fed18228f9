pairs = [(1, 'first'), (3, 'a'), (3, 'b'), (0, 'z'), (0, 'y')]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0]))
print(max([1, 1.0, True]), min([True, 1, 1.0]), max([0.0, -0.0]), min([-0.0, 0.0]))

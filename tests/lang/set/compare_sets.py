print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), {1} < {1, 2}, {1, 2} > {1, 2}, {1, 3} <= {1, 2})
print(sorted([{3}, {1, 2}], key=len), {1, 2.0, True})
print(set() == set(), set() is not set(), {(1, 2), (1, 2)}, {None})

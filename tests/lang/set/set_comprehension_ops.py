evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(evens & threes, sorted(evens - threes), sorted(evens ^ threes), len(evens | threes))
print(min(evens), max(threes), sum(evens), sorted(evens, reverse=True)[:3])
print({x * x for x in range(-3, 4)})
print(frozenset(range(3)) | frozenset(range(2, 5)), set(range(3)) == frozenset(range(3)))

words = ['apple', 'bob', 'civic', 'dog', 'level']
print({w: w[::-1] == w for w in words})
print({len(w) for w in words}, {c for c in 'hello' if c != 'l'} == {'h', 'e', 'o'})
print({i: i ** 2 for i in range(6) if i % 2 == 0})
print({k: v for k, v in zip('abc', range(3))})
print({x % 5 for x in range(100)})
print(sorted({(a, b) for a in range(3) for b in range(3) if a < b}))
inv = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inv)

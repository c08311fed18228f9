nums = [1, 2, 3, 4]
evens = [n for n in nums if n % 2 == 0]
squares = {n: n * n for n in nums}
letters = {c for c in "hello"}
matrix = [[i * j for j in range(3)] for i in range(3)]
flat = [x for row in matrix for x in row]
named = [(i, s) for i, s in enumerate("ab")]
print(evens, squares, sorted(letters), matrix, flat, named)

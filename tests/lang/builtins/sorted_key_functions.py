words = ['delta', 'Alpha', 'charlie', 'bravo', 'Echo', 'alpha']
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: (len(w), w)))
print(sorted(range(-5, 6), key=lambda x: (x * x, x)), sorted('Hello World', key=str.lower))
nums = [3.5, -2, 7, 0, -8.25]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: -x), sorted(map(str, nums)))

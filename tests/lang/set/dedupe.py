words = 'to be or not to be that is the question to be'.split()
seen = set()
unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique, len(seen))
print(sorted(set(words)), sorted({len(w) for w in words}))
print(list(dict.fromkeys(words)))
a = set('abracadabra')
b = set('alacazam')
print(sorted(a - b), sorted(a | b), sorted(a & b), sorted(a ^ b))

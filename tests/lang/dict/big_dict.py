d = {}
for i in range(5000):
    d[i * 7919 % 10007] = i
print(len(d), d[0], d[7919], sum(d.values()) % 1000)
for i in range(0, 10007, 3):
    d.pop(i, None)
print(len(d), list(d.items())[:5])
s = {str(i): i for i in range(1000)}
print(s['999'], list(s)[:5], len(s))

d = {i: i * i for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print('RuntimeError', e)
d = {'a': 1}
for k in d:
    d[k] = 2
print(d)

r = range(100)
for s in [slice(10, 20), slice(None, None, 7), slice(-5, None), slice(90, 10, -20), slice(None, None, -1), slice(200, 300)]:
    sub = r[s]
    print(sub, len(sub), list(sub)[:4])
print(range(10)[-1], range(10)[-10])
try:
    range(10)[-11]
except IndexError as e:
    print('IndexError', e)

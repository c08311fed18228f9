for s in [slice(None), slice(2, None), slice(None, None, 2), slice(1, -1, 3), slice(None, None, -2), slice(5, 1, -1)]:
    xs = list(range(10))
    del xs[s]
    print(s, xs)
ba = bytearray(b'abcdefgh')
del ba[::2]
print(ba)

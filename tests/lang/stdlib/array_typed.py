from array import array

a = array('i', [3, 1, 4, 1, 5])
a.append(9)
a.extend([2, 6])
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a.tolist(), a.count(1), a.index(4), 5 in a)
a[0] = 10
del a[1]
a.insert(0, -7)
print(a, a.pop(), a.pop(0), a, sum(a), max(a), sorted(a))
a.remove(4)
a.reverse()
print(a, a.itemsize, a.typecode, a.tobytes()[:8])

d = array('d', [0.5, 1.25])
d.append(3)
print(d, d * 2, d + array('d', [7.0]), [x * 2 for x in d], d == array('d', [0.5, 1.25, 3.0]))
f = array('f', [0.1, 2.5])
print(f, f.tolist(), f.itemsize)

b = array('b')
b.frombytes(b'\x01\xff\x7f')
print(b, array('B', b'\x01\xff'), array('u', 'hi'), array('u', 'hi').tounicode(), array('h'))
copy = array('i', a)
copy[1:3] = array('i', [0, 0, 0])
print(copy, copy > a, list(reversed(copy)))

for code, value in [('b', 128), ('B', -1), ('h', 40000), ('H', 70000), ('i', 2 ** 31), ('I', -1), ('Q', 2 ** 64)]:
    try:
        array(code, [value])
    except OverflowError as e:
        print(code, "OverflowError", e)
for bad in [lambda: array('x'), lambda: array('i', [1.5]), lambda: array('d', ['x']), lambda: array('i', [1])[3],
            lambda: array('i').pop(), lambda: array('i', [1]).index(2), lambda: array('i', [1]).extend(array('d'))]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)

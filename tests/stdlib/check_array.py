"""src/stdlib/array.py against CPython's array: every typecode's range
checks and messages, the sequence methods, slicing, bytes, reprs."""
import array

from differential import finish, load, same

ours = load('array')
VALUES = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536, 2 ** 31, -2 ** 31 - 1,
          2 ** 32, 2 ** 63, -2 ** 63 - 1, 2 ** 64, 1.5, 0.1, 1e300, True, 'a', 'ab', None]


def make(m, code, values):
    a = m.array(code, values)
    return repr(a), a.tolist(), len(a), a.itemsize, a.typecode, a.tobytes()


def methods(m, code, values):
    a = m.array(code, values)
    out = [repr(a[1:]), repr(a[::-1]), a[0], a[-1], values[0] in a, a.count(values[0]), a.index(values[1])]
    a.append(values[0])
    a.insert(1, values[2])
    out.append(repr(a))
    out.append(a.pop())
    out.append(a.pop(0))
    a.remove(values[2])
    a.reverse()
    a.extend(values)
    a += m.array(code, values[:1])
    a[0] = values[1]
    a[1:3] = m.array(code, values[:1])
    del a[0]
    b = m.array(code)
    b.frombytes(a.tobytes())
    out += [repr(a), repr(a * 2), repr(a + a), a == b, a < a + a, repr(m.array(code)), list(a), repr(m.array(code, a))]
    return out


def _slices(m, index):
    a = m.array('h', range(8))
    b = m.array('h', range(8))
    del b[index]
    c = m.array('h', range(8))
    c[index] = m.array('h', [-1] * len(range(8)[index]))
    d = m.array('h', range(8))
    d[index] = m.array('h', [9, 9])
    return repr(a[index]), repr(b), repr(c), repr(d)


def errors(m, call):
    return call(m)


for code in 'bBhHiIlLqQfd':
    for value in VALUES:
        same(make, array, ours, code, [value])
    same(methods, array, ours, code, [5, 3, 7, 3])
same(make, array, ours, 'u', 'hello')
same(make, array, ours, 'u', ['x'])
same(make, array, ours, 'u', [1])
same(make, array, ours, 'i', 'abc')
same(make, array, ours, 'b', b'ab')
same(methods, array, ours, 'u', 'abcd')
same(methods, array, ours, 'd', [0.5, -2.25, 1e100, 0.5])
for call in [lambda m: m.array('x'), lambda m: m.array('i', [1])[5], lambda m: m.array('i').pop(),
             lambda m: m.array('i', [1]).pop(3), lambda m: m.array('i', [1]).remove(2),
             lambda m: m.array('i', [1]).index(2), lambda m: m.array('i', [1]).extend(m.array('d', [1.0])),
             lambda m: m.array('i', [1]) + m.array('d'), lambda m: m.array('i', [1]) + [3],
             lambda m: m.array('i', [1]).__setitem__(5, 1), lambda m: m.array('i', [1, 2, 3]).__setitem__(slice(0, 2), [1]),
             lambda m: m.array('i', [1]) == m.array('d', [1.0]), lambda m: m.array('i', [1, 2]).tounicode(),
             lambda m: m.array('i').frombytes(b'abc'), lambda m: [m.array(c).itemsize for c in m.typecodes],
             lambda m: _slices(m, slice(1, 4)), lambda m: _slices(m, slice(None, None, 2)),
             lambda m: _slices(m, slice(5, 1)), lambda m: _slices(m, slice(-2, None, -3)),
             lambda m: m.array('i', [1, 2, 3]).__setitem__(slice(None, None, 2), m.array('i', [1]))]:
    same(errors, array, ours, call)
finish('array')

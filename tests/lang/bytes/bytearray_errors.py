# bytearray's errors, caught.
ba = bytearray(b'abc')
attempts = [
    lambda: ba.pop(7), lambda: bytearray().pop(), lambda: ba.remove(120), lambda: ba.index(b'z'),
    lambda: bytearray([1, 2, 999]), lambda: bytearray('abc'),
    lambda: bytearray(-1), lambda: ba.insert(0, -1), lambda: 256 in ba,
]
for attempt in attempts:
    try:
        print(attempt())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    ba[::2] = b'xyz'
except ValueError as e:
    print('ValueError', e)
try:
    ba[0] = 300
except ValueError as e:
    print('ValueError', e)
try:
    del ba[5]
except IndexError as e:
    print('IndexError', e)
print(ba)

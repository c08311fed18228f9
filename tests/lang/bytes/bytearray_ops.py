ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b' ok')
print(ba, len(ba), bytes(ba))
ba[1:3] = b'EEE'
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 0x41)
ba.reverse()
print(ba, ba.decode('ascii'))
print(bytearray(3), bytearray(b'abc') == b'abc', bytearray(range(5)))
try:
    ba[0] = 256
except ValueError as e:
    print('ValueError', e)

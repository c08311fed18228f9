ba = bytearray(b'0123456789')
ba[::3] = b'xxxx'
print(ba)
ba[2:4] = b''
print(ba)
s = 'hello world'
print(s[slice(0, 5)], s[slice(-5, None)], s[::-1][:5])
t = tuple(range(8))
print(t[1:-1:2], t[-1:-9:-3])

# The methods bytearray shares with bytes give bytearrays where bytes give bytes.
ba = bytearray(b'  Hello, World  ')
print(ba.strip(), ba.upper(), ba.lower().strip(b' '), ba.swapcase())
print(ba.split(), ba.strip().split(b', '), ba.partition(b','), ba.rpartition(b'x'))
print(ba.find(b'o'), ba.find(bytearray(b'World')), ba.count(b'l'), ba.index(b'W'), ba.startswith(b'  H'))
print(ba.replace(b'l', b'L'), ba.center(20, b'*'), ba.zfill(20), ba.hex(), ba.strip().decode())
print(bytearray(b'-').join([b'a', b'b']), bytearray(b'a\tb').expandtabs(4), bytearray.fromhex('41 42'))
# Mutation through one name is seen through every other.
alias = ba
ba += b'!'
ba *= 2
print(alias, len(alias), alias is ba)
c = ba.copy()
ba.clear()
print(ba, c[:5], bytes(c)[:3], bytearray(c) == c, bytearray(c) is c)
# Iteration, membership, comparisons with bytes and bytearrays.
data = bytearray(range(65, 70))
print([x for x in data], 66 in data, 90 in data, b'BC' in data, bytearray(b'DE') in data)
print(data == b'ABCDE', b'ABCDE' == data, data < b'ABD', data > bytearray(b'ABCD'), data != data.copy())
print(data + b'F', b'Z' + data, data * 2, 2 * data, bool(bytearray()), bool(data))
# A bytearray grows and shrinks in place.
data.insert(-1, 0x2D)
data.insert(100, 0x2E)
data.remove(0x43)
print(data, data.pop(0), data.pop(-2), data)
data[1:1] = [120, 121]
data[-1:] = bytearray(b'END')
print(data, data[2], data[-1], data[1:4], data[::2], data[::-1])
del data[1:3]
del data[-1]
print(data, repr(data), str(data))
s = bytearray(b'%d:%s')
print(s % (5, b'x'), b'%s|%s' % (bytearray(b'ab'), b'cd'))

ba = bytearray(b'abc')
ba[1] = 66
print(ba, ba[-3])
print(ba[3])

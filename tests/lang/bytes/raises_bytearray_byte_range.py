ba = bytearray(3)
ba[0] = 255
print(ba)
ba.append(256)

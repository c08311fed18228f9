import struct
print(struct.pack('>h', 300))
print(struct.pack('>h', 1 << 20))

data = (123456789).to_bytes(8, 'big')
print(data, int.from_bytes(data, 'big'), int.from_bytes(data, 'little'))
import struct
packed = struct.pack('<iHd', -5, 65535, 2.5)
print(packed, len(packed), struct.unpack('<iHd', packed), struct.calcsize('>qq'))
print(struct.pack('>I', 0xDEADBEEF).hex(), struct.unpack('>4B', b'\x01\x02\x03\x04'))

buf = bytearray()
for i in range(10):
    buf += bytes([i * 25])
print(buf, len(buf))
buf[0:3] = b'XYZ'
print(buf.find(b'Z'), buf.count(b'}'), buf[::-1][:4], buf.hex())
mv = memoryview(buf)
mv[5] = 0
print(buf[5], bytes(mv[:3]), mv.tobytes()[-2:], len(mv))
mv.release()
buf.extend(range(3))
print(list(buf[-5:]), buf.upper()[:3], bytearray(b'a') * 3)

import io

b = io.BytesIO()
print(b.write(b'head'), b.write(bytearray(b'er\n')), b.tell())
b.write(b'second line\nthird')
print(b.getvalue())
b.seek(0)
print(b.readline(), b.read(3), b.readlines())
print(b.seek(-5, 2), b.read(), b.seek(-100, 1), b.tell())
b.seek(2)
b.write(b'XY')
b.seek(40)
b.write(b'!')
print(b.getvalue(), len(b.getvalue()))
print(b.truncate(6), b.getvalue(), b.tell())
with io.BytesIO(b'one\ntwo\n') as f:
    print([line for line in f], f.closed)
print(f.closed)

# Binary files: bytes in and out, seek from each end, update in place.
with open('data.bin', 'wb') as f:
    print(f.write(bytes(range(200))), f.write(b'\r\n\x00end\n'), f.tell(), f.mode)
with open('data.bin', 'rb') as f:
    head = f.read(4)
    print(head, f.tell(), len(f.read()), f.read(), f.mode)
    print(f.seek(-4, 2), f.read(), f.seek(10), f.read(3), f.seek(5, 1), f.read(2))
    f.seek(0)
    lines = f.readlines()
    print(len(lines), lines[-1], lines[-2][-3:])
with open('data.bin', 'r+b') as f:
    print(f.mode, f.read(2))
    f.write(b'XY')
    f.seek(0)
    print(f.read(6))
with open('data.bin', 'ab') as f:
    print(f.tell(), f.write(b'tail'))
with open('data.bin', 'rb') as f:
    data = f.read()
print(len(data), data[-8:], data.count(b'\n'))
with open('data.bin', 'rb') as f:
    print([len(line) for line in f][-3:])
with open('empty.bin', 'wb'):
    pass
with open('empty.bin', 'rb') as f:
    print(f.read(), f.readline(), f.readlines())

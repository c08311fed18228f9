import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'data.bin')
    with open(path, 'wb') as f:
        print(f.write(bytes(range(256))), f.write(b'\xff\x00end'))
    with open(path, 'rb') as f:
        data = f.read()
    print(len(data), data[:5], data[-5:], sum(data))
    with open(path, 'rb') as f:
        f.seek(250)
        print(f.read(8), f.tell())
        f.seek(-3, 2)
        print(f.read())
    with open(path, 'r+b') as f:
        f.seek(1)
        f.write(b'XY')
    with open(path, 'rb') as f:
        print(f.read(4))
    with open(os.path.join(d, 'crlf.txt'), 'wb') as f:
        f.write(b'a\r\nb\rc\n')
    with open(os.path.join(d, 'crlf.txt')) as f:
        print(repr(f.read()))
    with open(os.path.join(d, 'crlf.txt'), newline='') as f:
        print(repr(f.read()))

b = b'  Hello, Bytes World  '
print(b.strip(), b.lower(), b.upper(), b.split(), b.split(b','), b.replace(b'l', b'L'))
print(b.find(b'World'), b.count(b'l'), b.startswith(b'  H'), b.endswith(b'd'), b.index(b'B'))
print(b'-'.join([b'a', b'b', b'c']), b'abc'.center(9, b'*'), b'1,2,3'.partition(b','))
print(b'abc'.isalpha(), b'123'.isdigit(), b'a1'.isalnum(), b'AbC'.swapcase(), b'hello world'.title())
print(b'caf\xc3\xa9'.decode('utf-8'), b'x'.zfill(4), b'\x01\x02'.hex('-'))
try:
    b'abc'.index(b'z')
except ValueError as e:
    print('ValueError', e)

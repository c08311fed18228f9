# Universal newlines when reading text, and the newline= argument.
with open('mixed.txt', 'wb') as f:
    f.write(b'one\r\ntwo\rthree\nfour\r')
for newline in [None, '', '\n', '\r', '\r\n']:
    with open('mixed.txt', newline=newline) as f:
        print(repr(newline), f.readlines())
    with open('mixed.txt', newline=newline) as f:
        print(repr(newline), repr(f.read()))
with open('mixed.txt') as f:
    print(repr(f.read(4)), repr(f.read(3)), repr(f.read()))
for newline in [None, '', '\n', '\r', '\r\n']:
    with open('written.txt', 'w', newline=newline) as f:
        f.write('a\nb\r\nc\n')
        print('d', 'e', sep='\n', file=f)
    with open('written.txt', 'rb') as f:
        print(repr(newline), f.read())

import io
from io import StringIO

# Building text by appends, then reading it back.
out = StringIO()
for i in range(5):
    out.write(f'line {i}\n')
print(out.write('tail'), out.tell())
text = out.getvalue()
print(repr(text), len(text))

# print(..., file=) and writelines.
buf = io.StringIO()
print('a', 1, 2.5, sep='|', end='!\n', file=buf)
print('second', file=buf)
buf.writelines(['x', 'y\n'])
print(repr(buf.getvalue()))

# Reading: read(n), readline, readlines, iteration, seek/tell.
src = StringIO('alpha\nbeta\ngamma\ndelta')
print(repr(src.read(3)), src.tell(), repr(src.readline()), repr(src.readline(2)))
print(src.readlines())
print(repr(src.read()), src.seek(0), [line.rstrip() for line in src])
src.seek(6)
print(next(src), src.tell(), src.seek(0, 2), repr(src.read()))

# Writing in the middle overwrites; past the end pads with NULs.
s = StringIO('hello world')
s.seek(6)
s.write('WORLD!!')
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write('z')
print(repr(s.getvalue()), s.truncate(5), repr(s.getvalue()), s.tell())

# Newline modes.
for mode in [None, '', '\n', '\r', '\r\n']:
    t = StringIO('a\r\nb\rc\nd', newline=mode)
    print(repr(mode), repr(t.getvalue()), t.readlines())

# with closes it.
with StringIO('ctx') as f:
    print(f.read(), f.closed)
print(f.closed, f.readable(), f.seekable(), f.writable()) if not f.closed else print('closed', f.closed)

# What open() refuses, and the errors of reads and writes.
import os
for mode in ['rw', 'rr', 'U', 'rbt', 'b', '', 'z', 'r+x']:
    try:
        open('any.txt', mode)
    except ValueError as e:
        print(repr(mode), e)
try:
    open('any.txt', 'wb', errors='strict')
except ValueError as e:
    print(e)
try:
    open('any.txt', 'rb', encoding='utf-8')
except ValueError as e:
    print(e)
try:
    open('any.txt', 'wb', newline='')
except ValueError as e:
    print(e)
try:
    open('any.txt', 'w', newline='x')
except ValueError as e:
    print(e)
try:
    open('missing.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args, e)
try:
    open('missing/dir.txt', 'w')
except OSError as e:
    print(type(e).__name__, e)
os.mkdir('folder')
try:
    open('folder')
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e)
with open('new.txt', 'x') as f:
    f.write('x')
try:
    open('new.txt', 'x')
except FileExistsError as e:
    print(type(e).__name__, e)
with open('new.txt') as f:
    try:
        f.write('no')
    except OSError as e:
        print(type(e).__name__, e)
with open('new.txt', 'rb') as f:
    try:
        f.write(b'no')
    except OSError as e:
        print(type(e).__name__, e)
with open('new.txt', 'w') as f:
    try:
        f.write(b'bytes')
    except TypeError as e:
        print(e)
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
with open('new.bin', 'wb') as f:
    try:
        f.write('text')
    except TypeError as e:
        print(e)
    try:
        print('text', file=f)
    except TypeError as e:
        print(e)
f = open('new.txt')
f.close()
for attempt in ['read', 'readline', 'write', 'seek', 'tell', 'iterate']:
    try:
        if attempt == 'read':
            f.read()
        elif attempt == 'readline':
            f.readline()
        elif attempt == 'write':
            f.write('x')
        elif attempt == 'seek':
            f.seek(0)
        elif attempt == 'tell':
            f.tell()
        else:
            for line in f:
                pass
    except ValueError as e:
        print(attempt, e)
g = open('new.bin', 'rb')
g.close()
for attempt in ['read', 'readline', 'seek', 'tell']:
    try:
        if attempt == 'read':
            g.read()
        elif attempt == 'readline':
            g.readline()
        elif attempt == 'seek':
            g.seek(0)
        else:
            g.tell()
    except ValueError as e:
        print(attempt, e)
with open('new.txt') as f:
    for seek in [(1, 1), (-1, 2), (-1, 0)]:
        try:
            f.seek(seek[0], seek[1])
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)

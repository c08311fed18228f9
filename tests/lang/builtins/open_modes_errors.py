import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'x.txt')
    with open(p, 'x') as f:
        f.write('exclusive')
    try:
        open(p, 'x')
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    f = open(p)
    print(f.closed, f.read(), f.name == p, f.mode)
    f.close()
    print(f.closed)
    try:
        f.read()
    except ValueError as e:
        print('ValueError', e)
    with open(p, 'w') as f:
        try:
            f.read()
        except OSError as e:
            print(type(e).__name__, e)
    with open(p, 'w') as f:
        pass
    with open(p) as f:
        print(repr(f.read()), repr(f.readline()))
    with open(p, 'w', encoding='latin-1') as f:
        f.write('café')
    with open(p, 'rb') as f:
        print(f.read())
    try:
        with open(p, encoding='utf-8') as f:
            f.read()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e.reason)

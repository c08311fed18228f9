import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'notes.txt')
    with open(path, 'w') as f:
        f.write('first line\n')
        f.write('second line: é€\n')
        print('third', 3, file=f)
        f.writelines(['a\n', 'b\n'])
    with open(path) as f:
        print(repr(f.read()))
    with open(path, encoding='utf-8') as f:
        print(f.readline(), end='')
        print(f.readlines())
    with open(path, 'a') as f:
        f.write('appended\n')
    with open(path) as f:
        for i, line in enumerate(f):
            print(i, line.rstrip('\n'))
    print(os.path.exists(path), os.path.getsize(path), os.path.basename(path))
    with open(path, 'r+') as f:
        f.seek(0)
        f.write('FIRST')
    with open(path) as f:
        print(f.read(10), f.tell() > 0)
    try:
        open(os.path.join(d, 'missing.txt'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror)

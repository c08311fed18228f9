# tempfile.TemporaryDirectory: a fresh folder, removed with what it holds.
import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.isabs(d), os.listdir(d), os.path.basename(d).startswith('tmp'))
    os.makedirs(os.path.join(d, 'sub', 'deeper'))
    with open(os.path.join(d, 'sub', 'file.txt'), 'w') as f:
        f.write('temporary')
    kept = d
print(os.path.exists(kept))
path = tempfile.mkdtemp(prefix='x_', suffix='_y')
print(os.path.basename(path).startswith('x_'), path.endswith('_y'), os.listdir(path))
os.rmdir(path)
print(tempfile.gettempdir() == os.path.dirname(path), tempfile.gettempprefix())

"""src/stdlib/shutil.py against CPython's shutil in scratch directories:
copyfileobj, copyfile (SameFileError, a directory on either side, a
missing folder), copy into a directory, copytree (ignore_patterns,
dirs_exist_ok, an existing destination), rmtree (ignore_errors, a file, a
missing path) and move (renames, into a directory, into itself). Each
module works in a folder of its own and the trees are compared after."""
import io
import os
import shutil
import tempfile

from differential import finish, load, same

ours = load('shutil')
scratch = tempfile.TemporaryDirectory()


def listing(top):
    """Every file and folder under TOP with the files' contents, sorted."""
    out = []
    for folder, dirs, files in os.walk(top):
        rel = os.path.relpath(folder, top)
        out.append((rel, sorted(dirs), sorted((f, open(os.path.join(folder, f), 'rb').read()) for f in files)))
    return sorted(out)


def times(name):
    info = os.stat(name)
    return info.st_mtime_ns, oct(info.st_mode)  # atimes move as files are read


def record(function, path, exc_info):
    """An rmtree onerror: the failure noted in the results."""
    recorded.append((function.__name__, path, exc_info[0].__name__, str(exc_info[1])))


recorded = []


def steps(m, tag):
    os.chdir(scratch.name)
    os.mkdir(tag)
    os.chdir(tag)
    for d in ['src/sub/deep', 'src/.hidden', 'other', 'empty']:
        os.makedirs(d)
    for f, text in [('src/a.txt', 'alpha\n' * 5000), ('src/b.py', 'print(1)\n'), ('src/sub/c.pyc', ''),
                    ('src/sub/deep/d.txt', 'deep'), ('src/.hidden/h', 'h'), ('top.txt', 'top')]:
        with open(f, 'w') as out:
            out.write(text)
    actions = [lambda: m.copyfile('top.txt', 'copy.txt'), lambda: m.copyfile('top.txt', 'top.txt'),
               lambda: m.copyfile('./top.txt', 'top.txt'), lambda: m.copyfile('nx', 'z'),
               lambda: m.copyfile('src', 'z'), lambda: m.copyfile('top.txt', 'other'),
               lambda: m.copyfile('top.txt', 'nx/z'), lambda: m.copy('top.txt', 'other'),
               lambda: m.copy('top.txt', 'other/renamed.txt'), lambda: m.copy2('src/b.py', 'empty'),
               lambda: m.copytree('src', 'tree1'), lambda: m.copytree('src', 'tree1'),
               lambda: m.copytree('src', 'tree1', dirs_exist_ok=True),
               lambda: m.copytree('src', 'tree2', ignore=m.ignore_patterns('*.pyc', '.*')),
               lambda: m.copytree('src', 'tree3/x/y', ignore=lambda d, names: [n for n in names if n.startswith('s')]),
               lambda: m.copytree('nx', 'tree4'), lambda: m.copytree('top.txt', 'tree5'),
               lambda: m.rmtree('tree3'), lambda: m.rmtree('nx'), lambda: m.rmtree('nx', ignore_errors=True),
               lambda: m.rmtree('top.txt'), lambda: m.rmtree('top.txt', True),
               lambda: m.move('copy.txt', 'moved.txt'), lambda: m.move('moved.txt', 'other'),
               lambda: m.move('top.txt', 'other'), lambda: m.move('other/top.txt', 'other'),
               lambda: m.move('tree2', 'tree1'), lambda: m.move('tree1', 'tree1/sub'), lambda: m.move('nx', 'q'),
               lambda: m.move('empty', 'gone/'),
               lambda: os.chmod('src/b.py', 0o640), lambda: os.utime('src/b.py', ns=(10**18, 2 * 10**18 + 5)),
               lambda: m.copy2('src/b.py', 'c2.py'), lambda: times('c2.py'), lambda: m.copy('src/b.py', 'c1.py'),
               lambda: oct(os.stat('c1.py').st_mode), lambda: os.stat('c1.py').st_mtime_ns == 2 * 10**18 + 5,
               lambda: m.copystat('src/b.py', 'gone'), lambda: times('gone'), lambda: m.copymode('c1.py', 'nx'),
               lambda: os.symlink('c1.py', 'ln'), lambda: m.copyfile('ln', 'ln2', follow_symlinks=False),
               lambda: os.readlink('ln2'), lambda: m.copy('ln', 'c1.py'), lambda: m.rmtree('ln'),
               lambda: m.rmtree('nx', onerror=record), lambda: m.rmtree('ln', onerror=record),
               lambda: m.rmtree('c1.py', onerror=record), lambda: m.rmtree('tree1', onerror=record),
               lambda: m.which('ls') == shutil.which('ls'), lambda: m.which('c2.py', path='.'),
               lambda: (os.chmod('c2.py', 0o755), m.which('c2.py', path='nx:.:.'))[1],
               lambda: m.which('./c2.py'), lambda: m.which('src', path='.'), lambda: m.which('c2.py', path=''),
               lambda: m.which('c2.py', os.R_OK, path='.'), lambda: m.which('nx/c2.py'),
               lambda: type(m.disk_usage('.')).__name__, lambda: len(m.disk_usage('.')),
               lambda: m.disk_usage('.').total >= m.disk_usage('.').used, lambda: m.disk_usage('nx')]
    results = []
    for action in actions:
        try:
            results.append(repr(action()))
        except Exception as e:  # noqa: BLE001 - the error itself is compared
            results.append((type(e).__name__, str(e)))
    os.chdir(scratch.name)
    results.append(recorded[:])
    recorded.clear()
    return results, listing(tag)


theirs, mine = steps(shutil, 'theirs'), steps(ours, 'ours')
same(lambda m: theirs if m is shutil else mine, shutil, ours)
for length in [0, 1, 7, 100000]:
    def pieces(m, n):
        source, target = io.StringIO('x' * 70000 + 'end'), io.StringIO()
        m.copyfileobj(source, target, n)
        return target.getvalue() == source.getvalue()
    same(pieces, shutil, ours, length)
same(lambda m: sorted(m.ignore_patterns('*.py', 'a*')('.', ['a.py', 'b.py', 'abc', 'x.txt'])), shutil, ours)
same(lambda m: (issubclass(m.Error, OSError), issubclass(m.SameFileError, m.Error)), shutil, ours)
scratch.cleanup()
finish('shutil')

"""src/stdlib/glob.py against CPython's glob, in a directory tree made for
the purpose: the wildcards, hidden names, `**` with and without recursive
(duplicates of overlapping `**` included), root_dir, trailing separators,
absolute patterns and escape(). Both list in directory order, so the
lists are compared as they come."""
import glob
import os
import tempfile

from differential import finish, load, same

ours = load('glob')

TREE = ['a/f.py', 'a/b/g.py', 'a/b/c/h.py', 'a/b/.q', '.h/x/y.py', '.top.py', 't.py', 'd/.hid', 'e/', 'x[1].txt',
        'x1.txt', 'sp ace/k', 'a/b/c/d/e/deep.txt']
PATTERNS = ['*', '**', '**/', '**/*.py', 'a/**', 'a/**/', '*/', '.*', '**/.*', 'a/*/*.py', 'a', 'a/', 'nonex', 'nonex/',
            't.py/', '*.py/', '[a]', '[!a]', 'a/b/**/c', '', '**/**/g.py', 'a/**/**', '**/**', '**/**/', '**/*/', '*/**',
            '**/b', '**/a', 'nonex/**', 't.py/**', '**/t.py/**', '*/**/', 'd/**', '**/nonex/**', 'a//*', 'a/*//',
            'a/b/../*.py', '*/f.py', 'a/[bc]', '?', '??', 'x[1].txt', 'x[[]1].txt', '*[*', 'sp*/*', '.h/*', '.h/**',
            './*', '../*', '*/*/*/*/*', '**/deep.txt', 'a/**/d/**', 'e/*', 'e/**', '**/e', '*.txt', 'x?.txt']

# '..' of the tree is a directory of the check's own, which nothing else changes.
scratch = tempfile.TemporaryDirectory()
top = os.path.join(scratch.name, 'w')
os.mkdir(top)
open(os.path.join(scratch.name, 'up.txt'), 'w').close()
for entry in TREE:
    path = os.path.join(top, entry)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if not entry.endswith('/'):
        open(path, 'w').close()
# A link to a directory: both follow it.
os.symlink('a/b', os.path.join(top, 'lnk'))
os.chdir(top)


def run(m, pattern, recursive, hidden, root):
    return m.glob(pattern, recursive=recursive, include_hidden=hidden, root_dir=root)


def run_iter(m, pattern, recursive):
    return list(m.iglob(pattern, recursive=recursive))


for pattern in PATTERNS:
    for recursive in (False, True):
        for hidden in (False, True):
            for root in (None, 'a', 'a/', top, 'nonex', '.'):
                same(run, glob, ours, pattern, recursive, hidden, root)
        same(run_iter, glob, ours, pattern, recursive)
    same(lambda m, p: m.glob(os.path.join(top, p), recursive=True), glob, ours, pattern)
    same(lambda m, p: m.escape(p), glob, ours, pattern)
    same(lambda m, p: m.has_magic(p), glob, ours, pattern)
    same(lambda m, p: m.glob(m.escape(p)), glob, ours, pattern)
for name in ['a', '.', '', 'nonex', 'a/b']:
    same(lambda m, d: (m.glob1(d, '*'), m.glob1(d, '.*'), m.glob0(d, 'f.py'), m.glob0(d, '')), glob, ours, name)
same(lambda m: m.glob('/'), glob, ours)
same(lambda m: m.glob('//*' + top + '/*'), glob, ours)
os.chdir('/')
scratch.cleanup()
finish('glob')

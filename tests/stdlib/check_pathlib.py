"""src/stdlib/pathlib.py against CPython's pathlib: the pure paths' parsing
(`//` roots, '.' and empty components, joining, `/` both ways), their
pieces, variants and comparisons with CPython's exact errors, and the
concrete paths' file operations in a scratch directory (glob results
sorted: neither side promises an order)."""
import os
import pathlib
import tempfile

from differential import finish, load, same

ours = load('pathlib')

ARGS = [('a', 'b'), ('/a', '//b'), ('//a', 'b'), ('///a',), ('',), (), ('a/./b/../c/',), ('.',), ('a//b',), ('/',),
        ('//',), ('a', '/b', 'c'), ('x.tar.gz',), ('/usr/lib/python3.11/',), ('..',), ('a/..',), ('~/x',)]
NAMES = ['a.tar.gz', '.bashrc', 'a.', 'a..b', '..', 'x.y.', '.a.b', 'a. b', 'a', '...', '.', 'x.py']


def describe(m, args):
    p = m.PurePath(*args)
    q = m.PurePosixPath(*args)
    return (repr(p), str(p), repr(q), p.parts, p.drive, p.root, p.anchor, p.name, p.stem, p.suffix, p.suffixes,
            repr(p.parent), [repr(x) for x in p.parents], len(p.parents), repr(p.parents), p.is_absolute(),
            p.as_posix(), bytes(p), p.is_reserved(), os.fspath(p), p == q, hash(p) == hash(q))


def error(m, make):
    try:
        make(m)
    except Exception as e:  # noqa: BLE001 - the error itself is compared
        return type(e).__name__, str(e)
    return None


def texts(paths):
    return sorted(repr(p) for p in paths)


for args in ARGS:
    same(describe, pathlib, ours, args)
    for other in ARGS[:6]:
        same(lambda m, a, b: (repr(m.PurePath(*a) / m.PurePath(*b)), repr(m.PurePath(*a).joinpath(*b)),
                              m.PurePath(*a) < m.PurePath(*b), m.PurePath(*a) >= m.PurePath(*b),
                              m.PurePath(*a) == m.PurePath(*b)), pathlib, ours, args, other)
        same(lambda m, a, b: repr(m.PurePath(*a).relative_to(*b)), pathlib, ours, args, other)
        same(lambda m, a, b: m.PurePath(*a).is_relative_to(*b), pathlib, ours, args, other)
    same(lambda m, a: repr('x/y' / m.PurePath(*a)), pathlib, ours, args)
    same(lambda m, a: repr(m.PurePath(*a) / 'q' / '/r'), pathlib, ours, args)
    for pattern in ['*', 'b', '*.gz', 'a/*', '/*', '/a', '', '**', 'x.*.gz', '[ab]', '/usr/*/*/', 'lib/*']:
        same(lambda m, a, pat: m.PurePath(*a).match(pat), pathlib, ours, args, pattern)
    for suffix in ['.x', '', 'x', '.', './', '.a.b', '. ']:
        same(lambda m, a, s: repr(m.PurePath(*a).with_suffix(s)), pathlib, ours, args, suffix)
    for name in NAMES + ['', 'b/c', './x', 'x/.', 'x//', '/x']:
        same(lambda m, a, n: repr(m.PurePath(*a).with_name(n)), pathlib, ours, args, name)
        same(lambda m, a, n: repr(m.PurePath(*a).with_stem(n)), pathlib, ours, args, name)
    for index in [0, 1, -1, -2, 5, slice(None), slice(1, None), slice(None, None, -1), 'x']:
        same(lambda m, a, i: repr(m.PurePath(*a).parents[i]), pathlib, ours, args, index)
for name in NAMES:
    same(lambda m, n: (m.PurePath('d', n).suffix, m.PurePath('d', n).suffixes, m.PurePath('d', n).stem), pathlib,
         ours, name)
for bad in [lambda m: m.PurePath(1), lambda m: m.PurePath('a') / 1, lambda m: 1 / m.PurePath('a'),
            lambda m: m.PurePath('a') < 'b', lambda m: m.PurePath('a', None), lambda m: m.PurePath(b'a'),
            lambda m: m.PurePath('a').as_uri(), lambda m: m.PurePath('a').relative_to()]:
    same(error, pathlib, ours, bad)
same(lambda m: (m.PurePosixPath('/a b/ü%').as_uri(), m.PurePath('/x').as_uri(), m.PurePath('//h/x').as_uri()),
     pathlib, ours)
same(lambda m: (m.PurePath('a') == 'a', m.PurePath('a') != m.PurePath('b'), texts([m.PurePath('b'),
     m.PurePath('/a'), m.PurePath('a/b'), m.PurePath('a')]), len({m.PurePath('a'), m.PurePath('a/')})), pathlib, ours)

# The concrete paths, in a scratch directory of their own.
scratch = tempfile.TemporaryDirectory()
os.chdir(scratch.name)
for d in ['a/b/c', '.h/x', 'd']:
    os.makedirs(d)
for f in ['a/f.py', 'a/b/g.py', 'a/b/c/h.py', '.h/x/y.py', '.top.py', 't.py', 'd/.hid', 'a/b/.q']:
    open(f, 'w').close()
# A link to a directory: '**' does not enter it, '*' matches it.
os.symlink('a/b', 'lnk')


for pattern in ['*', '**', '**/*.py', '*/', 'a/*', '*.py', '.*', 'a/**', '**/.*', 'a/b', '', '/x', 'a/../*', '**/b/*',
                '**/**', '*/*/', 'nx/*', 't.py/*', '**/', 'a/**/*.py', '?', '[at]*']:
    same(lambda m, pat: texts(m.Path('.').glob(pat)), pathlib, ours, pattern)
    same(lambda m, pat: texts(m.Path('a').rglob(pat)), pathlib, ours, pattern)
    same(lambda m, pat: texts(m.Path(scratch.name).glob(pat)), pathlib, ours, pattern)
same(lambda m: (texts(m.Path('a').iterdir()), texts(m.Path().iterdir()), repr(m.Path('a')), type(m.Path('a')).__name__,
                m.Path('a').exists(), m.Path('a').is_dir(), m.Path('a').is_file(), m.Path('a/f.py').is_file(),
                m.Path('nx').exists(), m.Path('nx').is_dir(), m.Path('a').is_symlink(), repr(m.Path.cwd()),
                repr(m.Path('x').absolute()), repr(m.Path('/x').absolute()), repr(m.Path('a/b/../f.py').resolve()),
                repr(m.Path('.').resolve()), repr(m.Path.home()), repr(m.Path('~/x').expanduser()),
                repr(m.Path('~').expanduser()), repr(m.Path('x/~').expanduser()), isinstance(m.Path('a'), m.PurePath),
                m.Path('a') == m.PurePosixPath('a')), pathlib, ours)


def file_steps(m, tag):
    """Each step's result or error, in order (each side works in its own folder)."""
    os.mkdir(tag)
    base = m.Path(tag)
    steps = [lambda: base.joinpath('n').mkdir(), lambda: base.joinpath('n').mkdir(),
             lambda: base.joinpath('n').mkdir(exist_ok=True), lambda: base.joinpath('q/r').mkdir(),
             lambda: base.joinpath('q/r/s').mkdir(parents=True), lambda: base.joinpath('q/r/s').mkdir(parents=True),
             lambda: base.joinpath('q/r/s').mkdir(parents=True, exist_ok=True),
             lambda: (base / 'f').write_text('héllo\n'), lambda: (base / 'f').read_text(),
             lambda: (base / 'f').read_bytes(), lambda: (base / 'f').mkdir(exist_ok=True),
             lambda: (base / 'f/x').mkdir(parents=True), lambda: (base / 'g').write_bytes(b'\x00\x01'),
             lambda: (base / 'g').read_bytes(), lambda: (base / 'g').write_text(1), lambda: (base / 'g').write_bytes('s'),
             lambda: (base / 'nx').read_text(), lambda: (base / 'nx').unlink(),
             lambda: (base / 'nx').unlink(missing_ok=True), lambda: (base / 'g').unlink(), lambda: (base / 'g').exists(),
             lambda: (base / 'nx').rmdir(), lambda: (base / 'n').rmdir(), lambda: (base / 'q').rmdir(),
             lambda: (base / 't').touch(), lambda: (base / 't').touch(), lambda: (base / 't').touch(exist_ok=False),
             lambda: (base / 't').is_file(), lambda: repr((base / 't').rename(tag + '/u')),
             lambda: repr((base / 'u').replace(m.PurePath(tag, 'v'))), lambda: (base / 'nx').rename(tag + '/ny'),
             lambda: list((base / 'nx').iterdir()), lambda: texts(base.iterdir()),
             lambda: (base / 'w').write_text('a\r\nb\n', newline=''), lambda: (base / 'w').read_bytes(),
             lambda: (base / 'w').open().read(), lambda: (base / 'w').open('rb').read(),
             lambda: (base / 'w').read_text(encoding='latin-1'), lambda: (base / 'nx').resolve(strict=True),
             lambda: (base / 'w').stat().st_size, lambda: (base / 'nx').stat(), lambda: (base / 'nx').lstat(),
             lambda: (base / 'lw').symlink_to('w'), lambda: repr((base / 'lw').readlink()),
             lambda: ((base / 'lw').is_symlink(), (base / 'lw').is_file(), (base / 'lw').lstat().st_size),
             lambda: repr((base / 'lw').resolve()), lambda: (base / 'lw').samefile(base / 'w'),
             lambda: (base / 'lw').samefile(tag + '/w'), lambda: (base / 'w').samefile(base / 'v'),
             lambda: (base / 'w').samefile(base / 'nx'), lambda: (base / 'l1').symlink_to('l2'),
             lambda: (base / 'l2').symlink_to('l1'), lambda: (base / 'l1').resolve(),
             lambda: (base / 'l1').resolve(strict=True), lambda: (base / 'l1').exists(),
             lambda: (base / 'l1').is_symlink(), lambda: repr((base / 'dl').resolve()),
             lambda: (base / 'dl').symlink_to('nowhere/x'), lambda: repr((base / 'dl/../y').resolve()),
             lambda: (base / 'dl').resolve(strict=True), lambda: (base / 'dl').exists(),
             lambda: (base / 'w').chmod(0o600), lambda: oct((base / 'w').stat().st_mode),
             lambda: (base / 'w/x').exists(), lambda: (base / 'w/x').is_dir()]
    out = []
    for step in steps:
        try:
            out.append(repr(step()).replace(tag, 'TAG'))
        except Exception as e:  # noqa: BLE001 - the error itself is compared
            out.append((type(e).__name__, str(e).replace(tag, 'TAG')))
    return out


expected, got = file_steps(pathlib, 'theirs'), file_steps(ours, 'ours')
same(lambda m: expected if m is pathlib else got, pathlib, ours)
os.chdir('/')
scratch.cleanup()
finish('pathlib')

"""pathlib: object-oriented paths, POSIX flavour only, written from the
documented behaviour (CPython 3.11 run as the reference for the corner
cases: `//` roots, suffixes of dotted names, the exact messages).

A path is kept as its root ('', '/' or '//': POSIX leaves two leading
slashes alone, and three or more mean one) and the tuple of its other
components, '.' and empty ones dropped, '..' kept. Its text, hash and
ordering all come from these. CPython's `PurePath(...)` and `Path(...)`
make instances of the POSIX classes through a __new__ returning a subclass,
which ingot cannot compile yet: here the two names are the POSIX classes
themselves, so instances, reprs and messages are CPython's (only
`Path is PosixPath` and `Path.__name__` tell them apart)."""

import fnmatch
import os
import stat as _stat

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _text_of(arg):
    """A constructor argument as text: a str, or another path's text."""
    if isinstance(arg, str):
        return arg
    if isinstance(arg, PurePosixPath):
        return str(arg)
    if isinstance(arg, bytes):
        raise TypeError("argument should be a str object or an os.PathLike object returning str, not "
                        + "<class 'bytes'>")
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(arg).__name__)


def _split(args):
    """The root and components of the path the arguments join into: each
    absolute argument starts it again."""
    root = ""
    names = []
    for arg in args:
        text = _text_of(arg)
        if text.startswith("/"):
            names = []
            root = "//" if text.startswith("//") and not text.startswith("///") else "/"
        for name in text.split("/"):
            if name and name != ".":
                names.append(name)
    return root, tuple(names)


# Characters a file URI leaves as they are (urllib's quote with safe='/').
_URI_PLAIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/"


class _PathParents:
    """p.parents: the logical ancestors of a path, nearest first, as an
    immutable sequence (indexable from either end, sliceable)."""

    def __init__(self, path):
        self._path = path
        self._count = len(path._names)
        self._list = None

    def __len__(self):
        return self._count

    def _all(self):
        if self._list is None:
            p = self._path
            self._list = [p._made(p._root, p._names[:n]) for n in range(self._count - 1, -1, -1)]
        return self._list

    def __getitem__(self, index):
        # Through the list of them all, which takes negative indexes and
        # slices as the sequence does.
        if isinstance(index, slice):
            return self._slice(index)
        if index >= self._count or index < -self._count:
            raise IndexError(index)
        return self._all()[index]

    def _slice(self, index):
        # By positions: the compiler may see `index` as an int or a slice here.
        everything = self._all()
        return tuple(everything[i] for i in range(*index.indices(self._count)))

    def __iter__(self):
        return iter(self._all())

    def __repr__(self):
        return "<" + type(self._path).__name__ + ".parents>"


class PurePosixPath:
    """A path as text only, of POSIX systems: no file system access."""

    def __init__(self, *args):
        self._root, self._names = _split(args)
        self._hash = None

    def _made(self, root, names):
        """A path of this path's class from parts already split."""
        p = type(self)()
        p._root = root
        p._names = names
        return p

    def _text(self):
        return self._root + "/".join(self._names) if self._root or self._names else "."

    def __str__(self):
        return self._text()

    def __fspath__(self):
        return self._text()

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def __bytes__(self):
        return self._text().encode("utf-8", "surrogateescape")

    def as_posix(self):
        return self._text()

    def as_uri(self):
        if not self._root:
            raise ValueError("relative path can't be expressed as a file URI")
        out = []
        for byte in self._text().encode("utf-8", "surrogateescape"):
            c = chr(byte)
            out.append(c if byte < 128 and c in _URI_PLAIN else "%%%02X" % byte)
        return "file://" + "".join(out)

    # Equality, hashing and order: by (root, components), within the flavour.
    def _key(self):
        return ((self._root,) if self._root else ()) + self._names

    def __eq__(self, other):
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._key())
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self._key() >= other._key()

    # Joining.
    def joinpath(self, *args):
        root, names = _split(args)
        if root:
            return self._made(root, names)
        return self._made(self._root, self._names + names)

    def __truediv__(self, key):
        if not isinstance(key, (str, PurePosixPath)):
            return NotImplemented
        return self.joinpath(key)

    def __rtruediv__(self, key):
        if not isinstance(key, (str, PurePosixPath)):
            return NotImplemented
        return self._made(*_split((key, self)))

    # The pieces.
    @property
    def parts(self):
        return self._key()

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._names[-1] if self._names else ""

    @property
    def suffix(self):
        name = self.name
        dot = name.rfind(".")
        return name[dot:] if 0 < dot < len(name) - 1 else ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        return ["." + s for s in name.lstrip(".").split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        dot = name.rfind(".")
        return name[:dot] if 0 < dot < len(name) - 1 else name

    @property
    def parent(self):
        if not self._names:
            return self
        return self._made(self._root, self._names[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    # Variants.
    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        # One component, as written (CPython keeps './x' as it is).
        if not name or name.endswith("/") or name.startswith("/") or len(_split((name,))[1]) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._made(self._root, self._names[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        return self.with_name(self.stem + suffix)

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = self._made(*_split(other))
        mine, theirs = self._key(), base._key()
        if mine[:len(theirs)] != theirs or (not theirs and self._root):
            raise ValueError("%r is not in the subpath of %r OR one path is relative and the other is absolute."
                             % (self._text(), base._root + "/".join(base._names)))
        return self._made("", mine[len(theirs):])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    def match(self, path_pattern):
        pattern = PurePosixPath(path_pattern)
        wanted = pattern._key()
        if not wanted:
            raise ValueError("empty pattern")
        have = self._key()
        if pattern._root and len(wanted) != len(have):
            return False
        if len(wanted) > len(have):
            return False
        for name, pat in zip(reversed(have), reversed(wanted)):
            if not fnmatch.fnmatchcase(name, pat):
                return False
        return True


PurePath = PurePosixPath


def _ignorable(error):
    """Whether an OSError from stat() means only that there is no such
    file to ask about: ENOENT, ENOTDIR, EBADF or ELOOP."""
    return isinstance(error, FileNotFoundError) or isinstance(error, NotADirectoryError) or error.errno in (9, 40)


def _check_loop(error):
    """resolve()'s RuntimeError for an ELOOP from the path's links."""
    if error.errno == 40:
        raise RuntimeError("Symlink loop from " + repr(error.filename))


class PosixPath(PurePosixPath):
    """A path of the file system this program runs on."""

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(cls("~").expanduser())

    def absolute(self):
        if self._root:
            return self
        return self._made(*_split((os.getcwd(), self)))

    def resolve(self, strict=False):
        """The absolute path with symbolic links followed (os.path.realpath);
        a loop of links is a RuntimeError, strict or not."""
        try:
            text = os.path.realpath(self._text(), strict=strict)
        except OSError as error:
            _check_loop(error)
            raise
        path = self._made(*_split((text,)))
        if not strict:
            try:
                path.stat()
            except OSError as error:
                _check_loop(error)
        return path

    def expanduser(self):
        if not self._names or not self._names[0].startswith("~") or self._root:
            return self
        first = self._names[0]
        home = os.getenv("HOME") if first == "~" else None
        if not home:
            raise RuntimeError("Could not determine home directory.")
        return self._made(*_split((home,) + self._names[1:]))

    # Questions about the file system.
    def stat(self, *, follow_symlinks=True):
        return os.stat(self._text(), follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self._text())

    def _mode(self, follow_symlinks=True):
        """The file's st_mode, or 0 where there is none to ask about (the
        errors pathlib's tests take as a plain no)."""
        try:
            return os.stat(self._text(), follow_symlinks=follow_symlinks).st_mode
        except OSError as error:
            if not _ignorable(error):
                raise
            return 0
        except ValueError:
            return 0

    def exists(self):
        return self._mode() != 0

    def is_dir(self):
        return _stat.S_ISDIR(self._mode())

    def is_file(self):
        return _stat.S_ISREG(self._mode())

    def is_symlink(self):
        return _stat.S_ISLNK(self._mode(False))

    def samefile(self, other_path):
        mine = self.stat()
        if isinstance(other_path, PurePosixPath):
            return os.path.samestat(mine, other_path.stat())
        return os.path.samestat(mine, os.stat(other_path))

    def readlink(self):
        return self._made(*_split((os.readlink(self._text()),)))

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(_text_of(target), self._text())

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self._text(), mode)

    def iterdir(self):
        for name in os.listdir(self._text()):
            yield self._made(self._root, self._names + (name,))

    # Globbing: pathlib's own rules, not glob's (hidden names match, '**'
    # alone means directories, a trailing '/' keeps only directories).
    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: %r" % (pattern,))
        root, names = _split((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern.endswith("/"):
            names = names + ("",)
        return self._select(names, 0)

    def rglob(self, pattern):
        root, names = _split((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern.endswith("/"):
            names = names + ("",)
        return self._select(("**",) + names, 0)

    def _child(self, name):
        return self._made(self._root, self._names + (name,)) if name else self

    def _select(self, names, i):
        if i == len(names):
            yield self
            return
        part = names[i]
        last = i + 1 == len(names)
        if part == "**":
            seen = set()
            for d in self._directories():
                for p in d._select(names, i + 1):
                    if p not in seen:
                        seen.add(p)
                        yield p
        elif "*" in part or "?" in part or "[" in part:
            try:
                entries = os.listdir(self._text())
            except OSError:
                return
            for name in entries:
                if fnmatch.fnmatchcase(name, part):
                    child = self._child(name)
                    if last or child.is_dir():
                        yield from child._select(names, i + 1)
        else:
            child = self._child(part)
            if child.exists() if last else child.is_dir():
                yield from child._select(names, i + 1)

    def _directories(self):
        """This directory and every directory below it, each before its
        contents (links to directories are not entered)."""
        if not self.is_dir():
            return
        yield self
        try:
            entries = os.listdir(self._text())
        except OSError:
            return
        for name in entries:
            child = self._child(name)
            if child.is_dir() and not child.is_symlink():
                yield from child._directories()

    # Changing the file system.
    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self._text(), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(mode, True, True)
            self.mkdir(mode, False, exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def touch(self, mode=0o666, exist_ok=True):
        """Sets an existing file's times to now, or creates the file
        (FileExistsError for an existing one without exist_ok)."""
        if exist_ok:
            try:
                os.utime(self._text())
                return
            except OSError:
                pass
        open(self._text(), "a" if exist_ok else "x").close()

    def unlink(self, missing_ok=False):
        try:
            os.remove(self._text())
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self._text())

    def rename(self, target):
        os.rename(self._text(), _text_of(target))
        return self._made(*_split((target,)))

    def replace(self, target):
        os.replace(self._text(), _text_of(target))
        return self._made(*_split((target,)))

    # Reading and writing whole files.
    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self._text(), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with open(self._text(), "r", -1, encoding, errors) as f:
            return f.read()

    def read_bytes(self):
        with open(self._text(), "rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not " + type(data).__name__)
        with open(self._text(), "w", -1, encoding, errors, newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '" + type(data).__name__ + "'")
        with open(self._text(), "wb") as f:
            return f.write(data)


Path = PosixPath

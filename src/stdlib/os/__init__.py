"""os: the operating system's services, POSIX only.

The system calls are ingot's natives (`_ingot_os`, runtime/os_module.h,
which take a str or an object with __fspath__ as a path), called from
functions of CPython's names and parameters; what is built on them
(directory walks, scandir's entries, utime's times) is written here from
the documented behaviour."""

import time as _time
import _ingot_os
from _ingot_os import environ, stat_result
from . import path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

def getcwd():
    return _ingot_os.getcwd()


def chdir(path):
    _ingot_os.chdir(path)


def listdir(path=None):
    return _ingot_os.listdir("." if path is None else path)


def mkdir(path, mode=0o777):
    _ingot_os.mkdir(path, mode)


def makedirs(name, mode=0o777, exist_ok=False):
    _ingot_os.makedirs(name, mode, exist_ok)


def rmdir(path):
    _ingot_os.rmdir(path)


def remove(path):
    _ingot_os.remove(path)


def unlink(path):
    _ingot_os.remove(path)


def rename(src, dst):
    _ingot_os.rename(src, dst)


def replace(src, dst):
    _ingot_os.replace(src, dst)


def getpid():
    return _ingot_os.getpid()


def cpu_count():
    """The CPUs online, as glibc's sysconf counts them: the ranges listed
    in /sys/devices/system/cpu/online ("0-3,6"); None if unreadable."""
    try:
        with open('/sys/devices/system/cpu/online') as f:
            ranges = f.read().strip()
    except OSError:
        return None
    count = 0
    for span in ranges.split(','):
        first, _, last = span.partition('-')
        count += int(last or first) - int(first) + 1
    return count


def urandom(size):
    return _ingot_os.urandom(size)


def getenv(key, default=None):
    return _ingot_os.getenv(key, default)


def fspath(path):
    """A path's file system form: a str or bytes as it is, else what the
    object's __fspath__ gives (a str or bytes itself)."""
    return _ingot_os.fspath(path)


# access()'s modes.
F_OK = 0
X_OK = 1
W_OK = 2
R_OK = 4


def stat(path, *, follow_symlinks=True):
    """The path's os.stat_result; an int is an open file descriptor."""
    if isinstance(path, int):
        return _ingot_os.fstat(int(path))  # int(): compiled for str paths too, where it is never run
    return _ingot_os.stat(path, follow_symlinks)


def lstat(path):
    """stat() of a symbolic link itself."""
    return _ingot_os.stat(path, False)


def fstat(fd):
    return _ingot_os.fstat(fd)


def access(path, mode):
    return _ingot_os.access(path, mode)


def readlink(path):
    return _ingot_os.readlink(path)


def symlink(src, dst, target_is_directory=False):
    _ingot_os.symlink(src, dst)


def chmod(path, mode):
    _ingot_os.chmod(path, mode)


def _nanoseconds(seconds):
    """A time in seconds (an int or a float) as whole nanoseconds, rounded
    down as CPython converts utime's times."""
    if isinstance(seconds, int):
        return seconds * 1000000000
    whole = int(seconds // 1)
    return whole * 1000000000 + int((seconds - whole) * 1e9 // 1)


def utime(path, times=None, *, ns=None):
    """Sets the access and modification times: `times` in seconds, `ns` in
    nanoseconds, or now."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        _ingot_os.utime(path, ns[0], ns[1])
    elif times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        _ingot_os.utime(path, _nanoseconds(times[0]), _nanoseconds(times[1]))
    else:
        now = _time.time_ns()
        _ingot_os.utime(path, now, now)


class DirEntry:
    """One name scandir() found: its name, its path (the directory's text
    joined to it) and its file type and status, asked of the system the
    first time they are wanted and kept."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return "<DirEntry " + repr(self.name) + ">"

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks or not self.is_symlink():
            if self._lstat is None:
                self._lstat = _ingot_os.stat(self.path, False)
            return self._lstat
        if self._stat is None:
            self._stat = _ingot_os.stat(self.path, True)
        return self._stat

    def _mode(self, follow_symlinks):
        """The entry's st_mode, or -1 where it no longer exists (or, for
        a link followed, where its target does not)."""
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return -1

    def is_dir(self, *, follow_symlinks=True):
        mode = self._mode(follow_symlinks)
        return mode >= 0 and mode & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        mode = self._mode(follow_symlinks)
        return mode >= 0 and mode & 0o170000 == 0o100000

    def is_symlink(self):
        if self._lstat is None:
            try:
                self._lstat = _ingot_os.stat(self.path, False)
            except FileNotFoundError:
                return False
        return self._lstat.st_mode & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    """scandir()'s iterator of DirEntry objects, a context manager that
    closes it. The names are read when it is made."""

    def __init__(self, directory):
        self._directory = directory
        self._names = listdir(directory)
        self._at = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._at >= len(self._names):
            raise StopIteration
        self._at += 1
        return DirEntry(self._directory, self._names[self._at - 1])

    def close(self):
        self._at = len(self._names)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def scandir(path="."):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """(directory, its subdirectories' names, its other names) for `top`
    and every directory under it. Top-down, the caller may prune or reorder
    the list of subdirectories before the walk goes into them; links to
    directories are listed among them but entered only with followlinks."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    files = []
    entered = []  # bottom-up: the subdirectories to go into, as found
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if not is_dir:
            files.append(entry.name)
            continue
        dirs.append(entry.name)
        if not topdown and (followlinks or not entry.is_symlink()):
            entered.append(entry.path)
    if topdown:
        yield top, dirs, files
        for name in dirs:
            child = path.join(top, name)
            if followlinks or not path.islink(child):
                yield from walk(child, topdown, onerror, followlinks)
    else:
        for child in entered:
            yield from walk(child, topdown, onerror, followlinks)
        yield top, dirs, files

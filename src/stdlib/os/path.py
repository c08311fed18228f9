"""os.path, POSIX rules (CPython's posixpath). The string functions and
the file tests are ingot's natives (`_ingot_os_path`, runtime/os_module.h,
which take a str or an object with __fspath__), called from functions of
CPython's names and parameters; the ones that read links, times and file
identities are written here from the documented behaviour."""

import _ingot_os
import _ingot_os_path
from _ingot_os import environ as _environ

sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False


def join(a, *p):
    """The parts joined with '/', an absolute part starting again."""
    path = _ingot_os.fspath(a)
    for part in p:
        text = _ingot_os.fspath(part)
        if text.startswith("/"):
            path = text
        elif not path or path.endswith("/"):
            path = path + text
        else:
            path = path + "/" + text
    return path


def exists(path):
    return _ingot_os_path.exists(path)


def isfile(path):
    return _ingot_os_path.isfile(path)


def isdir(s):
    return _ingot_os_path.isdir(s)


def islink(path):
    return _ingot_os_path.islink(path)


def isabs(s):
    return _ingot_os_path.isabs(s)


def getsize(filename):
    return _ingot_os_path.getsize(filename)


def basename(p):
    return _ingot_os_path.basename(p)


def dirname(p):
    return _ingot_os_path.dirname(p)


def split(p):
    return _ingot_os_path.split(p)


def splitext(p):
    return _ingot_os_path.splitext(p)


def normpath(path):
    return _ingot_os_path.normpath(path)


def abspath(path):
    return _ingot_os_path.abspath(path)


def getmtime(filename):
    return _ingot_os.stat(filename, True).st_mtime


def getatime(filename):
    return _ingot_os.stat(filename, True).st_atime


def getctime(filename):
    return _ingot_os.stat(filename, True).st_ctime


def lexists(path):
    """Whether the path names anything, a broken symbolic link too."""
    try:
        _ingot_os.stat(path, False)
    except OSError:
        return False
    return True


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(_ingot_os.stat(f1, True), _ingot_os.stat(f2, True))


def sameopenfile(fp1, fp2):
    return samestat(_ingot_os.fstat(fp1), _ingot_os.fstat(fp2))


def expanduser(path):
    """`~` and `~/...` with $HOME for the tilde; `~user` stays as it is
    (ingot reads no user database)."""
    text = _ingot_os.fspath(path)
    if not text.startswith("~"):
        return text
    end = text.find("/")
    if end < 0:
        end = len(text)
    if end != 1 or "HOME" not in _environ:
        return text
    home = _environ["HOME"]
    while home.endswith("/"):
        home = home[:-1]
    return home + text[end:] or "/"


def commonprefix(m):
    """The longest string every item of m starts with (character by
    character, not by path components)."""
    if not m:
        return ""
    low = min(m)
    high = max(m)
    n = 0
    while n < len(low) and low[n] == high[n]:
        n += 1
    return low[:n]


def _names(text):
    """A path's components, empty ones and '.' dropped."""
    return [part for part in text.split("/") if part and part != "."]


def commonpath(paths):
    """The longest path every one of paths lies under, by components."""
    texts = [_ingot_os.fspath(p) for p in paths]
    if not texts:
        raise ValueError("commonpath() arg is an empty sequence")
    rooted = texts[0].startswith("/")
    for text in texts:
        if text.startswith("/") != rooted:
            raise ValueError("Can't mix absolute and relative paths")
    split_up = [_names(text) for text in texts]
    shared = split_up[0]
    for names in split_up[1:]:
        n = 0
        while n < len(shared) and n < len(names) and shared[n] == names[n]:
            n += 1
        shared = shared[:n]
    return ("/" if rooted else "") + "/".join(shared)


def relpath(path, start=None):
    """path written relative to start (the current directory by default),
    both taken as absolute paths, with no look at the file system."""
    text = _ingot_os.fspath(path)
    if not text:
        raise ValueError("no path specified")
    origin = _names(abspath(curdir if start is None else _ingot_os.fspath(start)))
    target = _names(abspath(text))
    n = 0
    while n < len(origin) and n < len(target) and origin[n] == target[n]:
        n += 1
    parts = [pardir] * (len(origin) - n) + target[n:]
    return "/".join(parts) if parts else curdir


def realpath(filename, *, strict=False):
    """The absolute path with every symbolic link in it followed and '.'
    and '..' taken away. Without strict, a part that does not exist is
    kept as written, and a loop of links ends the resolving there (the
    rest is appended as written); with strict, either raises OSError."""
    text = _ingot_os.fspath(filename)
    resolved = {}  # a link's path: its target's real path, None while being resolved
    real, _ = _resolve("/" if text.startswith("/") else _ingot_os.getcwd(), text, strict, resolved)
    return normpath(real)


def _resolve(done, text, strict, resolved):
    """`done` (a real absolute path) followed by the relative `text`, made
    real: (that path, True), or (the path as far as it got, the rest
    appended, False) at a loop of links."""
    names = _names(text)
    for i in range(len(names)):
        name = names[i]
        if name == pardir:
            done = dirname(done)
            continue
        candidate = join(done, name)
        if not (_is_link_strictly(candidate) if strict else islink(candidate)):
            done = candidate
            continue
        if candidate in resolved:
            target = resolved[candidate]
            if target is not None:
                done = target
                continue
            if strict:
                _ingot_os.stat(candidate, True)  # raises ELOOP's OSError
            return join(candidate, "/".join(names[i + 1:])), False
        resolved[candidate] = None
        link = _ingot_os.readlink(candidate)
        done, finished = _resolve("/" if link.startswith("/") else done, link, strict, resolved)
        if not finished:
            return join(done, "/".join(names[i + 1:])), False
        resolved[candidate] = done
    return done, True


def _is_link_strictly(candidate):
    """islink(), but an OSError where nothing is there."""
    return _ingot_os.stat(candidate, False).st_mode & 0o170000 == 0o120000

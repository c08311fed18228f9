"""glob: the path names matching a shell pattern, written from the
documented behaviour (and CPython's observed results, duplicates of
overlapping `**` included).

A pattern is taken apart at its last separator: the part before names the
directories to look in (itself a pattern when it holds magic characters),
the last part is matched in each of them through fnmatch. Names beginning
with '.' are only matched by a part that begins with '.' too, unless
include_hidden. With recursive=True a part that is exactly '**' stands for
the directory itself (the empty name) followed by everything below it,
depth first, hidden directories left out."""

import fnmatch
import os

__all__ = ["escape", "glob", "iglob"]

_MAGIC = "*?["


def has_magic(s):
    for c in s:
        if c in _MAGIC:
            return True
    return False


def escape(pathname):
    """Every '*', '?' and '[' of PATHNAME wrapped in brackets, so that it
    matches only itself (posix paths have no drive to leave alone)."""
    out = []
    for c in pathname:
        out.append("[" + c + "]" if c in _MAGIC else c)
    return "".join(out)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The names matching PATHNAME, as a list (in directory order, not sorted)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """glob()'s names, one at a time."""
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported by ingot")
    if not pathname:
        return
    # No root_dir is the same as '': the current directory, names as found.
    root = "" if root_dir is None else root_dir
    first = True
    drop_empty = recursive and (pathname == "**" or pathname.startswith("**/"))
    for name in _matches(pathname, root, False, recursive, include_hidden):
        # A leading '**' first stands for the start directory itself, which
        # is no result of its own.
        if first and drop_empty and not name:
            first = False
            continue
        first = False
        yield name


def _in_root(root_dir, path):
    if not root_dir or not path:
        return root_dir or path
    return os.path.join(root_dir, path)


def _exists(path):
    return os.path.exists(path) or os.path.islink(path)


def _is_star_star(part, recursive):
    return recursive and part == "**"


def _matches(pathname, root_dir, dironly, recursive, hidden):
    head, tail = os.path.split(pathname)
    if not has_magic(pathname):
        # Nothing to match: the path itself, if it is there.
        if tail:
            if _exists(_in_root(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_in_root(root_dir, head)):
            yield pathname
        return
    if not head:
        if _is_star_star(tail, recursive):
            yield from _below(root_dir, tail, dironly, hidden)
        else:
            yield from _matching(root_dir, tail, dironly, hidden)
        return
    if head != pathname and has_magic(head):
        dirs = _matches(head, root_dir, True, recursive, hidden)
    else:
        dirs = iter([head])
    for d in dirs:
        where = _in_root(root_dir, d)
        if not has_magic(tail):
            found = _literal(where, tail)
        elif _is_star_star(tail, recursive):
            found = _below(where, tail, dironly, hidden)
        else:
            found = _matching(where, tail, dironly, hidden)
        for name in found:
            yield os.path.join(d, name)


def _names(directory, dironly):
    """The entries of DIRECTORY ('' or None: the current one); nothing when
    it cannot be read, as glob never reports an OSError."""
    where = directory if directory else os.curdir
    try:
        names = os.listdir(where)
    except OSError:
        return []
    if not dironly:
        return names
    return [n for n in names if os.path.isdir(os.path.join(where, n))]


def _matching(directory, pattern, dironly, hidden):
    names = _names(directory, dironly)
    if not hidden and not pattern.startswith("."):
        names = [n for n in names if not n.startswith(".")]
    return fnmatch.filter(names, pattern)


def _literal(directory, name):
    where = directory if directory else ""
    if not name:
        # 'dir/' names a directory only.
        return [name] if os.path.isdir(where) else []
    return [name] if _exists(os.path.join(where, name) if where else name) else []


def _below(directory, pattern, dironly, hidden):
    yield pattern[:0]
    yield from _walk(directory, "", dironly, hidden)


def _walk(directory, prefix, dironly, hidden):
    """Every name below DIRECTORY, relative to it (PREFIX already in front),
    each directory before its contents."""
    where = directory if directory else os.curdir
    for name in _names(directory, dironly):
        if not hidden and name.startswith("."):
            continue
        rel = os.path.join(prefix, name) if prefix else name
        yield rel
        path = os.path.join(where, name)
        if os.path.isdir(path):
            yield from _walk(path, rel, dironly, hidden)


def glob1(dirname, pattern):
    """The names in DIRNAME matching PATTERN (kept from CPython's older API)."""
    return _matching(dirname, pattern, False, False)


def glob0(dirname, basename):
    """[BASENAME] if it exists in DIRNAME (kept from CPython's older API)."""
    return _literal(dirname, basename)

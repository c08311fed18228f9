"""shutil: copying, moving and removing files and trees, finding
programs, and file system sizes, written from the documented behaviour on
ingot's os module."""

import collections
import fnmatch
import os
import stat
import sys

import _ingot_os

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "ignore_patterns",
           "rmtree", "move", "which", "disk_usage", "Error", "SameFileError", "SpecialFileError"]

# The size of each read when copying between file objects (CPython's, on
# this system).
COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """copyfile's source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies what is left of FSRC into FDST, LENGTH bytes (or characters)
    at a time."""
    size = length if length > 0 else COPY_BUFSIZE
    while True:
        chunk = fsrc.read(size)
        if not chunk:
            return
        fdst.write(chunk)


class SpecialFileError(OSError):
    """copyfile met a named pipe."""


def _same_path(src, dst):
    """Whether SRC and DST are one file (same device and inode); False
    where either is missing."""
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of file SRC to file DST; returns DST. Without
    FOLLOW_SYMLINKS, a link SRC makes DST a link to the same place."""
    if _same_path(src, dst):
        raise SameFileError("%r and %r are the same file" % (src, dst))
    for name in (src, dst):
        try:
            mode = os.stat(name).st_mode
        except OSError:
            continue
        if stat.S_ISFIFO(mode):
            raise SpecialFileError("`%s` is a named pipe" % name)
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as source:
        with open(dst, "wb") as target:
            copyfileobj(source, target)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Gives DST the permission bits of SRC (links themselves have none to
    give here: without FOLLOW_SYMLINKS, nothing is done for two links)."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    os.chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Gives DST the access and modification times and the permission bits
    of SRC."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    info = os.stat(src)
    os.utime(dst, ns=(info.st_atime_ns, info.st_mtime_ns))
    os.chmod(dst, stat.S_IMODE(info.st_mode))


def _into(src, dst):
    """DST, or the name of SRC inside it when DST is a directory."""
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """copyfile and copymode into DST or, when DST is a directory, into a
    file of SRC's name there; returns the file written."""
    target = _into(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copymode(src, target, follow_symlinks=follow_symlinks)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """copy(), with the times too (copystat)."""
    target = _into(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copystat(src, target, follow_symlinks=follow_symlinks)
    return target


def _runnable(name, mode):
    """Whether which() takes NAME: something there, not a directory, that
    `mode` allows."""
    return os.path.exists(name) and os.access(name, mode) and not os.path.isdir(name)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The first file CMD names along PATH (the environment's $PATH, or the
    system's default search path) that MODE allows, or None. A CMD with a
    directory part is only checked itself."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH", os.defpath)
    if not path:
        return None
    tried = set()
    for folder in path.split(os.pathsep):
        if folder in tried:
            continue
        tried.add(folder)
        name = os.path.join(folder, cmd)
        if _runnable(name, mode):
            return name
    return None


usage = collections.namedtuple("usage", "total used free")


def disk_usage(path):
    """The total, used and free bytes of the file system PATH is on (free:
    what an unprivileged user may still take), as a named tuple."""
    total, used, free = _ingot_os.disk_usage(os.fspath(path))
    return usage(total, used, free)


def ignore_patterns(*patterns):
    """A copytree `ignore` that leaves out the names matching any of the
    glob-style PATTERNS."""
    def ignored(path, names):
        out = set()
        for pattern in patterns:
            out.update(fnmatch.filter(names, pattern))
        return out
    return ignored


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    """Copies the directory tree SRC to DST (made, with its parents; an
    existing one only with DIRS_EXIST_OK). Failures to copy single files are
    gathered into one Error at the end. Returns DST."""
    names = os.listdir(src)
    left_out = ignore(src, names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in left_out:
            continue
        source = os.path.join(src, name)
        target = os.path.join(dst, name)
        try:
            if os.path.isdir(source):
                copytree(source, target, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(source, target)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((source, target, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Removes the directory PATH and everything in it. Each failure is
    passed over with IGNORE_ERRORS, else handed to ONERROR(function, path,
    sys.exc_info()) where there is one (the function that failed: os.lstat,
    os.path.islink, os.scandir, os.unlink or os.rmdir), else raised."""
    def failed(function, name, error):
        # Called while `error` is handled, so sys.exc_info() gives it.
        if ignore_errors:
            return
        if onerror is None:
            raise error
        onerror(function, name, sys.exc_info())

    def remove_tree(folder):
        try:
            names = os.listdir(folder)
        except OSError as error:
            failed(os.scandir, folder, error)
            names = []
        for name in names:
            full = os.path.join(folder, name)
            if os.path.isdir(full) and not os.path.islink(full):
                remove_tree(full)
                continue
            try:
                os.unlink(full)
            except OSError as error:
                failed(os.unlink, full, error)
        try:
            os.rmdir(folder)
        except OSError as error:
            failed(os.rmdir, folder, error)

    try:
        os.lstat(path)
    except OSError as error:
        failed(os.lstat, path, error)
        return
    if os.path.islink(path):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError as error:
            failed(os.path.islink, path, error)
        return
    remove_tree(path)


def _inside(src, dst):
    """Whether DST lies in the directory SRC (or is it)."""
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.sep):
        src += os.sep
    if not dst.endswith(os.sep):
        dst += os.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Moves the file or directory SRC to DST (into it, when DST is an
    existing directory): a rename where it can, else a copy and a removal.
    Returns where SRC went."""
    target = dst
    if os.path.isdir(dst):
        if _same_path(src, dst):
            os.rename(src, dst)
            return target
        target = os.path.join(dst, os.path.basename(src.rstrip(os.sep)))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
    except OSError:
        if os.path.isdir(src):
            if _inside(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, target, True, None, copy_function)
            rmtree(src)
        else:
            copy_function(src, target)
            os.remove(src)
    return target

"""shutil: copying, moving and removing files and trees, written from the
documented behaviour on what ingot's os module has (listdir, mkdir,
rename, remove, rmdir, the os.path tests). Contents are copied; permission
bits and times are not (ingot has no os.stat/os.chmod/os.utime yet), so
copy() and copy2() are copyfile() that accept a directory as destination."""

import fnmatch
import os

__all__ = ["copyfileobj", "copyfile", "copy", "copy2", "copytree", "ignore_patterns", "rmtree", "move",
           "Error", "SameFileError"]

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


def _same_path(src, dst):
    # Without os.stat, the same file is the same normalised absolute path.
    if not os.path.exists(src) or not os.path.exists(dst):
        return False
    return os.path.abspath(src) == os.path.abspath(dst)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of file SRC to file DST; returns DST."""
    if _same_path(src, dst):
        raise SameFileError("%r and %r are the same file" % (src, dst))
    with open(src, "rb") as source:
        with open(dst, "wb") as target:
            copyfileobj(source, target)
    return dst


def _into(src, dst):
    """DST, or the name of SRC inside it when DST is a directory."""
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """copyfile into DST or, when DST is a directory, into a file of SRC's
    name there; returns the file written."""
    target = _into(src, dst)
    copyfile(src, target)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """copy(); CPython also copies the times and flags, which ingot cannot."""
    return copy(src, dst)


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
    """Removes the directory PATH and everything in it. With IGNORE_ERRORS,
    whatever cannot be removed is left; otherwise the first failure is
    raised (ingot has no os.lstat/os.scandir to hand to an `onerror`)."""
    if onerror is not None:
        raise NotImplementedError("rmtree: onerror is not supported by ingot")
    if os.path.islink(path):
        if ignore_errors:
            return
        raise OSError("Cannot call rmtree on a symbolic link")
    try:
        names = os.listdir(path)
    except OSError:
        if not ignore_errors:
            raise
        names = []
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            rmtree(full, ignore_errors)
            continue
        try:
            os.remove(full)
        except OSError:
            if not ignore_errors:
                raise
    try:
        os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


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

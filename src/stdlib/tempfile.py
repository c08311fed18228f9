"""tempfile: temporary directories (`TemporaryDirectory`, `mkdtemp`) and
`gettempdir`, on the native os module.

Names have CPython's shape: the prefix, eight characters of CPython's
alphabet, the suffix. CPython draws them from an unseeded random.Random;
here they come from os.urandom, so neither is reproducible, as intended.
"""
import os

__all__ = ["TemporaryDirectory", "mkdtemp", "gettempdir", "gettempprefix", "TMP_MAX"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    return "".join([_CHARACTERS[b % len(_CHARACTERS)] for b in os.urandom(8)])


def gettempprefix():
    return template


def _candidate_tempdir():
    # CPython's _candidate_tempdir_list, first usable entry.
    for name in ("TMPDIR", "TEMP", "TMP"):
        d = os.getenv(name)
        if d and os.path.isdir(d):
            return d
    for d in ("/tmp", "/var/tmp", "/usr/tmp"):
        if os.path.isdir(d):
            return d
    return os.getcwd()


def gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = os.path.abspath(_candidate_tempdir())
    return tempdir


def mkdtemp(suffix=None, prefix=None, dir=None):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary directory name found")


def _rmtree(path):
    for name in os.listdir(path):
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            _rmtree(full)
        else:
            os.unlink(full)
    os.rmdir(path)


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def __repr__(self):
        return "<TemporaryDirectory {!r}>".format(self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not os.path.exists(self.name):
            return
        try:
            _rmtree(self.name)
        except OSError:
            if not self._ignore_cleanup_errors:
                raise

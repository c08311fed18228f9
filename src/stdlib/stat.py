"""stat: the bits of os.stat()'s st_mode and the indexes of its result,
Linux's values, written from the documented behaviour."""

# Indexes into an os.stat_result.
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

# The file type, in the bits S_IFMT() keeps.
S_IFSOCK = 0o140000
S_IFLNK = 0o120000
S_IFREG = 0o100000
S_IFBLK = 0o060000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFIFO = 0o010000
# Types of other systems: none here.
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# The permission bits, which S_IMODE() keeps.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IRWXU = 0o700
S_IRUSR = 0o400
S_IWUSR = 0o200
S_IXUSR = 0o100
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001
S_IREAD = S_IRUSR
S_IWRITE = S_IWUSR
S_IEXEC = S_IXUSR

# BSD's file flags (st_flags), named as everywhere.
UF_NODUMP = 0x1
UF_IMMUTABLE = 0x2
UF_APPEND = 0x4
UF_OPAQUE = 0x8
UF_NOUNLINK = 0x10
UF_COMPRESSED = 0x20
UF_HIDDEN = 0x8000
SF_ARCHIVED = 0x10000
SF_IMMUTABLE = 0x20000
SF_APPEND = 0x40000
SF_NOUNLINK = 0x100000
SF_SNAPSHOT = 0x200000

# Windows' file attributes (st_file_attributes there).
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072
FILE_ATTRIBUTE_VIRTUAL = 65536


def S_IMODE(mode):
    """The permission bits of a mode (what chmod() sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file type bits of a mode."""
    return mode & 0o170000


def S_ISDIR(mode):
    return mode & 0o170000 == S_IFDIR


def S_ISREG(mode):
    return mode & 0o170000 == S_IFREG


def S_ISLNK(mode):
    return mode & 0o170000 == S_IFLNK


def S_ISCHR(mode):
    return mode & 0o170000 == S_IFCHR


def S_ISBLK(mode):
    return mode & 0o170000 == S_IFBLK


def S_ISFIFO(mode):
    return mode & 0o170000 == S_IFIFO


def S_ISSOCK(mode):
    return mode & 0o170000 == S_IFSOCK


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


# ls -l's letter for each file type.
_TYPE_LETTERS = {S_IFLNK: "l", S_IFSOCK: "s", S_IFREG: "-", S_IFBLK: "b", S_IFDIR: "d", S_IFCHR: "c", S_IFIFO: "p"}


def _triple(mode, read, write, execute, special, set_letter):
    """ls -l's three letters for one class of users: the special bit
    (set-id or sticky) shows in the execute place, lower case where that
    class may also execute."""
    letters = ("r" if mode & read else "-") + ("w" if mode & write else "-")
    if mode & special:
        return letters + (set_letter if mode & execute else set_letter.upper())
    return letters + ("x" if mode & execute else "-")


def filemode(mode):
    """A mode as `ls -l` shows it, such as '-rw-r--r--'."""
    kind = _TYPE_LETTERS.get(mode & 0o170000, "?")
    return (kind + _triple(mode, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "s")
            + _triple(mode, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "s")
            + _triple(mode, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "t"))

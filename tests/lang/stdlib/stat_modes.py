# The stat module: filemode over every file type and many permission
# combinations (set-id and sticky bits too), the S_IS* tests, S_IMODE and
# S_IFMT, and the constants.
import stat

kinds = [stat.S_IFREG, stat.S_IFDIR, stat.S_IFLNK, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFIFO, stat.S_IFSOCK, 0]
tests = [stat.S_ISREG, stat.S_ISDIR, stat.S_ISLNK, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISFIFO, stat.S_ISSOCK]
for kind in kinds:
    print(oct(kind), stat.filemode(kind | 0o755), [int(test(kind | 0o644)) for test in tests],
          stat.S_ISDOOR(kind), stat.S_ISPORT(kind), stat.S_ISWHT(kind))
lines = []
for bits in range(0, 0o10000, 0o123):
    lines.append(stat.filemode(stat.S_IFREG | bits))
print(len(lines), " ".join(lines[:12]))
print(" ".join(lines[12:]))
print(stat.filemode(0o104755), stat.filemode(0o102644), stat.filemode(0o41777), stat.filemode(0o41776),
      stat.filemode(0o7777), stat.filemode(0o170000))
print(stat.S_IMODE(0o104755), stat.S_IFMT(0o104755), stat.S_IMODE(0o40700) == stat.S_IRWXU)
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.S_IRUSR | stat.S_IWGRP | stat.S_IXOTH, stat.S_IREAD,
      stat.S_ENFMT == stat.S_ISGID, stat.UF_HIDDEN, stat.SF_SNAPSHOT, stat.FILE_ATTRIBUTE_DIRECTORY)

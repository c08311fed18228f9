# os.stat, os.lstat and os.fstat: the stat_result struct sequence (items,
# attributes, the float and nanosecond times), os.access, links, times set
# with os.utime and modes with os.chmod, in a scratch directory of the working directory.
import os
import stat

top = os.path.abspath("stat_scratch")
os.mkdir(top)
name = os.path.join(top, "data.txt")
with open(name, "w") as f:
    f.write("twelve bytes")

st = os.stat(name)
print(repr(st).split("(")[0], len(st), st.st_size, st[6], st[stat.ST_SIZE])
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISDIR(os.stat(top).st_mode))
print(st.st_nlink, st[0] == st.st_mode, st.st_ino == st[1], st.st_uid == st[4], st.st_gid == st[5])
print(type(st.st_mtime).__name__, type(st[stat.ST_MTIME]).__name__, type(st.st_mtime_ns).__name__)
print(st.st_mtime_ns // 1000000000 == st[8], int(st.st_mtime) == st[8], st.st_blocks >= 0, st.st_blksize > 0)
size, mode = st[6], st[0]
print(size, stat.S_IFMT(mode) == stat.S_IFREG, list(st)[6], st[6:8][0], tuple(st)[-4] == size)

# Times and permissions.
os.utime(name, ns=(1500000000123456789, 1600000000987654321))
st = os.stat(name)
print(st.st_mtime_ns, st.st_atime_ns, st[8], st[7])
os.utime(name, (1400000000, 1300000000.5))
st = os.stat(name)
print(st.st_atime_ns, st.st_mtime_ns, st.st_mtime)
os.chmod(name, 0o640)
print(stat.filemode(os.stat(name).st_mode), oct(stat.S_IMODE(os.stat(name).st_mode)))
print(os.access(name, os.F_OK), os.access(name, os.R_OK), os.access(os.path.join(top, "none"), os.F_OK))
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)

# Links: lstat sees the link, stat its target.
link = os.path.join(top, "link")
os.symlink("data.txt", link)
print(os.readlink(link), os.path.islink(link), stat.S_ISLNK(os.lstat(link).st_mode))
print(os.lstat(link).st_size, os.stat(link).st_size, os.stat(link, follow_symlinks=False).st_size)
print(os.path.samefile(link, name), os.stat(link).st_ino == os.stat(name).st_ino)
print(os.path.getsize(link), os.path.getmtime(link) == os.stat(name).st_mtime, os.path.lexists(link))
broken = os.path.join(top, "broken")
os.symlink("missing", broken)
print(os.path.exists(broken), os.path.lexists(broken), os.path.islink(broken))

# fstat of an open file.
with open(name) as f:
    print(os.fstat(f.fileno()).st_size, os.stat(f.fileno()).st_size)

# Errors name the path.
for call in (lambda: os.stat(os.path.join(top, "none")), lambda: os.lstat(os.path.join(top, "none")),
             lambda: os.readlink(name), lambda: os.path.getmtime(os.path.join(top, "none"))):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename == e.filename, str(e).replace(top, "TOP"))

for entry in os.listdir(top):
    os.remove(os.path.join(top, entry))
os.rmdir(top)
print(os.path.exists(top))

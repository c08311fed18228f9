# pathlib's questions to the file system through os.stat: stat/lstat,
# exists/is_file/is_dir/is_symlink, resolve following links, samefile,
# readlink/symlink_to, touch setting times, chmod, home/cwd, iterdir,
# unlink(missing_ok), rename, with_stem.
import os
import stat
from pathlib import Path

top = Path("pathlib_scratch").resolve()
top.mkdir()


def shown(p):
    return str(p).replace(str(top), "TOP")


data = top / "data.txt"
print(data.write_text("hello world"), data.stat().st_size, data.lstat().st_size, stat.S_ISREG(data.stat().st_mode))
print(data.exists(), data.is_file(), data.is_dir(), data.is_symlink(), top.is_dir(), (top / "none").exists())
print((data / "below").exists(), (data / "below").is_dir(), (top / "none" / "x").is_file())

link = top / "link.txt"
link.symlink_to("data.txt")
print(shown(link.readlink()), link.is_symlink(), link.is_file(), link.lstat().st_size, link.stat().st_size)
print(shown(link.resolve()), link.samefile(data), link.samefile(str(data)), data.samefile(top))
sub = top / "sub"
sub.mkdir()
(top / "to_sub").symlink_to(sub)
print(shown((top / "to_sub" / ".." / "data.txt").resolve()), shown((top / "to_sub/x/../y").resolve()))
print(shown(Path(top, "to_sub", "..").resolve()), shown((top / "nothing" / "..").resolve()))
(top / "loop").symlink_to("loop")
for make in [lambda: (top / "loop").resolve(), lambda: (top / "gone").resolve(strict=True), lambda: link.resolve(strict=True)]:
    try:
        print(shown(make()))
    except (RuntimeError, OSError) as e:
        print(type(e).__name__, shown(str(e)))
print((top / "loop").exists(), (top / "loop").is_symlink())

# touch: a new file, then an existing one gets the time of now.
fresh = top / "fresh"
fresh.touch()
print(fresh.exists(), fresh.stat().st_size)
os.utime(fresh, ns=(1000000000, 1000000000))
fresh.touch()
print(fresh.stat().st_mtime_ns > 1000000000)
try:
    fresh.touch(exist_ok=False)
except FileExistsError as e:
    print("FileExistsError", e.errno)
fresh.chmod(0o604)
print(stat.filemode(fresh.stat().st_mode))

print(sorted(shown(p) for p in top.iterdir()))
moved = fresh.rename(top / "moved")
print(shown(moved), fresh.exists(), moved.exists(), shown(moved.with_stem("other")), moved.with_stem("x").name)
moved.unlink()
moved.unlink(missing_ok=True)
try:
    moved.unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", shown(str(e)))
print(Path.home() == Path(os.path.expanduser("~")), Path.cwd() == Path(os.getcwd()))

for p in [top / "loop", top / "to_sub", link, data]:
    p.unlink()
sub.rmdir()
top.rmdir()
print(top.exists())

# shutil with os.stat: copy keeps the permission bits, copy2 and copystat
# the times too; copymode; copyfile of a link without following it;
# SameFileError through links; which() along a PATH; disk_usage's fields;
# rmtree's onerror.
import os
import shutil
import stat

top = os.path.abspath("shutil_scratch")
os.mkdir(top)
os.chdir(top)
with open("src.txt", "w") as f:
    f.write("source\n")
os.chmod("src.txt", 0o751)
os.utime("src.txt", ns=(1234567890000000000, 1234567891500000000))

print(shutil.copy("src.txt", "plain.txt"), stat.filemode(os.stat("plain.txt").st_mode),
      os.stat("plain.txt").st_mtime_ns == 1234567891500000000)
print(shutil.copy2("src.txt", "kept.txt"), stat.filemode(os.stat("kept.txt").st_mode), os.stat("kept.txt").st_mtime_ns)
os.mkdir("folder")
print(shutil.copy2("src.txt", "folder"), os.stat("folder/src.txt").st_mtime)
with open("other.txt", "w") as f:
    f.write("other")
shutil.copymode("src.txt", "other.txt")
print(stat.filemode(os.stat("other.txt").st_mode))
shutil.copystat("kept.txt", "folder")
print(os.stat("folder").st_mtime_ns, stat.filemode(os.stat("folder").st_mode))

os.symlink("src.txt", "link.txt")
print(shutil.copyfile("link.txt", "linkcopy.txt", follow_symlinks=False), os.path.islink("linkcopy.txt"),
      os.readlink("linkcopy.txt"))
for call in [lambda: shutil.copyfile("link.txt", "src.txt"), lambda: shutil.copy("src.txt", "."),
             lambda: shutil.copystat("missing", "kept.txt")]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)

# which(): the first runnable file along the path.
os.mkdir("bin1")
os.mkdir("bin2")
for folder, mode in [("bin1", 0o644), ("bin2", 0o755)]:
    with open(os.path.join(folder, "tool"), "w") as f:
        f.write("#!/bin/sh\n")
    os.chmod(os.path.join(folder, "tool"), mode)
print(shutil.which("tool", path="bin1" + os.pathsep + "bin2"), shutil.which("tool", path="bin1"),
      shutil.which("tool", os.R_OK, path="bin1:bin2"), shutil.which("bin2/tool"), shutil.which("bin1/tool"),
      shutil.which("tool", path=""), shutil.which("bin1", path="."), shutil.which("nothing-here-at-all"))
os.environ["PATH"] = os.path.join(top, "bin2")
print(shutil.which("tool") == os.path.join(top, "bin2", "tool"))

usage = shutil.disk_usage(".")
total, used, free = usage
print(type(usage).__name__, len(usage), usage.total == total, total >= used, total >= free, usage[2] == free)
try:
    shutil.disk_usage("missing")
except FileNotFoundError as e:
    print("FileNotFoundError", e)

failures = []


def note(function, path, info):
    failures.append((function.__name__, path, info[0].__name__))


shutil.rmtree("missing", onerror=note)
shutil.rmtree("link.txt", onerror=note)
shutil.rmtree("kept.txt", onerror=note)
print(failures)
shutil.rmtree("folder")
os.chdir("/")
shutil.rmtree(top)
print(os.path.exists(top))

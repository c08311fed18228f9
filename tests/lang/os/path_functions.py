# os.path's functions on links and relations: realpath (links, '..', loops,
# missing parts), relpath, commonpath, commonprefix, expanduser, samefile,
# and os.fspath of strings, bytes, paths and objects with __fspath__.
import os
import os.path
import pathlib
from os.path import commonpath, commonprefix, relpath

top = os.path.realpath("path_scratch")
os.mkdir(top)
os.makedirs(os.path.join(top, "real/inner"))
os.symlink("real", os.path.join(top, "alias"))
os.symlink(os.path.join(top, "real/inner"), os.path.join(top, "absolute"))
os.symlink("loop2", os.path.join(top, "loop1"))
os.symlink("loop1", os.path.join(top, "loop2"))
os.symlink("../real/./inner", os.path.join(top, "real/up"))


def shown(path):
    return path.replace(top, "TOP")


for name in ["alias", "alias/inner", "alias/../alias", "absolute/..", "real/up", "real/up/../..", "loop1",
             "loop1/x", "missing/x/..", "alias/missing/../inner", ".", "real//inner/"]:
    print(name, shown(os.path.realpath(os.path.join(top, name))))
for name in ["alias/inner", "loop1", "missing"]:
    try:
        print(name, shown(os.path.realpath(os.path.join(top, name), strict=True)))
    except OSError as e:
        print(name, type(e).__name__, e.errno)
os.chdir(os.path.join(top, "alias"))
print(shown(os.path.realpath("inner")), shown(os.path.realpath("..")), shown(os.path.realpath("")))
print(os.path.samefile(os.path.join(top, "alias/inner"), os.path.join(top, "real/inner")),
      os.path.samefile(os.path.join(top, "real"), os.path.join(top, "real/inner")))

for path, start in [("/a/b/c", "/a"), ("/a", "/a/b/c"), ("/a/b", "/x/y"), ("/", "/a"), ("/a", "/a"),
                    ("a/b", "a"), ("x", "y/z"), ("/a//b/./c", "/a/b/d/..")]:
    print(path, start, relpath(path, start))
print(relpath(os.path.join(top, "real/inner"), top), relpath("inner"), relpath(os.path.join(top, "real")))
try:
    relpath("")
except ValueError as e:
    print("ValueError", e)

for paths in [["/a/b/c", "/a/b/d"], ["a/b", "a/c"], ["/a", "/a/b"], ["/a/./b", "/a/b/"], ["a"], ["/x", "/y"],
              ["a/b", "c"], ("/usr/lib", "/usr/local/lib")]:
    print(commonpath(paths))
for bad in [[], ["/a", "b"]]:
    try:
        commonpath(bad)
    except ValueError as e:
        print("ValueError", e)
print(repr(commonprefix([])), commonprefix(["interstellar", "internet", "interval"]), commonprefix(["/a/bc", "/a/bd"]),
      repr(commonprefix(["x", "y"])), commonprefix(["same"]))

home = os.environ.get("HOME")
os.environ["HOME"] = "/home/someone/"
print(os.path.expanduser("~"), os.path.expanduser("~/x/y"), os.path.expanduser("a/~"), os.path.expanduser("x"))
os.environ["HOME"] = "/"
print(os.path.expanduser("~"), os.path.expanduser("~/z"))


class Named:
    def __init__(self, text):
        self.text = text

    def __fspath__(self):
        return self.text


print(os.fspath("s"), os.fspath(b"b"), os.fspath(pathlib.Path("p/q")), os.fspath(Named("n")))
print(os.path.getsize(pathlib.Path(top, "real")) >= 0, os.stat(Named(top)).st_size == os.stat(top).st_size)
for bad in [3, None, Named(4)]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError", e)

os.chdir("/")
for name in ["real/up", "real/inner", "real", "alias", "absolute", "loop1", "loop2"]:
    full = os.path.join(top, name)
    if os.path.islink(full):
        os.remove(full)
    else:
        os.rmdir(full)
os.rmdir(top)
print(os.path.lexists(top))

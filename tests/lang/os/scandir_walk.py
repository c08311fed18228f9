# os.scandir (DirEntry: name, path, is_file/is_dir/is_symlink, stat, as a
# context manager) and os.walk (top-down with pruning, bottom-up, links,
# onerror), over a tree made in a scratch directory of the working directory.
import os

top = os.path.abspath("walk_tree")
os.mkdir(top)
for folder in ["a/b/c", "a/skip/deep", "d"]:
    os.makedirs(os.path.join(top, folder))
for name, text in [("a/one.txt", "1"), ("a/b/two.txt", "22"), ("a/b/c/three.txt", "333"),
                   ("a/skip/deep/x", "x"), ("top.txt", "top")]:
    with open(os.path.join(top, name), "w") as f:
        f.write(text)
os.symlink("a/b", os.path.join(top, "to_b"))
os.symlink("top.txt", os.path.join(top, "to_top"))


def rel(path):
    return os.path.relpath(path, top)


with os.scandir(top) as entries:
    for entry in sorted(entries, key=lambda e: e.name):
        print(entry.name, rel(entry.path), entry.is_file(), entry.is_dir(), entry.is_symlink(),
              entry.is_dir(follow_symlinks=False), entry.stat().st_size if entry.is_file() else "-",
              repr(entry) == "<DirEntry %r>" % entry.name, os.fspath(entry) == entry.path)

# The default directory is '.', and paths start with it.
os.chdir(os.path.join(top, "a"))
print(sorted(e.path for e in os.scandir()))
it = os.scandir(".")
first = next(it)
it.close()
print(type(first).__name__, list(it))
os.chdir(top)

print("top-down, pruned:")
for folder, dirs, files in os.walk(top):
    dirs.sort()
    if "skip" in dirs:
        dirs.remove("skip")
    print(" ", rel(folder), dirs, sorted(files))

# Bottom-up: each directory after those under it (the order among
# siblings is the directory's own, so the rows are printed sorted).
rows = [(rel(folder), sorted(dirs), sorted(files)) for folder, dirs, files in os.walk(top, topdown=False)]
print("bottom-up:", all(rows.index(row) > rows.index(other) for row in rows for other in rows
                        if other[0].startswith(row[0] + "/") or (row[0] == "." and other[0] != ".")))
for row in sorted(rows):
    print(" ", *row)

print("following links:")
for folder, dirs, files in os.walk(top, followlinks=True):
    dirs.sort()
    print(" ", rel(folder), dirs, sorted(files))

errors = []
print(list(os.walk(os.path.join(top, "missing"), onerror=lambda e: errors.append(type(e).__name__))), errors)
print(list(os.walk(os.path.join(top, "top.txt"))))
print(sum(len(files) for _, _, files in os.walk("a")))

for folder, dirs, files in os.walk(top, topdown=False):
    for name in files + dirs:
        full = os.path.join(folder, name)
        if os.path.islink(full) or not os.path.isdir(full):
            os.remove(full)
        else:
            os.rmdir(full)
os.rmdir(top)
print(os.path.exists(top))

# glob over a small project tree: wildcards, character sets, hidden names,
# recursive '**', root_dir, trailing separators and escape(). Results are
# sorted, as glob promises no order.
import glob
import os

FILES = ["src/main.py", "src/util.py", "src/pkg/__init__.py", "src/pkg/core.py", "src/pkg/data/table.csv",
         "docs/index.md", "docs/api.md", ".git/config", "README.md", "setup.py", "notes[1].txt", "notes1.txt",
         "build/.cache/x.o", "build/out.o"]
for name in FILES:
    folder = os.path.dirname(name)
    if folder:
        os.makedirs(folder, exist_ok=True)
    with open(name, "w") as f:
        f.write(name + "\n")


def show(pattern, recursive=False, include_hidden=False, root_dir=None):
    found = glob.glob(pattern, recursive=recursive, include_hidden=include_hidden, root_dir=root_dir)
    print(repr(pattern), recursive, include_hidden, root_dir, sorted(found))


for pattern in ["*", "*.py", "*.md", "src/*.py", "src/*/*.py", "*/", "?????.md", "[sd]*", "[!sd]*", ".*", "*/.*",
                "notes[1].txt", "notes?.txt", "missing/*", "README.md", "README.md/", "src/", "nothing"]:
    show(pattern)
for pattern in ["**", "**/*.py", "**/", "src/**", "src/**/*.csv", "**/*.o", "**/.*", "**/pkg/**"]:
    show(pattern, recursive=True)
    show(pattern)
show("**/*.o", recursive=True, include_hidden=True)
show("*.py", root_dir="src")
show("**/*.py", root_dir="src", recursive=True)
show("../*", root_dir="src/pkg")

# An escaped name matches only itself.
print(glob.escape("notes[1].txt"), sorted(glob.glob(glob.escape("notes[1].txt"))))
print(glob.escape("what?*"), glob.has_magic("a[b"), glob.has_magic("plain"))

# iglob gives the same names lazily.
found = glob.iglob("src/**/*.py", recursive=True)
print(type(found).__name__, sorted(found))

# Every .py file, counted by folder.
counts = {}
for path in glob.glob("**/*.py", recursive=True):
    folder = os.path.dirname(path) or "."
    counts[folder] = counts.get(folder, 0) + 1
print(sorted(counts.items()))
total = 0
for path in glob.glob(os.path.join(os.getcwd(), "**", "*.md"), recursive=True):
    with open(path) as f:
        total += len(f.read())
print("md bytes", total)

# pathlib's concrete paths in the test's empty working directory: making
# and removing directories (parents, exist_ok and their errors), writing and
# reading files, iterdir, glob and rglob (sorted: no order is promised),
# rename/replace, touch and unlink.
from pathlib import Path, PurePath

root = Path("project")
root.mkdir()
(root / "src" / "pkg").mkdir(parents=True)
(root / "src" / "pkg").mkdir(parents=True, exist_ok=True)
for bad in [lambda: root.mkdir(), lambda: Path("no/such/dir").mkdir(), lambda: Path("gone").rmdir(),
            lambda: Path("gone").unlink(), lambda: Path("gone").read_text(), lambda: list(Path("gone").iterdir())]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e)
Path("gone").unlink(missing_ok=True)

files = {"src/main.py": "import pkg\nprint('hi')\n", "src/pkg/__init__.py": "", "src/pkg/core.py": "X = 1\n",
         "README.md": "# Project\n\nSome text.\n", ".env": "SECRET=1\n", "data/table.csv": "a,b\n1,2\n"}
for name, text in files.items():
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    print(name, path.write_text(text))
print((root / "blob.bin").write_bytes(bytes(range(5))), (root / "blob.bin").read_bytes())

print(sorted(p.name for p in root.iterdir()))
print(sorted(str(p) for p in root.glob("*")))
print(sorted(str(p) for p in root.glob("**/*.py")))
print(sorted(str(p) for p in root.rglob("*.py")))
print(sorted(str(p) for p in root.glob("**")))
print(sorted(str(p) for p in root.glob("*/")))
print(sorted(str(p) for p in root.glob("src/*/*.py")), sorted(str(p) for p in root.glob("nothing/*")))

# Sizes and line counts of every Python file.
for path in sorted(root.rglob("*.py"), key=str):
    text = path.read_text()
    print(path.relative_to(root), path.suffix, path.stem, len(text), text.count("\n"), path.is_file(), path.is_dir())

readme = root / "README.md"
with open(readme) as f:
    print(repr(f.readline()))
with open(readme, "a") as f:
    f.write("More.\n")
print(readme.read_text().splitlines())
with readme.open("rb") as f:
    print(f.read(9), f.readline())

moved = readme.rename(root / "README.txt")
print(repr(moved), readme.exists(), moved.exists(), moved.read_text().count("\n"))
swapped = moved.replace(PurePath("project", "NOTES.txt"))
print(repr(swapped), swapped.is_file())

marker = root / "stamp"
marker.touch()
marker.touch()
try:
    marker.touch(exist_ok=False)
except FileExistsError as e:
    print("FileExistsError", e)
print(marker.exists(), marker.read_text() == "")
marker.unlink()
print(marker.exists())

# Empty the tree again, deepest first.
for path in sorted(root.rglob("*"), key=lambda p: len(p.parts), reverse=True):
    if path.is_dir():
        path.rmdir()
    else:
        path.unlink()
root.rmdir()
print(root.exists(), list(Path(".").iterdir()))
print(Path.cwd() == Path(".").absolute(), Path("x").absolute() == Path.cwd() / "x", Path("a/../b").resolve() == Path.cwd() / "b")
print(Path("~/x").expanduser() == Path.home() / "x", Path.home().is_absolute(), Path("x/~").expanduser())

# pathlib's pure paths: parsing and joining, the pieces of a path, its
# variants, comparisons and hashing, relative_to and match, with CPython's
# errors.
from pathlib import PurePath, PurePosixPath

paths = [PurePath("a", "b"), PurePosixPath("/usr//lib/./python3.11/"), PurePath("//host/share"),
         PurePath("///x"), PurePath(), PurePath("src/pkg/../mod.tar.gz"), PurePath(".bashrc"), PurePath("/")]
for p in paths:
    print(repr(p), str(p), p.parts, repr(p.root), repr(p.anchor), repr(p.name), repr(p.stem), repr(p.suffix),
          p.suffixes, repr(p.parent), p.is_absolute())
    print("  parents:", len(p.parents), [str(q) for q in p.parents], repr(p.parents))

base = PurePath("/srv/www")
page = base / "site" / "index.html"
print(page, "/" / PurePath("etc"), "conf" / PurePath("app.ini"), base / "/abs" / "x")
print(base.joinpath("a", "b/c", PurePath("d")), page.parents[0], page.parents[-1], page.parents[1:3])
print(page.with_name("about.html"), page.with_suffix(".md"), page.with_suffix(""), page.with_stem("main"))
print(PurePath("archive.tar.gz").with_suffix(".bz2"), PurePath("README").with_suffix(".txt"))
print(page.relative_to(base), page.relative_to("/srv", "www/site"), page.is_relative_to("/srv"),
      page.is_relative_to("/etc"))
print(page.match("*.html"), page.match("site/*.html"), page.match("/srv/*/*/*.html"), page.match("www/*.html"),
      page.match("/*.html"))

# Equality, hashing and order go by the parts.
a, b = PurePath("a/b"), PurePosixPath("a//b/")
print(a == b, a != b, hash(a) == hash(b), a == "a/b", len({a, b, PurePath("a")}))
ordered = [PurePath("b"), PurePath("/z"), PurePath("a/c"), PurePath("a")]
print([[x < y for y in ordered] for x in ordered], [[x >= y for y in ordered] for x in ordered])
print(sorted(ordered), max(paths), min(paths))
print(PurePath("a") < PurePath("b"), PurePath("a/b") >= PurePath("a"), PurePath("a") > PurePath("a"),
      PurePath("a") <= PurePath("a"))
print(PurePath("/a b/ü").as_uri(), PurePath("x/y").as_posix())

counts = {}
for name in ["a.py", "b.py", "c.txt", "d", "e.tar.gz", ".hidden"]:
    key = PurePath("proj", name).suffix or "(none)"
    counts[key] = counts.get(key, 0) + 1
print(counts)

for bad in [lambda: PurePath("/").with_name("x"), lambda: page.with_name("a/b"), lambda: page.with_name(""),
            lambda: page.with_suffix("md"), lambda: page.with_suffix("."), lambda: PurePath().with_suffix(".x"),
            lambda: page.relative_to("/etc"), lambda: PurePath("a").relative_to("/a"), lambda: page.match(""),
            lambda: PurePath("rel").as_uri(), lambda: page.parents[9], lambda: PurePath(3), lambda: page / 3,
            lambda: 3 / page, lambda: page < "x"]:
    try:
        print("ok", bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)

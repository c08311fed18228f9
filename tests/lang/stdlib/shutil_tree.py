# shutil on a small tree in the test's empty working directory: copyfile
# and copy (into a folder), copytree with ignore_patterns and
# dirs_exist_ok, move (rename, into a folder, of a whole tree), rmtree, and
# their errors. Listings are sorted: the order of a folder is the system's.
import os
import shutil


def tree(top):
    out = []
    for name in sorted(os.listdir(top)):
        path = os.path.join(top, name)
        if os.path.isdir(path):
            out.append(name + "/")
            out.extend("  " + line for line in tree(path))
        else:
            with open(path) as f:
                out.append("%s (%d)" % (name, len(f.read())))
    return out


for folder in ["site/static/css", "site/pages", "site/.git", "backup"]:
    os.makedirs(folder)
for name, text in [("site/index.html", "<h1>hi</h1>\n"), ("site/static/css/main.css", "body{}\n" * 100),
                   ("site/pages/about.html", "about\n"), ("site/pages/draft.tmp", "x"), ("site/.git/HEAD", "ref\n"),
                   ("notes.txt", "remember\n")]:
    with open(name, "w") as f:
        f.write(text)

print(shutil.copyfile("notes.txt", "notes.bak"), shutil.copy("notes.txt", "backup"))
print(shutil.copy("site/index.html", "backup/home.html"), shutil.copy2("notes.bak", "backup"))
print(shutil.copytree("site", "public", ignore=shutil.ignore_patterns("*.tmp", ".git")))
print("\n".join(tree("public")))
with open("site/pages/new.html", "w") as f:
    f.write("new\n")
print(shutil.copytree("site/pages", "public/pages", dirs_exist_ok=True))
print(tree("public/pages"))

for bad in [lambda: shutil.copyfile("notes.txt", "notes.txt"), lambda: shutil.copyfile("missing.txt", "x"),
            lambda: shutil.copyfile("site", "x"), lambda: shutil.copytree("site", "public"),
            lambda: shutil.rmtree("missing"), lambda: shutil.rmtree("notes.txt"),
            lambda: shutil.move("backup", "backup/inner"), lambda: shutil.move("notes.bak", "backup")]:
    try:
        print("ok", bad())
    except shutil.SameFileError as e:
        print("SameFileError", e)
    except shutil.Error as e:
        print("Error", e)
    except OSError as e:
        print(type(e).__name__, e)

print(shutil.move("notes.bak", "notes.old"), shutil.move("notes.old", "site"), shutil.move("public", "backup"))
shutil.rmtree("missing", ignore_errors=True)
shutil.rmtree("site")
print(sorted(os.listdir(".")))
print("\n".join(tree(".")))
shutil.rmtree("backup")
print(sorted(os.listdir(".")))

# open() of an object with __fspath__ (os.PathLike): the path it returns is
# opened, and errors name that path; a __fspath__ returning something else
# is a TypeError, as is an object without one.
class Location:
    def __init__(self, folder, name):
        self.folder = folder
        self.name = name

    def __fspath__(self):
        return self.folder + self.name


class Named(Location):
    pass


class Broken:
    def __fspath__(self):
        return 42


with open(Location("", "notes.txt"), "w") as f:
    f.write("first\nsecond\n")
with open(Named("./", "notes.txt")) as f:
    print(f.read().split())
with open(Location("", "notes.txt"), "rb") as f:
    print(f.read())
for arg in [Broken(), 2.5, Location("missing/", "x.txt")]:
    try:
        open(arg)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
try:
    open(Named("", "notes.txt"), "x")
except FileExistsError as e:
    print(e.filename, e.errno)

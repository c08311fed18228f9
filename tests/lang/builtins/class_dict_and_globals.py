# C.__dict__ (the class's own namespace, in definition order) and
# globals() read as a dict.


class Config:
    """A config."""
    name = "cfg"
    size = 3

    def method(self):
        return 1

    limit = size * 2


print([k for k in Config.__dict__ if not k.startswith("__")])
print("method" in Config.__dict__, "name" in Config.__dict__, "other" in Config.__dict__)
print(Config.__dict__["name"], Config.__dict__["limit"], Config.__dict__["__doc__"])
first = 10


def helper():
    return 2


g = globals()
print("first" in g, g["first"], g["helper"] is helper, g["Config"] is Config, g["__name__"])
print([k for k in globals() if not k.startswith("__")])
print(globals().get("missing", "none"), len([k for k in g if k == "first"]))

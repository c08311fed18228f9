# bytes methods read from a value at run time (getattr with a name from a
# table, a bytes held with values of other types): the runtime's bytes
# method table, with CPython's errors for arguments of the wrong type.
records = {"sep": b", ", "line": b"  alpha beta\tgamma  ", "name": "text", "n": 3, "raw": b"caf\xc3\xa9"}

calls = [
    ("sep", "join", ([b"a", b"b", bytearray(b"c")],)),
    ("sep", "join", ((x for x in [b"x", b"y"]),)),
    ("sep", "join", ([],)),
    ("line", "split", ()),
    ("line", "split", (b"a",)),
    ("line", "split", (None, 1)),
    ("line", "strip", ()),
    ("line", "lstrip", (b" a",)),
    ("line", "rstrip", (None,)),
    ("raw", "decode", ()),
    ("raw", "decode", ("latin-1",)),
    ("raw", "decode", ("ascii", "replace")),
    ("raw", "hex", ()),
    ("raw", "hex", (":",)),
    ("raw", "hex", (b"-", 2)),
    ("line", "upper", ()),
    ("line", "lower", ()),
    ("line", "title", ()),
    ("line", "swapcase", ()),
    ("line", "capitalize", ()),
    ("line", "isspace", ()),
    ("raw", "isalpha", ()),
    ("sep", "isdigit", ()),
    ("line", "islower", ()),
    ("line", "isupper", ()),
    ("raw", "isalnum", ()),
    ("line", "find", (b"beta",)),
    ("line", "find", (97,)),
    ("line", "find", (b"a", 5)),
    ("line", "find", (b"a", 5, 8)),
    ("line", "count", (b"a",)),
    ("line", "index", (b"g",)),
    ("line", "startswith", (b"  al",)),
    ("line", "startswith", ((b"x", b"  "),)),
    ("line", "endswith", (b"  ",)),
    ("line", "startswith", (b"", 30)),
    ("line", "startswith", (b"alpha", 2)),
    ("line", "endswith", (b"beta", 0, 12)),
    ("line", "endswith", (b"", -3, -5)),
    ("line", "replace", (b"a", b"A")),
    ("line", "replace", (b"a", b"A", 2)),
    ("raw", "center", (11, b"*")),
    ("raw", "ljust", (8,)),
    ("raw", "rjust", (8, b".")),
    ("raw", "zfill", (9,)),
    ("line", "expandtabs", (4,)),
    ("line", "partition", (b"beta",)),
    ("line", "rpartition", (b"z",)),
    ("raw", "translate", (None, b"af")),
    ("raw", "translate", (bytes.maketrans(b"ac", b"AC"),)),
    ("name", "upper", ()),
    ("line", "split", ("a",)),
    ("sep", "join", ([b"a", "b"],)),
    ("sep", "join", (5,)),
    ("raw", "decode", (1,)),
    ("line", "startswith", (1,)),
    ("line", "find", (1.5,)),
    ("line", "find", (300,)),
    ("raw", "center", (10, "x")),
    ("raw", "center", (10, b"xy")),
    ("line", "upper", (1,)),
    ("line", "index", (b"zz",)),
    ("line", "split", (b"",)),
    ("raw", "decode", ("ascii",)),
    ("line", "nosuch", ()),
    ("line", "find", ()),
]
for key, name, args in calls:
    value = records[key]
    try:
        print(key, name, getattr(value, name)(*args))
    except (TypeError, ValueError, AttributeError, UnicodeDecodeError) as e:
        print(key, name, type(e).__name__, e)

method = records["line"].split
print(method(b"\t"))

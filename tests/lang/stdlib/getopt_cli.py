import getopt

SHORT = "hvo:n:"
LONG = ["help", "verbose", "output=", "count=", "dry-run"]

COMMAND_LINES = [
    ["-v", "-o", "out.txt", "input1", "input2"],
    ["-vn3", "--output=report.csv", "--dry", "a.txt"],
    ["--verb", "file", "-h"],
    ["-o"],
    ["--count"],
    ["--help=yes"],
    ["--x"],
    ["-z"],
    ["--", "-v", "not an option"],
    ["-", "-v"],
    ["--d", "x"],
]
for argv in COMMAND_LINES:
    for parse in (getopt.getopt, getopt.gnu_getopt):
        try:
            opts, args = parse(argv, SHORT, LONG)
            print(parse.__name__, opts, args)
        except getopt.GetoptError as err:
            print(parse.__name__, "error:", err, "| opt:", repr(err.opt), "| msg:", err.msg)

try:
    getopt.getopt(["--ver"], "", ["verbose", "version"])
except getopt.error as err:
    print(type(err).__name__, err.args)
print(getopt.gnu_getopt(["a", "-b", "c", "-d"], "+bd"))
print(getopt.getopt(["--only"], "", "only"))


def configure(argv):
    settings = {"verbose": 0, "output": "-", "count": 1, "files": []}
    opts, rest = getopt.gnu_getopt(argv, SHORT, LONG)
    for opt, value in opts:
        if opt in ("-v", "--verbose"):
            settings["verbose"] += 1
        elif opt in ("-o", "--output"):
            settings["output"] = value
        elif opt in ("-n", "--count"):
            settings["count"] = int(value)
    settings["files"] = rest
    return settings


print(configure(["x.txt", "-vv", "--count", "7", "y.txt", "--out", "z"]))

# A table of handlers looked up with dict.get: the value may be None, and
# the program tests it before calling.
def cmd_add(todos, args):
    todos.append(" ".join(args))
    return f"added #{len(todos)}"


def cmd_list(todos, args):
    return "\n".join(f"{i}. {t}" for i, t in enumerate(todos, 1)) or "(nothing)"


def cmd_clear(todos, args):
    n = len(todos)
    todos.clear()
    return f"cleared {n}"


COMMANDS = {"add": cmd_add, "list": cmd_list, "clear": cmd_clear}


def run(todos, argv):
    cmd, *rest = argv
    handler = COMMANDS.get(cmd)
    if handler is None:
        return f"unknown command: {cmd}"
    return handler(todos, rest)


todos = []
for argv in [["list"], ["add", "buy", "milk"], ["add", "call", "mom"], ["list"], ["nope", "x"], ["clear"], ["list"]]:
    print(run(todos, argv))

maybe = COMMANDS.get("missing")
try:
    maybe([], [])
except TypeError as e:
    print("TypeError:", e)

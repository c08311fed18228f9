# An exception that passes through a contextmanager's generator unchanged
# keeps the traceback it had when it reached the with: the frames of
# contextlib's __exit__ and of the generator leave no entries.
import contextlib


@contextlib.contextmanager
def section(title):
    print("enter", title)
    try:
        yield title.upper()
    finally:
        print("leave", title)


@contextlib.contextmanager
def passing(log):
    try:
        yield
    except KeyError as e:
        log.append(repr(e))
        raise


def lookup(table, key):
    return table[key]


def run(log):
    with section("outer") as name:
        print(name)
        with passing(log):
            return lookup({"a": 1}, "b")


log = []
try:
    run(log)
except KeyError as e:
    print("caught", e, log)
with section("last"):
    run([])

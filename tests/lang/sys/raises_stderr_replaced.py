# With sys.stderr replaced, the uncaught exception's report goes to the
# object that sys.stderr holds (here, uppercased onto stdout), as in CPython.
import sys


class Shout:
    def write(self, text):
        sys.__stdout__.write(text.upper())
        return len(text)

    def flush(self):
        pass


print("start")
sys.stderr = Shout()
print("warning", file=sys.stderr)


def fail(n):
    return 10 // n


fail(0)

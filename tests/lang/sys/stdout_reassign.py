# sys.stdout and sys.stderr assigned: print() and writes go to what they
# hold; sys.__stdout__ and sys.__stderr__ put the real ones back.
import io
import sys


def shout(*words):
    print(*words, sep="|")
    sys.stdout.write("direct\n")


buf = io.StringIO()
sys.stdout = buf
print("hello", 1, [2, 3])
shout("a", "b")
n = sys.stdout.write("counted")
print()
print("no newline", end="")
print(" flushed", flush=True)
sys.stdout.writelines(["x\n", "y\n"])
print(sys.stdout is buf, sys.stdout.isatty())
sys.stdout = sys.__stdout__
print("back:", sys.stdout is sys.__stdout__, n)
print(repr(buf.getvalue()))

errors = io.StringIO()
sys.stderr = errors
print("to stderr", file=sys.stderr)
sys.stderr.write("written\n")
sys.stderr = sys.__stderr__
print(repr(errors.getvalue()))

# print(file=None) means sys.stdout, whatever it holds then.
target = None
captured = io.StringIO()
sys.stdout = captured
print("through None", file=target)
sys.stdout = sys.__stdout__
print(repr(captured.getvalue()))

# None: print() does nothing at all.
sys.stdout = None
print("lost")
sys.stdout = sys.__stdout__

# The real ones keep their file methods and attributes.
print(sys.stdout.write("abc\n"), sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.encoding)
print(sys.stdout.isatty(), sys.__stdout__.name, sys.__stderr__.errors, sys.__stdin__.mode)
from sys import stdout
print(stdout is sys.__stdout__)

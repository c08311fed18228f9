# contextlib.redirect_stdout / redirect_stderr: nested, re-entered, and the
# exit putting back what the enter found even when the block raises.
import io
import sys
from contextlib import redirect_stderr, redirect_stdout


def report(label):
    print("report", label)
    print("problem", label, file=sys.stderr)


out, err = io.StringIO(), io.StringIO()
with redirect_stdout(out) as f:
    print("captured", f is out)
    report(1)
print("outside", repr(out.getvalue()))

with redirect_stdout(out), redirect_stderr(err):
    report(2)
print(repr(out.getvalue()))
print(repr(err.getvalue()))

inner = io.StringIO()
outer = io.StringIO()
again = redirect_stdout(outer)
with again:
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
        with again:
            print("outer 2")
        print("inner again")
    print("outer 3")
print(repr(outer.getvalue()), repr(inner.getvalue()))

try:
    with redirect_stdout(io.StringIO()):
        print("lost")
        raise KeyError("in block")
except KeyError as e:
    print("caught", e, sys.stdout is sys.__stdout__)


def helper():
    buf = io.StringIO()
    with redirect_stdout(buf):
        for i in range(3):
            print(i, end=" ")
    return buf.getvalue()


print(repr(helper()))
lines = helper().split()
print(lines)

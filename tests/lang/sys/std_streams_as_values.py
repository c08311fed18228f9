# sys.stdout and sys.stderr are file objects: passed around, stored,
# defaulted, printed to and written to, keeping their order with print().
import sys


def report(msg, stream=sys.stdout):
    stream.write("report: " + msg + "\n")
    return stream


class Tee:
    def __init__(self, *streams):
        self.streams = list(streams)
        self.count = 0

    def write(self, text):
        for s in self.streams:
            s.write(text)
        self.count += len(text)
        return len(text)


out = sys.stdout
print("first")
out.write("second\n")
print("third", file=out)
print("fourth", "and", "more", sep="-", file=sys.stdout, flush=True)
n = out.write("written: ")
print(n)
report("to stdout")
print(report("to stderr", sys.stderr) is sys.stderr)
print(out is sys.stdout, out is sys.stderr, out == sys.stdout)
print(repr(sys.stdout), repr(sys.stderr))
print(sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stderr.errors)
print(sys.stdin.name, sys.stdin.mode, sys.stdin.readable(), sys.stdout.writable())
print(type(sys.stdout).__name__, sys.stdout.closed, sys.stdout.fileno(), sys.stderr.fileno())
streams = {"out": sys.stdout, "err": sys.stderr}
for name in sorted(streams):
    print(name, streams[name].fileno())
t = Tee(sys.stdout, sys.stdout)
print("twice", file=t)
print(t.count)
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()
print("last line to stderr", file=sys.stderr)

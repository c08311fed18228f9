# Objects of the program's with a write method as sys.stdout (a Tee, a
# logger) and as print(file=...): print() calls write for each item, each
# separator and the end, and flush when asked.
import sys


class Tee:
    def __init__(self, *streams):
        self.streams = streams
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        for stream in self.streams:
            stream.write(s)
        return len(s)

    def flush(self):
        self.calls.append("<flush>")


class Upper:
    def __init__(self, inner):
        self.inner = inner

    def write(self, text):
        return self.inner.write(text.upper())


tee = Tee(sys.stdout, sys.stderr)
sys.stdout = tee
print("a", "b", sep=", ")
print("flushed", flush=True)
print(1, 2.5, None, end="!\n")
sys.stdout.write("raw\n")
sys.stdout = sys.__stdout__
print(tee.calls)

sys.stdout = Upper(sys.stdout)
print("shouting", [1, "x"])
sys.stdout = Upper(sys.stdout)
print("twice wrapped")
sys.stdout = sys.__stdout__

log = Tee()
print("to the log", 3, file=log, flush=True)
print(log.calls)

import io
import sys


class Lines:
    def __init__(self, lines):
        self.lines = lines
        self.calls = 0

    def readline(self):
        self.calls += 1
        return self.lines.pop(0) if self.lines else ""


source = Lines(["a\n", "b"])
sys.stdin = source
out = io.StringIO()
sys.stdout = out
x = input("? ")
y = input()
sys.stdout = sys.__stdout__
print(repr(x), repr(y), repr(out.getvalue()), source.calls)
try:
    input()
except EOFError as e:
    print("EOFError:", e)

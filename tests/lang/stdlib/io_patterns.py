import io


def render(rows, out):
    for r in rows:
        out.write(' '.join(str(x) for x in r))
        out.write('\n')


def report(items, file=None):
    for i in items:
        print('-', i, file=file)


buf = io.StringIO()
render([[1, 2], [3, 4]], buf)
print(buf.getvalue().splitlines())
report(['a', 'b'])
s = io.StringIO()
report(['c'], file=s)
print(repr(s.getvalue()))
data = io.StringIO('3\n1 2 3\n')
n = int(data.readline())
nums = list(map(int, data.readline().split()))
print(n, nums, isinstance(data, io.StringIO), type(data).__name__)
lines = [l.strip() for l in io.StringIO('x\ny\n')]
print(lines)

# Traceback objects (e.__traceback__, sys.exc_info()[2]) and what the
# traceback module does with them: format_tb, extract_tb, print_tb, the
# three-argument format_exception; and an exception group's text.
import sys
import traceback


def base(path):
    return path.rsplit('/', 1)[-1]


def shown(text):
    out = []
    for line in text.splitlines():
        if 'File "' in line:
            start = line.index('File "') + len('File "')
            name = line[start:line.index('"', start)]
            line = line.replace(name, base(name))
        out.append(line)
    return '\n'.join(out)


def parse(text):
    return int(text)


def parse_all(items):
    out = []
    for item in items:
        out.append(parse(item))
    return out


try:
    parse_all(['1', 'two'])
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next.tb_lineno)
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print('depth', depth)
    print(sys.exc_info()[2].tb_lineno == e.__traceback__.tb_lineno)
    for frame in traceback.extract_tb(e.__traceback__):
        print(base(frame.filename), frame.lineno, frame.name, repr(frame.line))
    for filename, lineno, name, line in traceback.extract_tb(e.__traceback__, limit=1):
        print(base(filename), lineno, name, line)
    summary = traceback.extract_tb(e.__traceback__)[-1]
    print(summary[1], summary[2], len(summary), repr(summary).replace(summary.filename, base(summary.filename)))
    print(shown(''.join(traceback.format_tb(e.__traceback__))))
    print(len(traceback.format_tb(e.__traceback__)), len(traceback.format_tb(e.__traceback__, -2)))
    print(shown(''.join(traceback.format_exception(type(e), e, e.__traceback__))))
    print(shown(''.join(traceback.format_exception(*sys.exc_info()))))
    print(traceback.format_tb(None), traceback.extract_tb(None))


class Sink:
    def __init__(self):
        self.text = ''

    def write(self, text):
        self.text += text


sink = Sink()
try:
    {}['missing']
except KeyError as e:
    traceback.print_tb(e.__traceback__, file=sink)
    traceback.print_exception(type(e), e, e.__traceback__, file=sink)
print(shown(sink.text))

# An exception not raised yet has no traceback.
fresh = ValueError('never raised')
print(fresh.__traceback__, traceback.format_exception(fresh))


def check(values):
    errors = []
    for v in values:
        try:
            if v < 0:
                raise ValueError('negative: %d' % v)
            if v == 0:
                raise ZeroDivisionError('zero')
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup('bad values', errors)


try:
    check([1, -2, 0])
except ExceptionGroup as g:
    print(shown(traceback.format_exc()))
    print(len(g.exceptions), [type(x).__name__ for x in g.exceptions])

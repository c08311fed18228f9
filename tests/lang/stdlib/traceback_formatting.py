# The traceback module on caught exceptions: format_exc, print_exc,
# format_exception (one- and three-argument forms), print_exception,
# format_exception_only, chained exceptions and limits. File names are cut
# to their last part, so that the text does not depend on where the
# program lives.
import sys
import traceback


def shown(text):
    out = []
    for line in text.splitlines():
        if line.startswith('  File "'):
            name = line[len('  File "'):line.index('"', len('  File "'))]
            line = line.replace(name, name.rsplit('/', 1)[-1])
        out.append(line)
    return '\n'.join(out)


def divide(a, b):
    return a / b


def average(values):
    return divide(sum(values), len(values))


def lookup(table, key):
    return table[key]


try:
    average([])
except ZeroDivisionError:
    text = traceback.format_exc()
    print(shown(text))
    print(text.splitlines()[0], text.endswith('division by zero\n'))

try:
    lookup({'a': 1}, 'missing')
except KeyError as e:
    pieces = traceback.format_exception(e)
    print(len(pieces), pieces[0] == 'Traceback (most recent call last):\n', pieces[-1])
    print(shown(''.join(pieces)))
    print(shown(''.join(traceback.format_exception(type(e), e, None))) == shown(''.join(pieces)))
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))


class ConfigError(Exception):
    pass


def load(settings):
    try:
        return int(settings['port'])
    except (KeyError, ValueError) as e:
        raise ConfigError('bad port %r' % settings.get('port')) from e


try:
    load({'port': 'eighty'})
except ConfigError as e:
    print(shown(''.join(traceback.format_exception(e))))
    print(len(traceback.format_exception(e, chain=False)))

# An exception raised while handling another: the context comes first.
try:
    try:
        [][1]
    except IndexError:
        {}['k']
except KeyError:
    print(shown(traceback.format_exc()))
    print(shown(traceback.format_exc(chain=False)))

# Limits keep the outermost frames (or the innermost, when negative).
def recurse(n):
    if n == 0:
        raise RuntimeError('bottom')
    return recurse(n - 1)


try:
    recurse(6)
except RuntimeError:
    print(shown(traceback.format_exc()))
    print(shown(traceback.format_exc(limit=2)))
    print(shown(traceback.format_exc(limit=-1)))

# print_exc and print_exception write to a file given, else to stderr.
class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


sink = Collect()
try:
    int('x')
except ValueError as e:
    traceback.print_exc(file=sink)
    traceback.print_exception(e, file=sink)
    traceback.print_exception(type(e), e, None, file=sink)
    traceback.print_exc()
print(shown(''.join(sink.parts)))

# Outside any handler there is no exception.
print(repr(traceback.format_exc()), traceback.format_exception_only(None))
print(traceback.format_exception_only(ValueError('plain')), traceback.format_exception_only(ConfigError()))

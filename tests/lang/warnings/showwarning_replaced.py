# A program's own warnings.showwarning receives each warning the filters
# let through: the Warning instance, its category, file and line.
import warnings

seen = []


def show(message, category, filename, lineno, file=None, line=None):
    seen.append(str(message))
    print('warning:', category.__name__, type(message).__name__, message, lineno, filename.endswith('.py'), file, line)


warnings.showwarning = show


def parse(text):
    if not text.isdigit():
        warnings.warn('not a number: ' + text, RuntimeWarning)
        return 0
    return int(text)


print([parse(t) for t in ['1', 'x', '22', 'y', 'x']])
warnings.warn('plain')
warnings.warn('hidden', DeprecationWarning)
warnings.simplefilter('once')
for i in range(3):
    warnings.warn('once only')
    warnings.warn('once only, ' + ('even' if i % 2 == 0 else 'odd'))
warnings.simplefilter('module', UserWarning)
for i in range(2):
    warnings.warn('per module')
print(seen)

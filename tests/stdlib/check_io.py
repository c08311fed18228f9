"""src/stdlib/io.py against CPython's io: random sequences of reads, writes,
seeks and truncations on StringIO (every newline mode) and BytesIO, each
step's result and the stream's contents compared, errors included."""
import io
import random

from differential import finish, load, same

ours = load('io')

TEXTS = ['', 'a', 'xyz', 'line\n', 'a\r\nb\rc\n', '\n\n', 'é☕\r', 'tail']


def operation(rng, text):
    """One call on a stream, as (name, args); text streams get str, binary bytes."""
    data = rng.choice(TEXTS)
    data = data if text else data.encode()
    return rng.choice([
        ('write', (data,)), ('write', (data,)), ('read', ()), ('read', (rng.randint(-1, 4),)),
        ('readline', ()), ('readline', (rng.randint(-1, 3),)), ('readlines', (rng.randint(-1, 6),)),
        ('seek', (rng.randint(-2, 12),)), ('seek', (rng.randint(-3, 3), rng.randint(0, 3))),
        ('tell', ()), ('truncate', ()), ('truncate', (rng.randint(-1, 10),)), ('getvalue', ()),
        ('writelines', ([data, data],)), ('read', (None,)), ('write', (3,)),
    ])


def session(m, kind, newline, initial, steps):
    stream = m.StringIO(initial, newline) if kind == 'text' else m.BytesIO(initial)
    out = []
    for name, args in steps:
        try:
            out.append(getattr(stream, name)(*args))
        except Exception as e:  # noqa: BLE001 - the error is the step's result
            out.append((type(e).__name__, str(e)))
    out.append(stream.getvalue())
    out.append(list(stream))
    stream.close()
    out.append(stream.closed)
    for name in ('read', 'getvalue', 'tell', 'write', 'seek', 'flush', '__next__', '__enter__'):
        try:
            args = {'write': ('' if kind == 'text' else b'',), 'seek': (0,)}.get(name, ())
            getattr(stream, name)(*args)
        except Exception as e:  # noqa: BLE001
            out.append((name, type(e).__name__, str(e)))
    return repr(out)


def constructors(m, args):
    return repr(m.StringIO(*args).getvalue())


for seed in range(300):
    rng = random.Random(seed)
    kind = 'text' if seed % 3 else 'binary'
    newline = rng.choice([None, '', '\n', '\r', '\r\n'])
    initial = rng.choice(TEXTS)
    if kind == 'binary':
        initial = initial.encode() if seed % 2 else None
    steps = [operation(rng, kind == 'text') for _ in range(rng.randint(1, 12))]
    same(session, io, ours, kind, newline, initial, steps)

for args in [(), ('ab',), (None,), (1,), ('a', 1), ('a', 'x'), ('a\r\n', None)]:
    same(constructors, io, ours, args)

finish('io')

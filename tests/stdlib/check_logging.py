"""src/stdlib/logging against CPython's logging: the logger tree, levels,
propagation, filters, the three format styles and their validation,
extra, LoggerAdapter, basicConfig's checks, exception text.

Each case builds its own loggers under a fresh name, so the two modules'
trees do not meet."""
import io
import logging

from differential import finish, load, same

ours = load('logging')
_count = [0]


def fresh(prefix):
    _count[0] += 1
    return '%s%d' % (prefix, _count[0])


def capture(m, fmt, style='%', defaults=None):
    out = io.StringIO()
    handler = m.StreamHandler(out)
    handler.setFormatter(m.Formatter(fmt, style=style, defaults=defaults))
    return out, handler


def tree(m, names, lookups):
    base = fresh('t')
    loggers = {name: m.getLogger(base + '.' + name if name else base) for name in names}
    return [m.getLogger(base + '.' + name).parent.name.replace(base, 'B') for name in lookups] + \
        [repr(loggers[n]).replace(base, 'B') for n in names]


def levels(m, setup, queries):
    base = fresh('l')
    out, handler = capture(m, '%(levelname)s:%(name)s:%(message)s')
    m.getLogger(base).addHandler(handler)
    for name, level in setup:
        m.getLogger(base + name).setLevel(level)
    for name, level, msg, args in queries:
        m.getLogger(base + name).log(level, msg, *args)
    return out.getvalue().replace(base, 'B'), [m.getLogger(base + n).getEffectiveLevel() for n, _ in setup]


def formatted(m, fmt, style, msg, args, extra=None, defaults=None):
    base = fresh('f')
    out, handler = capture(m, fmt, style, defaults)
    logger = m.getLogger(base)
    logger.addHandler(handler)
    logger.propagate = False
    logger.warning(msg, *args, extra=extra)
    return out.getvalue().replace(base, 'B')


def filters(m, filter_names, emit):
    base = fresh('x')
    out, handler = capture(m, '%(name)s %(message)s')
    for f in filter_names:
        handler.addFilter(m.Filter(base + f if f else ''))
    m.getLogger(base).addHandler(handler)
    for name in emit:
        m.getLogger(base + name).error('hit')
    return out.getvalue().replace(base, 'B')


def adapter(m, extra, calls):
    base = fresh('a')
    out, handler = capture(m, '%(levelname)s %(message)s %(ctx)s')
    logger = m.getLogger(base)
    logger.addHandler(handler)
    logger.setLevel('INFO')
    a = m.LoggerAdapter(logger, extra)
    for level, msg in calls:
        a.log(level, msg)
    return out.getvalue(), repr(a).replace(base, 'B')


def exception_text(m):
    base = fresh('e')
    out, handler = capture(m, '%(levelname)s %(message)s')
    logger = m.getLogger(base)
    logger.addHandler(handler)
    try:
        1 / 0
    except ZeroDivisionError:
        logger.exception('failed %s', 'here')
    lines = out.getvalue().splitlines()
    return lines[0], lines[1], lines[-1]


same(tree, logging, ours, ['', 'a.b.c', 'a', 'a.b'], ['a.b.c', 'a.b', 'a', 'a.x.y'])
same(tree, logging, ours, ['x.y', 'x.y.z', 'x'], ['x.y.z.w', 'x.y', 'x.q'])
same(levels, logging, ours, [('', 'INFO'), ('.a', 0), ('.a.b', 40)],
     [('.a', 10, 'd %s', (1,)), ('.a', 20, 'i %d %d', (1, 2)), ('.a.b', 30, 'w', ()), ('.a.b', 40, 'e %(k)s', ({'k': 'v'},))])
same(levels, logging, ours, [('', 'DEBUG'), ('.q', 'CRITICAL')], [('.q', 45, 'x', ()), ('.q', 50, 'c %r', ([1],))])
same(levels, logging, ours, [('', 'NOPE')], [])
same(levels, logging, ours, [('', 2.5)], [])
for fmt, style in [('%(levelname)-8s|%(name)s|%(message)s', '%'), ('%(message)s %(levelno)03d', '%'),
                   ('{levelname:>9} {message!r}', '{'), ('${levelname}/$message', '$'), ('%(nope)s', '%'),
                   ('plain', '%'), ('%(x)', '%'), ('{}', '{'), ('{a.b[c]} {', '{'), ('{0!x}', '{'),
                   ('$', '$'), ('${a', '$'), ('$$ $x', '$'), ('{a}', '#'), ('%(message)s %%', '%'),
                   ('%(message).3s %(levelno)*d', '%'), ('{message}}', '{'), ('{message:>10}', '{'),
                   ('{message:x<30}|{levelno:+#012_.3f}', '{'), ('{message:{x}}', '{'), ('{message!r:^20}', '{'),
                   ('{a b} {', '{'), ('{message:?}', '{'), ('{m!}', '{'), ('{m!rx}', '{'), ('{m{', '{'),
                   ('{levelno:<<8d}', '{'), ('{levelno:<8z}', '{'), ('{0[x]}', '{'), ('{a.}', '{'),
                   ('{a', '{'), ('{a!r', '{'), ('{a:{b}', '{'), ('{a[}]}', '{'), ('{a[x', '{')]:
    same(formatted, logging, ours, fmt, style, 'hello %s', ('world',), {'x': 1, 'a': 2})
same(formatted, logging, ours, '%(levelname)s %(user)s', '%', 'm', (), None, {'user': 'anon'})
same(formatted, logging, ours, '%(levelname)s %(user)s', '%', 'm', (), {'user': 'bob'}, {'user': 'anon'})
same(formatted, logging, ours, '%(message)s', '%', 'm', (), {'msg': 'clash'})
same(formatted, logging, ours, '%(message)s', '%', 'm %d', ('x',))
same(filters, logging, ours, ['.a'], ['', '.a', '.a.b', '.ab', '.b'])
same(filters, logging, ours, ['', '.a.b'], ['.a', '.a.b.c'])
same(adapter, logging, ours, {'ctx': 'C'}, [(10, 'd'), (20, 'i'), (50, 'c')])
same(exception_text, logging, ours)
same(lambda m: [m.getLevelName(x) for x in (0, 10, 20, 30, 40, 50, 15, 'INFO', 'FATAL', 'x', 10.0)], logging, ours)
same(lambda m: (m.getLevelNamesMapping(), m.BASIC_FORMAT), logging, ours)
same(lambda m: m.basicConfig(stream=io.StringIO(), filename='x'), logging, ours)
same(lambda m: m.basicConfig(handlers=[], stream=io.StringIO()), logging, ours)
same(lambda m: m.Formatter('x', style='?'), logging, ours)
same(lambda m: m.getLogger(5), logging, ours)
same(lambda m: m.makeLogRecord({'msg': 'a %s', 'args': ('b',)}).getMessage(), logging, ours)
same(lambda m: repr(m.Handler()) + repr(m.NullHandler(20)), logging, ours)
finish('logging')

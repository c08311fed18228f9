"""src/stdlib/contextlib.py against CPython's contextlib: what a `with` block
ends with for every way a generator can react to an exception."""
import contextlib

from differential import finish, load, same

ours = load('contextlib')


def generator_cm(m, log, behaviour):
    @m.contextmanager
    def cm(x):
        log.append('enter')
        try:
            if behaviour == 'no yield':
                return
            yield x
            if behaviour == 'yields twice':
                yield 2
        except ValueError as e:
            log.append('caught ' + str(e))
            if behaviour == 'reraises':
                raise
            if behaviour == 'raises another':
                raise KeyError('k')
        finally:
            log.append('exit')
    return cm


def with_generator(m, behaviour, exc):
    log = []
    try:
        with generator_cm(m, log, behaviour)(5) as v:
            log.append(v)
            if exc is not None:
                raise exc
    except Exception as e:  # noqa: BLE001
        log.append((type(e).__name__, str(e)))
    return log


def small_ones(m):
    log = []
    with m.suppress(KeyError, IndexError):
        [][1]
    with m.nullcontext(3) as x:
        log.append(x)

    class Thing:
        def close(self):
            log.append('closed')
    with m.closing(Thing()):
        log.append('body')
    try:
        with m.suppress(KeyError):
            raise ValueError('x')
    except ValueError as e:
        log.append(str(e))
    return log


def exit_stack(m, scenario):
    log = []
    try:
        with m.ExitStack() as stack:
            stack.callback(log.append, 'callback')
            stack.enter_context(generator_cm(m, log, 'plain')(1))
            if scenario == 'suppress':
                stack.enter_context(m.suppress(ValueError))
            stack.push(lambda *a: log.append(('push', a[0] is None)))
            if scenario == 'failing callback':
                def bad(*a):
                    raise KeyError('cb')
                stack.push(bad)
            if scenario != 'clean':
                raise ValueError('boom')
        log.append('after')
    except Exception as e:  # noqa: BLE001
        log.append((type(e).__name__, str(e)))
    return log


def redirects(m, exc):
    """Nested and re-entered redirections, and what each block's exit puts back."""
    import io
    import sys
    outer, inner, err = io.StringIO(), io.StringIO(), io.StringIO()
    log = []
    again = m.redirect_stdout(outer)
    try:
        with again as target:
            log.append(target is outer)
            print('to outer')
            with m.redirect_stdout(inner), m.redirect_stderr(err):
                print('to inner')
                print('to err', file=sys.stderr)
                with again:
                    print('outer again')
                log.append(sys.stdout is inner)
            log.append(sys.stdout is outer)
            if exc is not None:
                raise exc
    except Exception as e:  # noqa: BLE001
        log.append((type(e).__name__, str(e)))
    log.append(sys.stdout is sys.__stdout__ and sys.stderr is sys.__stderr__)
    return log + [outer.getvalue(), inner.getvalue(), err.getvalue()]


for behaviour in ('plain', 'no yield', 'yields twice', 'reraises', 'raises another'):
    for exc in (None, ValueError('v'), TypeError('t'), StopIteration('s')):
        same(with_generator, contextlib, ours, behaviour, exc)
same(small_ones, contextlib, ours)
for scenario in ('clean', 'raise', 'suppress', 'failing callback'):
    same(exit_stack, contextlib, ours, scenario)
for exc in (None, ValueError('v')):
    same(redirects, contextlib, ours, exc)
finish('contextlib')

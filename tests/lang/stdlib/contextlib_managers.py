from contextlib import ExitStack, contextmanager, nullcontext, suppress


@contextmanager
def tag(name, log):
    log.append('<' + name + '>')
    try:
        yield name.upper()
    finally:
        log.append('</' + name + '>')


log = []
with tag('b', log) as t:
    log.append(t)
print(log)

log = []
try:
    with tag('i', log):
        raise ValueError('inside')
except ValueError as e:
    log.append('caught ' + str(e))
print(log)


@contextmanager
def swallow(log):
    try:
        yield
    except KeyError as e:
        log.append('swallowed ' + repr(e))


log = []
with swallow(log):
    {}['missing']
print(log)

with suppress(ZeroDivisionError, IndexError):
    print('before')
    1 / 0
    print('never')
print('after')

with nullcontext(42) as value:
    print(value)

log = []
with ExitStack() as stack:
    for name in 'abc':
        stack.enter_context(tag(name, log))
    stack.callback(log.append, 'callback')
print(log)

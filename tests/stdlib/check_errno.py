"""src/stdlib/errno.py against CPython's errno on this platform: every
name's number, errorcode's pairs, and the aliases."""
import errno

from differential import finish, load, same

ours = load('errno')
NAMES = [n for n in dir(errno) if n.startswith('E')]
same(lambda m: sorted(n for n in dir(m) if n.startswith('E')), errno, ours)
for name in NAMES:
    same(lambda m, n: getattr(m, n), errno, ours, name)
same(lambda m: sorted(m.errorcode.items()), errno, ours)
same(lambda m: m.errorcode == errno.errorcode, errno, ours)
same(lambda m: [m.errorcode[n] for n in (m.EAGAIN, m.EDEADLK, m.ENOTSUP, m.EWOULDBLOCK)], errno, ours)
finish('errno')

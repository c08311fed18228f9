"""src/stdlib/getopt.py against CPython's getopt: getopt and gnu_getopt over
fixed and seeded random command lines (short clusters, attached and
separate arguments, long options, prefixes, '--', '-'), with GetoptError's
messages, `opt` and `args`, and POSIXLY_CORRECT."""
import getopt
import os
import random

from differential import finish, load, same

ours = load('getopt')

SHORTS = ['', 'a', 'ab:c', 'x:y:', '+ab:', 'a:a', ':a', 'vo:h', 'a::b']
LONGS = [[], ['foo'], ['foo='], ['foo', 'foo='], ['foo', 'foobar'], ['foo=', 'foobar='], ['help', 'output=', 'verbose'],
         'foo', ['a', 'b='], ['']]
WORDS = ['-a', '-b', '-c', '-ab', '-bx', '-abc', '-x', '-y1', '-v', '-o', '-ofile', '-:', '-+', '-', '--', 'file',
         'x', '--foo', '--foo=1', '--fo', '--f=2', '--foobar', '--help', '--he', '--out=o', '--o', '--verbose=1',
         '--=v', '--a', '--b', '--b=', '-aa', '-h']


def outcome(m, fn, args, shorts, longs):
    try:
        return getattr(m, fn)(args, shorts, longs)
    except m.GetoptError as e:
        return 'error', str(e), e.msg, e.opt, e.args, repr(e), isinstance(e, m.error)


rng = random.Random(3)
LINES = [[], ['-a'], ['-a', 'file', '-b', 'x'], ['--', '-a'], ['-', '-a']]
LINES += [[rng.choice(WORDS) for _ in range(rng.randrange(1, 6))] for _ in range(400)]
for line in LINES:
    for shorts in SHORTS:
        for longs in LONGS:
            for fn in ('getopt', 'gnu_getopt'):
                same(outcome, getopt, ours, fn, line, shorts, longs)
os.environ['POSIXLY_CORRECT'] = '1'
for line in LINES[:60]:
    same(outcome, getopt, ours, 'gnu_getopt', line, 'ab:', ['foo='])
del os.environ['POSIXLY_CORRECT']
same(lambda m: (m.getopt(('-a', 'x'), 'a'), m.gnu_getopt(('x', '-a', 'y'), 'a')), getopt, ours)
same(lambda m: (str(m.GetoptError('msg')), m.GetoptError('m', 'o').args, m.GetoptError.__mro__[1].__name__), getopt, ours)
same(lambda m: m.getopt(['-a', 5], 'a'), getopt, ours)
same(lambda m: m.getopt([5], 'a'), getopt, ours)
finish('getopt')

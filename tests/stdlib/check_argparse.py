"""src/stdlib/argparse.py against CPython's argparse: hand-written parsers
of every kind (actions, nargs, groups, subcommands, formatters) and many
random ones, each made by both modules and run on command lines, comparing
what was parsed, what was printed on stdout and stderr, the exit status
and the help and usage text at several terminal widths."""
import argparse
import contextlib
import io
import os
import random
import sys

from differential import failures, finish, load, same

ours = load('argparse')
rng = random.Random(4321)


def captured(action):
    """What action() returns (a Namespace as its repr), prints and exits with."""
    out, err = io.StringIO(), io.StringIO()
    code = 'no exit'
    value = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            value = action()
        except SystemExit as e:
            code = e.code
    return shown(value), out.getvalue(), err.getvalue(), code


def shown(value):
    if isinstance(value, tuple):
        return tuple(shown(v) for v in value)
    if type(value).__name__ == 'Namespace':
        return 'Namespace', sorted(vars(value).items(), key=repr), repr(value)
    return value


def parsed(m, build, argv, known=False):
    parser = build(m)
    return captured(lambda: parser.parse_known_args(argv) if known else parser.parse_args(argv))


def helped(m, build, columns):
    os.environ['COLUMNS'] = str(columns)
    try:
        parser = build(m)
        return parser.format_help(), parser.format_usage(), captured(parser.print_help), captured(parser.print_usage)
    finally:
        os.environ['COLUMNS'] = '80'


os.environ['COLUMNS'] = '80'


# ---------------------------------------------------------------------------
# Hand-written parsers, each with the command lines it is run on.

def simple(m):
    p = m.ArgumentParser(prog='simple', description='Adds numbers.', epilog='That is all.')
    p.add_argument('numbers', type=int, nargs='+', help='the numbers to add')
    p.add_argument('-v', '--verbose', action='store_true', help='say more')
    p.add_argument('--scale', type=float, default=1.0, help='multiply by %(default)s (%(type)s)')
    p.add_argument('-o', '--output', metavar='FILE', help='where to write')
    return p


def actions(m):
    p = m.ArgumentParser(prog='actions')
    p.add_argument('--const', action='store_const', const=42)
    p.add_argument('--no-x', dest='x', action='store_false')
    p.add_argument('-a', '--append', action='append')
    p.add_argument('-A', action='append_const', const='k', dest='append')
    p.add_argument('-c', '--count', action='count', default=0)
    p.add_argument('-e', '--extend', action='extend', nargs='+')
    p.add_argument('--version', action='version', version='%(prog)s 2.0')
    p.add_argument('--opt', nargs='?', const='C', default='D')
    p.add_argument('--two', nargs=2, metavar=('A', 'B'))
    p.add_argument('--star', nargs='*', type=int)
    p.add_argument('--choice', choices=['red', 'green'], required=False)
    p.add_argument('--flag', action=m.BooleanOptionalAction, default=True, help='a flag')
    return p


def positionals(m):
    p = m.ArgumentParser(prog='pos')
    p.add_argument('first')
    p.add_argument('maybe', nargs='?', default='dflt')
    p.add_argument('rest', nargs='*')
    p.add_argument('--x', type=int)
    return p


def positionals2(m):
    p = m.ArgumentParser(prog='pos2')
    p.add_argument('a', nargs='+')
    p.add_argument('b', nargs=2)
    p.add_argument('c')
    p.add_argument('-f', action='store_true')
    return p


def remainder(m):
    p = m.ArgumentParser(prog='rem')
    p.add_argument('cmd')
    p.add_argument('args', nargs=m.REMAINDER)
    p.add_argument('--verbose', '-v', action='store_true')
    return p


def required_opts(m):
    p = m.ArgumentParser(prog='req')
    p.add_argument('--name', required=True)
    p.add_argument('--age', type=int, required=True, choices=range(0, 150), metavar='N')
    p.add_argument('where', choices=['here', 'there'])
    return p


def mutex(m):
    p = m.ArgumentParser(prog='mutex')
    g = p.add_mutually_exclusive_group()
    g.add_argument('-a', action='store_true', help='mode a')
    g.add_argument('-b', action='store_true', help='mode b')
    g.add_argument('--c', type=int)
    r = p.add_mutually_exclusive_group(required=True)
    r.add_argument('--in', dest='inp')
    r.add_argument('--stdin', action='store_true')
    p.add_argument('files', nargs='*')
    return p


def groups(m):
    p = m.ArgumentParser(prog='groups', description='A tool with groups of options; the description is long '
                         'enough that it wraps over more than one line of the help.')
    g = p.add_argument_group('input', 'Where the data comes from.')
    g.add_argument('--file', '-f', help='read this file, which is a long explanation that has to wrap around '
                   'several lines of help text at the usual width')
    g.add_argument('--stdin', action='store_true')
    h = p.add_argument_group('output')
    h.add_argument('--format', choices=['json', 'text', 'csv'], default='text', help='output format (default: '
                   '%(default)s; one of %(choices)s)')
    x = h.add_mutually_exclusive_group()
    x.add_argument('--quiet', '-q', action='store_true')
    x.add_argument('--loud', action='store_true')
    p.add_argument('--a-very-long-option-name-that-pushes', metavar='VALUE', help='pushes the help down')
    p.add_argument('--hidden', help=m.SUPPRESS)
    p.add_argument('target', help='what to process')
    return p


def handler_add(args):
    return 'add'


def handler_rm(args):
    return 'rm'


def subcommands(m):
    p = m.ArgumentParser(prog='git')
    p.add_argument('--debug', action='store_true')
    sub = p.add_subparsers(dest='command', help='the command')
    add = sub.add_parser('add', help='add files', aliases=['a'])
    add.add_argument('paths', nargs='+')
    add.add_argument('-n', '--dry-run', action='store_true')
    add.set_defaults(func=handler_add)
    rm = sub.add_parser('rm', help='remove files')
    rm.add_argument('--cached', action='store_true')
    rm.add_argument('path')
    rm.set_defaults(func=handler_rm)
    sub.add_parser('status')
    return p


def subcommands_required(m):
    p = m.ArgumentParser(prog='tool', description='Does things.')
    p.add_argument('config')
    sub = p.add_subparsers(title='commands', description='what to do', required=True, dest='cmd', metavar='CMD')
    run = sub.add_parser('run', help='run it', description='Runs the thing.')
    run.add_argument('--times', type=int, default=1)
    sub.add_parser('stop', help='stop it')
    return p


def subcommands_plain(m):
    p = m.ArgumentParser(prog='plain')
    sub = p.add_subparsers()
    sub.add_parser('one').add_argument('x')
    sub.add_parser('two')
    return p


def abbrev(m):
    p = m.ArgumentParser(prog='abbrev', allow_abbrev=False)
    p.add_argument('--foobar', action='store_true')
    p.add_argument('--foonly')
    p.add_argument('-x', action='store_true')
    p.add_argument('-y', action='store_true')
    p.add_argument('-z')
    return p


def ambiguous(m):
    p = m.ArgumentParser(prog='amb')
    p.add_argument('--foobar')
    p.add_argument('--foonly')
    p.add_argument('-x', action='store_true')
    p.add_argument('-xyz', action='store_true')
    return p


def negatives(m):
    p = m.ArgumentParser(prog='neg')
    p.add_argument('-n', type=int)
    p.add_argument('value', type=float, nargs='?')
    return p


def negative_options(m):
    p = m.ArgumentParser(prog='negopt')
    p.add_argument('-1', dest='one', action='store_true')
    p.add_argument('-n')
    p.add_argument('rest', nargs='*')
    return p


def prefix_chars(m):
    p = m.ArgumentParser(prog='plus', prefix_chars='+/')
    p.add_argument('+f', '++foo', action='store_true')
    p.add_argument('/b', type=int)
    return p


def checker(m):
    def positive(text):
        value = int(text)
        if value <= 0:
            raise m.ArgumentTypeError('%r is not positive' % text)
        return value
    return positive


def types(m):
    p = m.ArgumentParser(prog='types')
    p.add_argument('--pos', type=checker(m))
    p.add_argument('--upper', type=str.upper)
    p.add_argument('--l', type=lambda s: [s])
    p.add_argument('--default-int', type=int, default='7')
    p.add_argument('--bad-default', type=int, default='x')
    p.add_argument('--hex', type=lambda s: int(s, 16))
    return p


def raw(m):
    p = m.ArgumentParser(prog='raw', formatter_class=m.RawDescriptionHelpFormatter,
                         description='Line one\n  indented line\n\nparagraph', epilog='  keep\n    this')
    p.add_argument('--x', help='help  with\n   spaces')
    return p


def raw_text(m):
    p = m.ArgumentParser(prog='rawtext', formatter_class=m.RawTextHelpFormatter, description='a\n b')
    p.add_argument('--x', help='line one\n  line two')
    return p


def defaults_fmt(m):
    p = m.ArgumentParser(prog='dflt', formatter_class=m.ArgumentDefaultsHelpFormatter)
    p.add_argument('--a', default=3, help='aaa')
    p.add_argument('--b', help='bbb')
    p.add_argument('--c', default=m.SUPPRESS, help='ccc')
    p.add_argument('--d', default=4)
    p.add_argument('pos', nargs='?', default='p', help='a positional')
    p.add_argument('req', help='required positional')
    return p


def metavar_type(m):
    p = m.ArgumentParser(prog='mvt', formatter_class=m.MetavarTypeHelpFormatter)
    p.add_argument('--a', type=int)
    p.add_argument('b', type=float)
    return p


def narrow_help(m):
    p = m.ArgumentParser(prog='narrow', formatter_class=lambda prog: m.HelpFormatter(prog, max_help_position=40,
                                                                                       width=60))
    p.add_argument('--alpha', help='first option with some help text that is long enough to wrap')
    p.add_argument('--beta-gamma-delta', metavar='X', help='second')
    return p


def set_defaults(m):
    p = m.ArgumentParser(prog='sd', argument_default=m.SUPPRESS)
    p.add_argument('--a')
    p.add_argument('--b', default=5)
    p.set_defaults(b=6, c='c', a='A')
    p.add_argument('--c')
    return p


def no_help(m):
    p = m.ArgumentParser(prog='nohelp', add_help=False, usage='%(prog)s [options] files')
    p.add_argument('files', nargs='*')
    p.add_argument('--zz', action='count')
    return p


def parents(m):
    base = m.ArgumentParser(add_help=False)
    base.add_argument('--shared', type=int, default=1)
    g = base.add_argument_group('common')
    g.add_argument('--common', action='store_true')
    x = base.add_mutually_exclusive_group()
    x.add_argument('--on', action='store_true')
    x.add_argument('--off', action='store_true')
    base.set_defaults(extra='e')
    p = m.ArgumentParser(prog='child', parents=[base])
    p.add_argument('name')
    return p


def resolve(m):
    p = m.ArgumentParser(prog='resolve', conflict_handler='resolve')
    p.add_argument('-f', '--foo', help='old foo')
    p.add_argument('--foo', help='new foo')
    p.add_argument('-h', '--help-me', action='store_true')
    return p


def long_usage(m):
    p = m.ArgumentParser(prog='long_program_name_for_usage_wrapping')
    for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']:
        p.add_argument('--' + name, metavar=name.upper() * 2, help='the %s option' % name)
    p.add_argument('input', nargs='+')
    p.add_argument('output', nargs='?')
    g = p.add_mutually_exclusive_group()
    g.add_argument('--red', action='store_true')
    g.add_argument('--blue', action='store_true')
    return p


def very_long_prog(m):
    p = m.ArgumentParser(prog='an_extremely_long_program_name_that_takes_most_of_the_line_xxxxxxxxxxxx')
    for name in ['one', 'two', 'three', 'four', 'five', 'six']:
        p.add_argument('--' + name, help=name)
    p.add_argument('pos1')
    p.add_argument('pos2', nargs='*')
    return p


def fromfile(m):
    p = m.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
    p.add_argument('--x')
    p.add_argument('y', nargs='*')
    return p


def exit_on_error(m):
    p = m.ArgumentParser(prog='eoe', exit_on_error=False)
    p.add_argument('--n', type=int)
    return p


def mutex_positional(m):
    p = m.ArgumentParser(prog='mp')
    g = p.add_mutually_exclusive_group()
    g.add_argument('--name')
    g.add_argument('pos', nargs='?', default='d')
    h = p.add_mutually_exclusive_group(required=True)
    h.add_argument('--x', action='store_true', help=m.SUPPRESS)
    h.add_argument('--y', action='store_true')
    h.add_argument('--z', action='store_true')
    return p


CASES = [
    (simple, [[], ['1', '2'], ['1', 'x'], ['-v', '3', '--scale', '2.5'], ['--scale=x', '1'], ['-o'], ['-ofile', '4'],
              ['--out', 'f', '5'], ['--verbose=1', '1'], ['-vo', 'f', '1'], ['-h'], ['1', '--help', 'x'],
              ['1', '2', '--', '-3'], ['--scale', '-1', '2'], ['2', '--bogus'], ['-x', '2']]),
    (actions, [[], ['--const'], ['--no-x'], ['-a', '1', '-a', '2', '-A'], ['-ccc', '--count'], ['-e', 'a', 'b', '-e', 'c'],
               ['--version'], ['--opt'], ['--opt', 'v'], ['--two', 'a'], ['--two', 'a', 'b'], ['--star'],
               ['--star', '1', '2'], ['--star', 'x'], ['--choice', 'blue'], ['--choice', 'red'], ['--no-flag'],
               ['--flag'], ['--const=1'], ['-c=2'], ['-cA'], ['-ca', 'x'], ['-cax'], ['--ext', 'q'], ['--st'],
               ['--opt=--'], ['-e'], ['-h']]),
    (positionals, [[], ['a'], ['a', 'b'], ['a', 'b', 'c', 'd'], ['a', '--x', '1', 'b', 'c'], ['--x', '1', 'a', 'b'],
                   ['a', 'b', '--x', '2', 'c'], ['--', '--x'], ['a', '--', 'b', '--', 'c'], ['--x']]),
    (positionals2, [[], ['1', '2', '3'], ['1', '2', '3', '4', '5'], ['1', '-f', '2', '3', '4'], ['1', '2', '-f', '3', '4']]),
    (remainder, [['run'], ['run', '-v', 'x', '--y'], ['-v', 'run', 'a', '--', 'b'], ['--verbose']]),
    (required_opts, [[], ['here'], ['--name', 'n', '--age', '5', 'there'], ['--name', 'n', '--age', '500', 'here'],
                     ['--age', 'x', 'here'], ['--name=n', '--age=1', 'elsewhere']]),
    (mutex, [[], ['--stdin'], ['-a', '-b', '--stdin'], ['--in', 'f', '--stdin'], ['-a', '--c', '3', '--stdin'],
             ['--stdin', 'f1', 'f2'], ['-ab', '--stdin'], ['-h']]),
    (groups, [['t'], ['-f', 'x', '-q', '--loud', 't'], ['--format', 'xml', 't'], ['--hidden', 'h', 't'], ['-h']]),
    (subcommands, [[], ['add'], ['add', 'x', 'y'], ['a', 'x', '-n'], ['rm', 'p'], ['rm'], ['--debug', 'status'],
                   ['status', 'extra'], ['bogus'], ['rm', '--cached', 'p', '--debug'], ['add', '-h'], ['-h'],
                   ['rm', '-h']]),
    (subcommands_required, [[], ['c'], ['c', 'run'], ['c', 'run', '--times', '3'], ['c', 'stop', '-x'], ['-h'],
                            ['c', 'run', '-h'], ['c', 'walk']]),
    (subcommands_plain, [[], ['one'], ['one', 'v'], ['two'], ['three'], ['-h']]),
    (abbrev, [['--foo'], ['--foobar'], ['--foob'], ['-xy'], ['-xyz1'], ['-zval'], ['-z=v'], ['-xz', 'v']]),
    (ambiguous, [['--foo', 'x'], ['--foob', 'x'], ['--foon=3'], ['-xy'], ['-xyz'], ['-x'], ['--fo=1']]),
    (negatives, [['-1'], ['-n', '-2'], ['-n', '-2', '-.5'], ['-n', '3', '-1e3'], ['--', '-4']]),
    (negative_options, [['-1'], ['-n', '-1'], ['-n', '5', '-1', 'x'], ['x', '-2']]),
    (prefix_chars, [['+f'], ['++foo', '/b', '3'], ['/b3'], ['-h'], ['+h']]),
    (types, [[], ['--pos', '3'], ['--pos', '-3'], ['--pos', 'x'], ['--upper', 'abc'], ['--l', 'q'], ['--default-int', '8'],
             ['--hex', 'ff'], ['--hex', 'zz']]),
    (raw, [['-h']]),
    (raw_text, [['-h']]),
    (defaults_fmt, [['-h'], ['r']]),
    (metavar_type, [['-h'], ['1.5']]),
    (narrow_help, [['-h']]),
    (set_defaults, [[], ['--a', '1', '--c', '3']]),
    (no_help, [['-h'], ['a', '--zz', '--zz'], []]),
    (parents, [['n'], ['n', '--shared', '4', '--common'], ['--on', '--off', 'n'], ['-h']]),
    (resolve, [['-f', '1'], ['--foo', '2'], ['-h'], ['--help']]),
    (long_usage, [[], ['x', '--red', '--blue']]),
    (very_long_prog, [[]]),
    (exit_on_error, [['--n', '3'], ['--n', 'x']]),
    (mutex_positional, [['--y'], ['--y', 'p'], ['--name', 'n', 'p', '--y'], ['--x', '--z'], []]),
]

for build, argvs in CASES:
    for argv in argvs:
        same(parsed, argparse, ours, build, argv)
        same(parsed, argparse, ours, build, argv, True)
    for columns in (80, 40, 120, 25):
        same(helped, argparse, ours, build, columns)


def fromfile_case(m):
    with open('argparse_args.txt', 'w') as f:
        f.write('--x\nxv\npos1\n@argparse_more.txt\n')
    with open('argparse_more.txt', 'w') as f:
        f.write('pos2\n')
    try:
        return parsed(m, fromfile, ['a', '@argparse_args.txt', 'b', '@missing_file'])[:2], \
            parsed(m, fromfile, ['a', '@argparse_args.txt', 'b'])
    finally:
        os.remove('argparse_args.txt')
        os.remove('argparse_more.txt')


same(fromfile_case, argparse, ours)


def file_types(m):
    """FileType: its repr, files opened for reading and writing, '-' as
    the standard streams, and the errors of a missing file and a bad mode."""
    with open('argparse_in.txt', 'w') as f:
        f.write('line one\n')
    p = m.ArgumentParser(prog='ft')
    p.add_argument('src', type=m.FileType('r'))
    p.add_argument('--out', type=m.FileType('w', encoding='utf-8'), default='-')
    p.add_argument('--raw', type=m.FileType('rb'))
    try:
        args = p.parse_args(['argparse_in.txt', '--out', 'argparse_out.txt', '--raw', 'argparse_in.txt'])
        args.out.write(args.src.read().upper())
        seen = [args.raw.read(), args.out.name, args.src.mode, args.raw.mode]
        for f in (args.src, args.out, args.raw):
            f.close()
        with open('argparse_out.txt') as f:
            seen.append(f.read())
        streams = p.parse_args(['-'])
        seen.append((streams.src is sys.stdin, streams.out is sys.stdout))
        seen.append(parsed(m, lambda m2: p, ['argparse_missing.txt'])[1:])
        seen += [repr(m.FileType()), repr(m.FileType('wb', 0, 'utf-8', 'strict')), repr(m.FileType('a', errors='x'))]
        try:
            m.FileType('q')('-')
        except ValueError as e:
            seen.append(str(e))
        return seen
    finally:
        os.remove('argparse_in.txt')
        if os.path.exists('argparse_out.txt'):
            os.remove('argparse_out.txt')


same(file_types, argparse, ours)


def intermixed(m, argv, known=False, extra=None):
    """parse_intermixed_args: positionals between options."""
    p = m.ArgumentParser(prog='mix')
    p.add_argument('--foo')
    p.add_argument('-v', action='count', default=0)
    p.add_argument('--need', required=True)
    p.add_argument('cmd')
    p.add_argument('rest', nargs='*', type=int)
    p.add_argument('last', nargs='?', default='dflt')
    if extra == 'remainder':
        p.add_argument('tail', nargs='...')
    elif extra == 'sub':
        p.add_subparsers()
    elif extra == 'mutex':
        g = p.add_mutually_exclusive_group()
        g.add_argument('--a', action='store_true')
        g.add_argument('maybe', nargs='?')
    call = p.parse_known_intermixed_args if known else p.parse_intermixed_args
    try:
        return captured(lambda: call(argv))
    except TypeError as e:
        return 'TypeError', str(e)


for argv in [['--need', 'n', 'c', '1', '--foo', 'x', '2', '3'], ['c', '-v', '1', '-v', '--need=q', '2'], ['c'],
             ['--need', 'n'], ['--need', 'n', 'c', '--bogus', '5'], ['--need', 'n', 'c', 'x'], ['-v', '--need', 'n', 'c', '1', '--', '2']]:
    same(intermixed, argparse, ours, argv)
    same(intermixed, argparse, ours, argv, True)
for extra in ['remainder', 'sub', 'mutex']:
    same(intermixed, argparse, ours, ['--need', 'n', 'c'], False, extra)


# ---------------------------------------------------------------------------
# What add_argument refuses, namespaces, and the module's odds and ends.

def adding(m, args, kwargs):
    p = m.ArgumentParser(prog='P')
    p.add_argument('-v', action='store_true')
    action = p.add_argument(*args, **kwargs)
    return repr(action), p.format_help()


ADDS = [
    (('x',), {'action': 'store_true'}), (('y',), {'required': True}), (('--z',), {'nargs': 0}),
    (('--z',), {'const': 3}), (('--z',), {'action': 'store_true', 'nargs': 1}), (('z', 'w'), {}),
    (('-q', '--qq'), {'type': 'int'}), (('--qq',), {'metavar': ('a', 'b')}), (('--',), {}), (('-v', '--vv'), {}),
    (('--foo',), {'action': 'bogus'}), (('--foo',), {'nargs': 'x'}), (('--foo',), {'nargs': -1}),
    (('--cnt',), {'action': 'count', 'nargs': 1}), (('--two',), {'nargs': 2, 'metavar': ('A', 'B')}),
    (('--star',), {'nargs': '*', 'metavar': ('A', 'B')}), (('--plus',), {'nargs': '+', 'metavar': ('A',)}),
    (('pos',), {'dest': 'other'}), ((), {'dest': 'just_dest'}), (('--app',), {'action': 'append', 'nargs': 0}),
    (('--ver',), {'action': 'version', 'version': '1'}), (('--h2',), {'action': 'help'}),
    (('-x', '--ex-why', '--ex-zed'), {}), (('-x', '-y'), {}), (('--sc',), {'action': 'store_const'}),
    (('--opt',), {'nargs': '?', 'const': 'c'}), (('--bad',), {'action': 'store_true', 'bogus': 1}),
    (('rem',), {'nargs': '...'}), (('sup',), {'nargs': '==SUPPRESS=='}), (('n3',), {'nargs': 3}),
]
for args, kwargs in ADDS:
    same(adding, argparse, ours, args, kwargs)


def namespaces(m):
    a = m.Namespace(x=1, y='two')
    b = m.Namespace(y='two', x=1)
    c = m.Namespace(**{'not an id': 3, 'z': [1]})
    return repr(a), repr(c), a == b, a != b, a == c, 'x' in a, 'q' in a, vars(b), str(m.Namespace())


same(namespaces, argparse, ours)


def errors(m):
    p = m.ArgumentParser(prog='err')
    p.add_argument('--x')
    results = [captured(lambda: p.error('custom message')), captured(lambda: p.exit(3, 'bye\n')),
               captured(lambda: p.exit()), str(m.ArgumentError(None, 'plain')), p.get_default('x')]
    p.set_defaults(x='dx', other=5)
    results.append((p.get_default('x'), p.get_default('other'), p.get_default('none')))
    sub = p.add_subparsers()
    results.append(captured(lambda: p.add_subparsers()))
    return results


same(errors, argparse, ours)


def sub_conflict(m):
    p = m.ArgumentParser(prog='sc')
    sub = p.add_subparsers()
    sub.add_parser('a', aliases=['b'])
    sub.add_parser('b')


same(sub_conflict, argparse, ours)


def custom_action(m):
    class Upper(m.Action):
        def __init__(self, option_strings, dest, nargs=None, **kwargs):
            super().__init__(option_strings, dest, nargs=nargs, **kwargs)

        def __call__(self, parser, namespace, values, option_string=None):
            setattr(namespace, self.dest, values.upper() + str(option_string))

    p = m.ArgumentParser(prog='ca')
    p.add_argument('--name', action=Upper, help='upper-cased')
    p.add_argument('pos', action=Upper)
    return p.parse_args(['x', '--name', 'abc']).__dict__, p.format_help()


same(custom_action, argparse, ours)


# ---------------------------------------------------------------------------
# Random parsers on random command lines.

OPTION_NAMES = ['-a', '-b', '-c', '--alpha', '--beta', '--gamma-ray', '--al', '-1', '--x', '-x', '--long-option-name']
POSITIONAL_NAMES = ['src', 'dst', 'items', 'n', 'rest']
WORDS = ['the', 'value', 'to', 'use', 'for', 'this', 'option', 'default:', '%(default)s', 'a-hyphenated-word',
         'and', 'some', 'more', 'text', 'longerwordthanusual']
TOKENS = ['x', 'y', '3', '-3', '1.5', '--', '-', 'a b', '-a', '-b', '-c', '--alpha', '--al', '--beta', '--gamma',
          '-ab', '-a5', '-bc', '--alpha=1', '--beta=', '-x', '--x', '-1', '--long', 'red', 'green', '-h', '--bogus']
NARGS = [None, None, None, '?', '*', '+', 1, 2, '...']
ACTIONS = ['store', 'store', 'store_true', 'store_false', 'append', 'count', 'store_const', 'extend']


def random_help():
    if rng.random() < 0.2:
        return None
    return ' '.join(rng.choice(WORDS) for _ in range(rng.randrange(1, 20)))


def random_spec():
    spec = {'prog': rng.choice(['P', 'prog', 'a_rather_long_program_name']), 'args': [], 'mutex': []}
    names = rng.sample(OPTION_NAMES, rng.randrange(0, 6))
    while names:
        group = names[:rng.randrange(1, 3)]
        names = names[len(group):]
        kwargs = {'action': rng.choice(ACTIONS)}
        if kwargs['action'] in ('store', 'append', 'extend'):
            kwargs['nargs'] = rng.choice(NARGS)
            if rng.random() < 0.3:
                kwargs['type'] = int
            if rng.random() < 0.2:
                kwargs['choices'] = ['red', 'green', '3']
            if rng.random() < 0.2:
                kwargs['metavar'] = 'VAL'
            if rng.random() < 0.2:
                kwargs['required'] = True
        if kwargs['action'] == 'store_const':
            kwargs['const'] = 'K'
        if rng.random() < 0.4:
            kwargs['default'] = rng.choice(['d', 0, '5', None])
        kwargs['help'] = random_help()
        spec['args'].append((group, kwargs))
    for name in rng.sample(POSITIONAL_NAMES, rng.randrange(0, 3)):
        kwargs = {'nargs': rng.choice(NARGS + ['*'])}
        if rng.random() < 0.2:
            kwargs['type'] = int
        kwargs['help'] = random_help()
        spec['args'].append(([name], kwargs))
    if len(spec['args']) > 2 and rng.random() < 0.4:
        spec['mutex'] = [0, 1]
        spec['mutex_required'] = rng.random() < 0.3
    return spec


def from_spec(m, spec):
    p = m.ArgumentParser(prog=spec['prog'], description=spec.get('description'))
    group = p.add_mutually_exclusive_group(required=spec.get('mutex_required', False)) if spec['mutex'] else None
    for i, (names, kwargs) in enumerate(spec['args']):
        target = group if group is not None and i in spec['mutex'] else p
        target.add_argument(*names, **kwargs)
    return p


def random_parse(m, spec, argv, columns):
    os.environ['COLUMNS'] = str(columns)
    try:
        p = from_spec(m, spec)
        return p.format_help(), captured(lambda: p.parse_known_args(argv)), captured(lambda: p.parse_args(argv))
    finally:
        os.environ['COLUMNS'] = '80'


def random_token(spec):
    if rng.random() < 0.4:
        return rng.choice(TOKENS)
    if rng.random() < 0.5:
        return rng.choice(['x', 'y', '3', 'red', '-2'])
    names = rng.choice(spec['args'])[0] if spec['args'] else ['-h']
    return rng.choice(names) if names[0][0] == '-' else rng.choice(['v', '7'])


for _ in range(1500):
    spec = random_spec()
    if rng.random() < 0.3:
        spec['description'] = random_help()
    argv = [random_token(spec) for _ in range(rng.randrange(0, 7))]
    same(random_parse, argparse, ours, spec, argv, rng.choice([80, 80, 50, 30, 120]))
    if len(failures) > 30:
        break

finish('argparse')

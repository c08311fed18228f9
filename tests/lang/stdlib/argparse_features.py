# Parsing features: option clusters and joined values, abbreviations,
# '--', negative numbers, nargs shares among positionals, defaults and
# set_defaults, parse_known_args, parents, conflict resolution, custom
# Action classes, BooleanOptionalAction, mutually exclusive errors and
# argument files.
import argparse


def attempt(parser, argv):
    try:
        result = parser.parse_known_args(argv)
    except SystemExit as e:
        print(argv, '-> exit', e.code)
        return
    print(argv, '->', result[0], result[1])


p = argparse.ArgumentParser(prog='feat')
p.add_argument('-a', action='store_true')
p.add_argument('-b', action='store_true')
p.add_argument('-o', '--output')
p.add_argument('--level', type=int, default=1)
p.add_argument('--ratio', type=float)
p.add_argument('--width', type=int, default='80')
p.add_argument('first')
p.add_argument('middle', nargs='*')
p.add_argument('last')
for argv in (['x', 'y'], ['-ab', 'x', 'y', 'z'], ['-aofile', 'x', 'y'], ['-o=f', 'x', 'y'], ['--out', 'f', 'x', 'y'],
             ['--lev', '3', 'x', 'y'], ['x', '--', '-a', 'y'], ['--ratio', '-1.5', 'x', '-2'], ['x', 'y', '--unknown'],
             ['x', '-a', 'y', 'z', 'w'], ['--level=x', 'a', 'b'], ['-ba', '--', '--', 'y']):
    attempt(p, argv)

p.set_defaults(level=7, extra='set')
print(p.get_default('level'), p.get_default('extra'), p.get_default('missing'))
attempt(p, ['x', 'y'])


class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())


class Collect(argparse.Action):
    def __init__(self, option_strings, dest, nargs='+', **kwargs):
        super().__init__(option_strings, dest, nargs=nargs, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, '|'.join(values) + ' via ' + str(option_string))


c = argparse.ArgumentParser(prog='custom')
c.add_argument('--name', action=Upper, default='anon', help='upper-cased')
c.add_argument('--all', action=Collect)
c.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='use colors')
attempt(c, [])
attempt(c, ['--name', 'bob', '--all', 'a', 'b', '--no-color'])
attempt(c, ['--color', '--all'])
print(c.format_help(), end='')

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--debug', action='store_true')
parent.set_defaults(source='parent')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('--debug-level', type=int, default=0)
attempt(child, ['--debug'])
attempt(child, ['--debug-l', '2'])
attempt(child, ['--deb'])

r = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
r.add_argument('-x', '--exclude', help='first')
r.add_argument('-x', '--extra', help='second takes -x')
attempt(r, ['-x', '1', '--exclude', '2'])
print(r.format_help(), end='')

m = argparse.ArgumentParser(prog='mutex')
g = m.add_mutually_exclusive_group()
g.add_argument('--fast', action='store_true')
g.add_argument('--slow', action='store_true')
g.add_argument('--speed', type=int)
attempt(m, ['--fast'])
attempt(m, ['--fast', '--slow'])
attempt(m, ['--speed', '3', '--fast'])

with open('args.txt', 'w') as f:
    f.write('-a\n--output\nfrom_file\nx\n')
files = argparse.ArgumentParser(prog='files', fromfile_prefix_chars='@')
files.add_argument('-a', action='store_true')
files.add_argument('--output')
files.add_argument('rest', nargs='*')
attempt(files, ['@args.txt', 'y'])
attempt(files, ['@missing.txt'])

n = argparse.Namespace(a=1, b='two')
print(n, vars(n), 'a' in n, n == argparse.Namespace(b='two', a=1), n != argparse.Namespace())
try:
    argparse.ArgumentParser().add_argument('--bad', nargs=0)
except ValueError as e:
    print('ValueError:', e)
try:
    argparse.ArgumentParser().add_argument('pos', required=True)
except TypeError as e:
    print('TypeError:', e)
try:
    q = argparse.ArgumentParser(prog='q')
    q.add_argument('--dup')
    q.add_argument('--dup')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)

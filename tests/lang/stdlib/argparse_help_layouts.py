# Help and usage text: argument groups, mutually exclusive groups, long
# usage lines wrapped, metavars, choices, nargs forms, %(default)s and
# %(prog)s, and subcommands listed in help.
import argparse


def show(parser):
    print(parser.format_usage(), end='')
    print('-' * 20)
    print(parser.format_help(), end='')
    print('=' * 40)


p = argparse.ArgumentParser(prog='backup', description='Copies %(prog)s sources to a destination, keeping the '
                            'newest copies and pruning the rest when asked.', epilog='Report bugs to nobody.')
p.add_argument('sources', nargs='+', metavar='SRC', help='files or directories to copy')
p.add_argument('dest', help='where the copies go')
p.add_argument('-n', '--dry-run', action='store_true', help="show what would be copied, but don't copy")
p.add_argument('-k', '--keep', type=int, default=5, metavar='N', help='keep the N newest copies (default: %(default)s)')
p.add_argument('--compress', choices=['none', 'gzip', 'xz'], default='gzip', help='compression: %(choices)s')
p.add_argument('--exclude', action='append', default=[], metavar='GLOB', help='skip paths matching GLOB')
p.add_argument('--size', nargs=2, type=int, metavar=('MIN', 'MAX'), help='only copy files between MIN and MAX bytes')
p.add_argument('--tags', nargs='*', help='labels for this backup')
p.add_argument('--level', nargs='?', const=9, type=int, help='compression level (bare: %(const)s)')
p.add_argument('--secret', help=argparse.SUPPRESS)
verbosity = p.add_mutually_exclusive_group()
verbosity.add_argument('-v', '--verbose', action='count', default=0, help='say more')
verbosity.add_argument('-q', '--quiet', action='store_true', help='say nothing')
net = p.add_argument_group('network', 'Options for remote destinations.')
net.add_argument('--host', default='localhost', help='the remote host')
net.add_argument('--port', type=int, default=22)
net.add_argument('--a-very-long-option-name-indeed', metavar='VALUE',
                 help='an option whose name is too long for the help column, so its help starts on the next line')
show(p)

tool = argparse.ArgumentParser(prog='tool')
tool.add_argument('--config', metavar='PATH')
sub = tool.add_subparsers(title='commands', dest='command', help='what to run')
build = sub.add_parser('build', help='build the project', aliases=['b'])
build.add_argument('--jobs', '-j', type=int, default=1)
sub.add_parser('clean', help='remove build output')
sub.add_parser('hidden')
show(tool)
show(build)

required = argparse.ArgumentParser(prog='req', usage='%(prog)s [options] FILE')
group = required.add_mutually_exclusive_group(required=True)
group.add_argument('--read', metavar='FILE')
group.add_argument('--write', metavar='FILE')
show(required)

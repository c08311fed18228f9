# A tool run with no command: it prints its help to stderr itself and
# exits 1 through parser.exit, after printing the usage to stdout.
import argparse
import sys

parser = argparse.ArgumentParser(prog='svc', description='Manages a service.')
parser.add_argument('--verbose', '-v', action='count', default=0)
commands = parser.add_subparsers(dest='command')
commands.add_parser('start', help='start it')
commands.add_parser('stop', help='stop it')
args = parser.parse_args(['-vv'])
print(args)
parser.print_usage(sys.stdout)
if args.command is None:
    parser.print_help(sys.stderr)
    parser.exit(1, 'svc: no command given (verbosity %d)\n' % args.verbose)
print('not reached')

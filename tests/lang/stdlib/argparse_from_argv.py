# parse_args() with no list reads sys.argv[1:]; prog defaults to the
# program's file name.
import argparse

parser = argparse.ArgumentParser(description='Echoes its arguments.')
parser.add_argument('words', nargs='+')
parser.add_argument('-n', '--times', type=int, default=1)
parser.add_argument('-s', '--sep', default=' ')
parser.add_argument('--upper', action='store_true')
args = parser.parse_args()
print(args)
line = args.sep.join(w.upper() if args.upper else w for w in args.words)
for _ in range(args.times):
    print(line)
print(parser.prog, parser.format_usage(), end='')
parser.print_help()

# More help layouts: ArgumentDefaultsHelpFormatter, a formatter made by a
# lambda with its own width, REMAINDER, and a version string wrapped as
# text.
import argparse


def show(parser):
    print(parser.format_usage(), end='')
    print('-' * 20)
    print(parser.format_help(), end='')
    print('=' * 40)


defaults = argparse.ArgumentParser(prog='dflt', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
defaults.add_argument('--rate', type=float, default=0.5, help='sampling rate')
defaults.add_argument('--name', default='x', help='a name (already says %(default)s)')
defaults.add_argument('--flag', action='store_true', help='a flag')
defaults.add_argument('count', nargs='?', default=3, help='how many')
show(defaults)

narrow = argparse.ArgumentParser(prog='narrow', formatter_class=lambda prog: argparse.HelpFormatter(prog, width=40))
narrow.add_argument('--alpha', help='a help text long enough to be wrapped over several lines at this width')
narrow.add_argument('items', nargs=argparse.REMAINDER)
show(narrow)

version = argparse.ArgumentParser(prog='ver')
version.add_argument('-V', '--version', action='version', version='%(prog)s 3.1.4 (the release with a long '
                     'version string that gets wrapped like any other text)')
try:
    version.parse_args(['-V'])
except SystemExit as e:
    print('exit', e.code)

# A command line with a missing required option and an unknown one: the
# parser prints its usage and "prog: error: ..." on stderr and exits 2.
import argparse

parser = argparse.ArgumentParser(prog='deploy', description='Deploys a build.')
parser.add_argument('target', choices=['staging', 'production'])
parser.add_argument('--tag', required=True, help='the build to deploy')
parser.add_argument('--dry-run', action='store_true')
print(parser.format_usage(), end='')
args = parser.parse_known_args(['staging', '--tag', 'v1', '--force'])
print(args)
args = parser.parse_args(['production', '--dry-run', '--tagg', 'v2'])
print('not reached', args)

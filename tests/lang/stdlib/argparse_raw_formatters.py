# The formatter classes that keep text as written: RawDescriptionHelpFormatter
# (description and epilog) and RawTextHelpFormatter (argument help too).
import argparse


def show(parser):
    print(parser.format_usage(), end='')
    print('-' * 20)
    print(parser.format_help(), end='')
    print('=' * 40)


raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                              description='Usage examples:\n  raw --one\n  raw --two   # indented\n')
raw.add_argument('--one', action='store_true', help='the first   way,\n kept on one line')
show(raw)

text = argparse.ArgumentParser(prog='text', formatter_class=argparse.RawTextHelpFormatter)
text.add_argument('--mode', help='one of:\n  fast\n  slow')
show(text)

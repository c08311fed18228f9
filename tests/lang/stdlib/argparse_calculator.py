# A calculator with subcommands: add_subparsers, set_defaults(func=...)
# dispatch, aliases, per-command options and their help and errors.
import argparse


def add(args):
    return sum(args.numbers)


def multiply(args):
    result = 1.0 if args.float else 1
    for n in args.numbers:
        result *= n
    return result


def divide(args):
    if args.divisor == 0:
        return 'cannot divide by zero'
    return args.dividend // args.divisor if args.integer else args.dividend / args.divisor


def power(args):
    return args.base ** args.exponent


def build():
    parser = argparse.ArgumentParser(prog='calc', description='A small calculator.')
    parser.add_argument('--precision', '-p', type=int, default=3, help='digits after the point (default: %(default)s)')
    parser.add_argument('--verbose', '-v', action='store_true')
    commands = parser.add_subparsers(dest='command', title='commands', description='one of these:',
                                     required=True, metavar='COMMAND')
    p = commands.add_parser('add', aliases=['plus', 'sum'], help='add numbers')
    p.add_argument('numbers', nargs='+', type=float, metavar='N')
    p.set_defaults(func=add)
    p = commands.add_parser('mul', help='multiply numbers')
    p.add_argument('numbers', nargs='*', type=int)
    p.add_argument('--float', action='store_true', help='multiply as floats')
    p.set_defaults(func=multiply)
    p = commands.add_parser('div', help='divide one number by another', description='Divides DIVIDEND by DIVISOR.')
    p.add_argument('dividend', type=int)
    p.add_argument('divisor', type=int)
    p.add_argument('-i', '--integer', action='store_true', help='integer division')
    p.set_defaults(func=divide)
    p = commands.add_parser('pow')
    p.add_argument('base', type=int)
    p.add_argument('exponent', type=int, nargs='?', default=2)
    p.set_defaults(func=power)
    return parser


def run(argv):
    print('$ calc', ' '.join(argv))
    try:
        args = build().parse_args(argv)
    except SystemExit as e:
        print('exit status', e.code)
        return
    result = args.func(args)
    if args.verbose:
        print('command:', args.command, 'namespace keys:', sorted(vars(args)))
    if isinstance(result, float):
        print(round(result, args.precision))
    else:
        print(result)


run(['add', '1', '2', '3.5'])
run(['plus', '1e3', '-2'])
run(['-v', 'sum', '0.1', '0.2'])
run(['-p', '1', 'add', '2.25'])
run(['mul', '2', '3', '7'])
run(['mul', '--float', '2', '3'])
run(['mul'])
run(['div', '7', '2'])
run(['div', '-i', '7', '2'])
run(['div', '7', '0'])
run(['pow', '3'])
run(['pow', '2', '10', '-v'])
run([])
run(['sqrt', '4'])
run(['add'])
run(['div', '1'])
run(['div', 'one', '2'])
run(['mul', '2', 'x'])
run(['-p', 'x', 'add', '1'])
run(['-h'])
run(['div', '-h'])
run(['add', '--help'])

# A grep-like command-line tool: flags, clusters, counts, appends, choices
# and type conversion, run over several command lines against in-memory files.
import argparse

FILES = {
    'notes.txt': ['Alpha beta', 'gamma DELTA', 'alpha again', 'nothing here', 'ALPHA loud'],
    'todo.txt': ['buy milk', 'fix alpha bug', 'call Bob', 'delta release'],
}


def build():
    parser = argparse.ArgumentParser(prog='mgrep', description='Search for PATTERN in each FILE.',
                                     epilog='Exit status is 0 if any line is selected, 1 otherwise.')
    parser.add_argument('pattern', nargs='?', help='the text to look for')
    parser.add_argument('files', nargs='*', metavar='FILE', help='files to search (default: all of them)')
    parser.add_argument('-e', '--regexp', action='append', dest='patterns', metavar='PATTERNS',
                        help='use PATTERNS for matching; may be given more than once')
    parser.add_argument('-i', '--ignore-case', action='store_true', help='ignore case distinctions')
    parser.add_argument('-v', '--invert-match', action='store_true', help='select non-matching lines')
    parser.add_argument('-n', '--line-number', action='store_true', help='print line number with output lines')
    parser.add_argument('-c', '--count', action='store_true', help='print only a count of selected lines per FILE')
    parser.add_argument('-m', '--max-count', type=int, metavar='NUM', help='stop after NUM selected lines')
    parser.add_argument('--color', choices=['never', 'always', 'auto'], default='auto',
                        help='highlight the matching strings; WHEN is one of %(choices)s (default: %(default)s)')
    parser.add_argument('-q', '--quiet', action='count', default=0, help='say less (repeatable)')
    parser.add_argument('--version', action='version', version='%(prog)s 1.2')
    return parser


def search(args):
    patterns = list(args.patterns or [])
    names = list(args.files)
    if args.pattern is not None:
        if args.patterns:
            names.insert(0, args.pattern)
        else:
            patterns.append(args.pattern)
    if not names:
        names = sorted(FILES)
    for name in names:
        if name not in FILES:
            print('mgrep: %s: No such file' % name)
            continue
        found = 0
        for number, line in enumerate(FILES[name], 1):
            text = line.lower() if args.ignore_case else line
            hit = any((p.lower() if args.ignore_case else p) in text for p in patterns)
            if hit == args.invert_match:
                continue
            found += 1
            if not args.count and args.quiet == 0:
                shown = '[%s]' % line if args.color == 'always' else line
                print('%s:%s%s' % (name, '%d:' % number if args.line_number else '', shown))
            if args.max_count is not None and found >= args.max_count:
                break
        if args.count:
            print('%s:%d' % (name, found))


def run(argv):
    print('$ mgrep', ' '.join(argv))
    parser = build()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        print('exit status', e.code)
        return
    print(args)
    search(args)


run(['alpha'])
run(['-i', 'alpha', 'notes.txt'])
run(['-in', 'alpha', 'notes.txt', 'todo.txt'])
run(['-ic', 'delta'])
run(['-vn', '-i', 'a', 'todo.txt'])
run(['-e', 'milk', '-e', 'Bob', 'todo.txt', 'missing.txt'])
run(['--regexp=gamma', '--line-number', 'notes.txt'])
run(['-m', '1', '-i', 'ALPHA'])
run(['-m1', '--ignore', 'alpha', 'notes.txt'])
run(['--color', 'always', '-qq', 'alpha'])
run(['--color=always', 'beta'])
run(['--count', '--invert', 'x'])
run(['-m', 'two', 'alpha'])
run(['--color', 'blue', 'alpha'])
run(['--max-count'])
run(['-x', 'alpha'])
run(['alpha', '--', '-v'])
run(['-h'])
run(['--version'])
print(build().format_usage(), end='')

#!/usr/bin/env python3
"""`ingot ast` against CPython's ast.dump(ast.parse(...), include_attributes=True).

    conformance.py --ingot build/ingot            every 3rd file of the standard library (CI)
    conformance.py --ingot build/ingot --all      the whole standard library (make conformance)
    conformance.py --ingot build/ingot --cases    the hand-written corpus in tests/ast/cases
    conformance.py --ingot build/ingot FILE...    the files given

The standard library is CPython's own (tests included, site-packages not).
Files CPython cannot parse must make ingot report a SyntaxError on the same
line. Each worker process computes CPython's dump in-process and runs ingot
beside it.
"""
import argparse
import ast
import multiprocessing
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import oracle  # noqa: E402

CASES = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases')
LINENO = re.compile(r'(?<!end_)lineno=(\d+)')
INGOT = None  # set in each worker by init_worker


def init_worker(ingot):
    global INGOT
    INGOT = ingot


def first_difference(expected, got):
    """Where two dumps part: the line of the last node that starts before
    the difference, and a few dozen characters of each around it."""
    at = next((i for i, (a, b) in enumerate(zip(expected, got)) if a != b), min(len(expected), len(got)))
    lineno = next((m.group(1) for m in reversed(list(LINENO.finditer(expected))) if m.start() < at), '?')
    start = max(0, at - 30)
    return 'near line %s: expected ...%s... got ...%s...' % (lineno, expected[start:at + 50], got[start:at + 50])


def check(path):
    """(outcome, detail) for one file; outcome is 'match', 'both reject',
    'mismatch', 'crash' or 'cpython limit' (too deep for CPython itself)."""
    with open(path, 'rb') as f:
        source = f.read()
    try:
        expected, error = ast.dump(ast.parse(source, path), include_attributes=True), None
    except SyntaxError as e:
        expected, error = None, e
    except (MemoryError, RecursionError) as e:
        return 'cpython limit', type(e).__name__
    got = oracle.run([INGOT, 'ast', path], timeout=120)
    if got.failure():
        return 'crash', got.failure()
    stderr = got.stderr.decode('utf-8', 'replace').strip()
    if error is not None:
        # What `python3 FILE` prints says where: for undecodable files it
        # gives no line, where ast.parse's exception has one.
        expected_error = oracle.error_summary(oracle.python3_run(path).stderr)
        got_error = oracle.error_summary(got.stderr) if got.returncode == 1 else None
        if got_error != expected_error:
            return 'mismatch', 'python3 reports %s on line %s; ingot exits %d: %s' % (
                *expected_error, got.returncode, stderr.splitlines()[-1] if stderr else '')
        return 'both reject', None
    if got.returncode != 0:
        return 'mismatch', 'ingot exits %d: %s' % (got.returncode, stderr.splitlines()[-1] if stderr else '')
    text = got.stdout.decode('utf-8', 'replace')
    if text == expected + '\n':
        return 'match', None
    return 'mismatch', first_difference(expected + '\n', text)


def files_to_check(args):
    if args.files:
        return [os.path.abspath(f) for f in args.files]
    if args.cases:
        return sorted(os.path.join(CASES, name) for name in os.listdir(CASES) if name.endswith('.py'))
    files = oracle.stdlib_files()
    return files if args.all else files[::args.every]


def main():
    oracle.require_cpython_311()
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--ingot', required=True)
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--all', action='store_true', help='the whole standard library')
    group.add_argument('--cases', action='store_true', help='the corpus in tests/ast/cases')
    group.add_argument('--every', type=int, default=3, metavar='N', help='every Nth standard library file (default 3)')
    parser.add_argument('-j', '--jobs', type=int, default=2)
    parser.add_argument('files', nargs='*')
    args = parser.parse_args()

    files = files_to_check(args)
    counts = {'match': 0, 'both reject': 0, 'mismatch': 0, 'crash': 0, 'cpython limit': 0}
    with multiprocessing.Pool(args.jobs, init_worker, (oracle.require_ingot(args.ingot),)) as pool:
        for path, (outcome, detail) in zip(files, pool.imap(check, files, chunksize=4)):
            counts[outcome] += 1
            if detail:
                print('%s: %s: %s' % (outcome.upper(), path, detail))
    print('ast: %d files: %d match, %d rejected by both on the same line, %d mismatch, %d crash%s' % (
        len(files), counts['match'], counts['both reject'], counts['mismatch'], counts['crash'],
        ', %d beyond CPython\'s own limits' % counts['cpython limit'] if counts['cpython limit'] else ''))
    sys.exit(1 if counts['mismatch'] or counts['crash'] else 0)


if __name__ == '__main__':
    main()

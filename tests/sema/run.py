#!/usr/bin/env python3
"""`ingot scopes` against CPython's symtable module and compile().

    run.py --ingot build/ingot --cases     tests/sema/cases/*.py and fail_*.py
    run.py --ingot build/ingot --sample N  N files spread over the standard library (ctest: 150)
    run.py --ingot build/ingot --all       the whole standard library (make scopes-conformance)
    run.py --ingot build/ingot FILE...     the files given

A file CPython compiles must give exactly the text compare_symtable.py
prints. A file compile() rejects must make ingot exit 1 with the same
SyntaxError message on the same line; for fail_*.py cases, which hold the
errors this stage raises, the whole block python3 prints (quoted line and
caret included) must match. Files that do not parse (ast.parse fails) are
the front end's business (tests/syntax) and are only counted.
"""
import argparse
import ast
import multiprocessing
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
import compare_symtable  # noqa: E402
import oracle  # noqa: E402

INGOT = None  # set in each worker by init_worker


def init_worker(ingot):
    global INGOT
    INGOT = ingot
    # compile() warns about some standard library files; that is not ours.
    warnings.simplefilter('ignore')


def same_output(expected, got):
    """Line by line; a scope CPython compiled to no code object (dead code)
    has no code flags to compare, so only its first four words count."""
    expected_lines, got_lines = expected.split('\n'), got.split('\n')
    if len(expected_lines) != len(got_lines):
        return False
    for e, g in zip(expected_lines, got_lines):
        if e.endswith(' ' + compare_symtable.NO_CODE):
            e, g = e.split()[:4], g.split()[:4]
        if e != g:
            return False
    return True


def first_difference(expected, got):
    pairs = list(zip(expected.split('\n'), got.split('\n')))
    at = next((i for i, (e, g) in enumerate(pairs) if e != g), len(pairs))
    def around(text):
        return '\n      '.join(text.split('\n')[max(0, at - 2):at + 2])
    return 'at output line %d:\n  expected:\n      %s\n  got:\n      %s' % (at + 1, around(expected), around(got))


def check(job):
    """(outcome, detail): outcome is 'match', 'both reject', 'not parsed',
    'mismatch' or 'crash'."""
    path, whole_error_block = job
    with open(path, 'rb') as f:
        source = f.read()
    try:
        ast.parse(source, path)
    except (SyntaxError, ValueError):
        return 'not parsed', None
    except (MemoryError, RecursionError):
        return 'not parsed', None
    try:
        expected, error = compare_symtable.dump(source, path), None
    except SyntaxError as e:
        expected, error = None, e
    except (MemoryError, RecursionError):
        return 'not parsed', None
    got = oracle.run([INGOT, 'scopes', path], timeout=120)
    if got.failure():
        return 'crash', got.failure()
    stderr = got.stderr.decode('utf-8', 'replace')
    last_line = stderr.strip().splitlines()[-1] if stderr.strip() else ''
    if error is not None:
        expected_error = ('SyntaxError', error.lineno)
        if got.returncode != 1 or oracle.error_summary(got.stderr) != expected_error or \
                last_line != 'SyntaxError: ' + error.msg:
            return 'mismatch', 'compile() raises %r on line %s; ingot exits %d: %s' % (
                error.msg, error.lineno, got.returncode, last_line)
        if whole_error_block:
            printed = oracle.python3_run(path).stderr.decode('utf-8', 'replace')
            if printed != stderr:
                return 'mismatch', 'python3 prints:\n%s\ningot prints:\n%s' % (printed, stderr)
        return 'both reject', None
    if got.returncode != 0:
        return 'mismatch', 'ingot exits %d: %s' % (got.returncode, last_line)
    text = got.stdout.decode('utf-8', 'replace')
    if same_output(expected, text):
        return 'match', None
    return 'mismatch', first_difference(expected, text)


def jobs_to_run(args):
    if args.files:
        return [(os.path.abspath(f), False) for f in args.files]
    if args.cases:
        cases = os.path.join(HERE, 'cases')
        valid = sorted(os.path.join(cases, n) for n in os.listdir(cases) if n.endswith('.py'))
        failing = sorted(os.path.join(HERE, n) for n in os.listdir(HERE) if n.startswith('fail_') and n.endswith('.py'))
        return [(f, False) for f in valid] + [(f, True) for f in failing]
    files = oracle.stdlib_files()
    if not args.all:
        step = max(1, len(files) // args.sample)
        files = files[::step][:args.sample]
    return [(f, False) for f in files]


def main():
    oracle.require_cpython_311()
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--ingot', required=True)
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--all', action='store_true', help='the whole standard library')
    group.add_argument('--cases', action='store_true', help='tests/sema/cases and tests/sema/fail_*.py')
    group.add_argument('--sample', type=int, default=150, metavar='N', help='N standard library files (default 150)')
    parser.add_argument('-j', '--jobs', type=int, default=2)
    parser.add_argument('files', nargs='*')
    args = parser.parse_args()

    jobs = jobs_to_run(args)
    counts = dict.fromkeys(['match', 'both reject', 'not parsed', 'mismatch', 'crash'], 0)
    with multiprocessing.Pool(args.jobs, init_worker, (oracle.require_ingot(args.ingot),)) as pool:
        for (path, _), (outcome, detail) in zip(jobs, pool.imap(check, jobs, chunksize=2)):
            counts[outcome] += 1
            if detail:
                print('%s: %s: %s' % (outcome.upper(), path, detail))
    if args.cases and counts['both reject'] != sum(1 for _, whole in jobs if whole):
        print('FAIL: every fail_*.py case must be rejected by both')
        counts['mismatch'] += 1
    print('scopes: %d files: %d match, %d rejected by both with the same error, %d mismatch, %d crash'
          ' (%d not parsed by CPython, skipped)' % (
              len(jobs), counts['match'], counts['both reject'], counts['mismatch'], counts['crash'],
              counts['not parsed']))
    sys.exit(1 if counts['mismatch'] or counts['crash'] else 0)


if __name__ == '__main__':
    main()

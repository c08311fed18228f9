#!/usr/bin/env python3
"""Golden-file tests of stage 2: `ingot types CASE.py` against CASE.types.

    run.py --ingot build/ingot              every tests/types/*.py
    run.py --ingot build/ingot NAME...      the cases given (name or path)
    run.py --ingot build/ingot --update     rewrite the .types files from ingot's output

Each case is first run by python3: it must be a valid program that runs to
the end, so the expectations are about real Python. The .types file is the
exact text `ingot types` must print (src/types/print_types.cpp describes
it). After --update, a human reads `git diff tests/types` and keeps only the
changes that are right: the files are the reviewed truth, not a recording.
"""
import argparse
import difflib
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def cases(names):
    if not names:
        return sorted(p for p in glob.glob(os.path.join(HERE, '*.py')) if os.path.basename(p) != 'run.py')
    paths = []
    for name in names:
        path = name if name.endswith('.py') else os.path.join(HERE, name + '.py')
        paths.append(os.path.abspath(path))
    return paths


def check(ingot, path, update):
    """None if the case passes (or was updated), else a message."""
    name = os.path.relpath(path, HERE)
    ran = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=60)
    if ran.returncode != 0:
        return '%s: python3 fails on the case itself:\n%s' % (name, ran.stderr[-2000:])
    got = subprocess.run([ingot, 'types', path], capture_output=True, text=True, timeout=60)
    if got.returncode != 0:
        return '%s: ingot types exited %d:\n%s' % (name, got.returncode, got.stderr[-2000:])
    expected_path = path[:-3] + '.types'
    if update:
        with open(expected_path, 'w') as f:
            f.write(got.stdout)
        return None
    if not os.path.exists(expected_path):
        return '%s: no %s (run with --update, then review it)' % (name, os.path.basename(expected_path))
    with open(expected_path) as f:
        expected = f.read()
    if got.stdout == expected:
        return None
    diff = difflib.unified_diff(expected.splitlines(), got.stdout.splitlines(), 'expected', 'ingot', lineterm='')
    return '%s: differs:\n%s' % (name, '\n'.join(diff))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--ingot', required=True)
    parser.add_argument('--update', action='store_true', help='rewrite the expected files (review the diff!)')
    parser.add_argument('names', nargs='*')
    args = parser.parse_args()
    paths = cases(args.names)
    failures = [m for m in (check(args.ingot, p, args.update) for p in paths) if m]
    for message in failures:
        print(message)
    verb = 'updated' if args.update else 'passed'
    print('%d of %d type cases %s' % (len(paths) - len(failures), len(paths), verb))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())

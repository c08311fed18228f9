#!/usr/bin/env python3
"""`make bench`: every benchmark, side by side with CPython, as tables.

A benchmark joins the first table by holding bench/NAME/measure.py, which
takes --ingot PATH and prints one JSON object per measurement, with the keys
benchmark, ingot_seconds, cpython_seconds, ingot_peak_mb, cpython_peak_mb
and note (empty, or what the reader should know about the numbers).

A Python program bench/NAME/NAME.py joins the second table, the language
benchmarks, which bench/lang.py runs under CPython, PyPy, its C++ twin and
`ingot run` (see bench/README.md).

    python3 bench/run.py --ingot build/ingot [--runs N] [NAME...]
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
COLUMNS = ('benchmark', 'ingot s', 'CPython s', 'speedup', 'ingot MB', 'CPython MB')


def benchmarks():
    return sorted(name for name in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, name, 'measure.py')))


def language_benchmarks():
    return sorted(name for name in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, name, name + '.py')))


def row(result):
    return (result['benchmark'], '%.3f' % result['ingot_seconds'], '%.3f' % result['cpython_seconds'],
            '%.1fx' % (result['cpython_seconds'] / result['ingot_seconds']),
            '%.0f' % result['ingot_peak_mb'], '%.0f' % result['cpython_peak_mb'])


def print_table(rows):
    widths = [max(len(r[i]) for r in [COLUMNS, *rows]) for i in range(len(COLUMNS))]
    for r in [COLUMNS, tuple('-' * w for w in widths), *rows]:
        print('  '.join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(r, widths))))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--ingot', required=True)
    parser.add_argument('--runs', type=int, default=3, help='language benchmarks: runs per implementation (median)')
    parser.add_argument('names', nargs='*', help='benchmarks to run (default: all of %s)' % ', '.join(
        benchmarks() + language_benchmarks()))
    args = parser.parse_args()
    unknown = [name for name in args.names if name not in benchmarks() + language_benchmarks()]
    if unknown:
        sys.exit('bench/run.py: no such benchmark: %s' % ', '.join(unknown))
    measured = [name for name in args.names if name in benchmarks()] if args.names else benchmarks()
    language = [name for name in args.names if name in language_benchmarks()] if args.names else language_benchmarks()
    failed = measure_all(measured, args.ingot) if measured else False
    if language:
        if measured:
            print()
        failed |= subprocess.run([sys.executable, os.path.join(HERE, 'lang.py'), '--ingot', args.ingot,
                                  '--runs', str(args.runs), *language]).returncode != 0
    sys.exit(1 if failed else 0)


def measure_all(names, ingot):
    """The measure.py table; True when a benchmark failed."""
    rows, notes, failed = [], [], False
    for name in names:
        done = subprocess.run([sys.executable, os.path.join(HERE, name, 'measure.py'), '--ingot', ingot],
                              capture_output=True)
        if done.returncode != 0:
            failed = True
            notes.append('%s: failed (exit %d): %s' % (name, done.returncode, done.stderr.decode('utf-8', 'replace').strip()))
            continue
        for line in done.stdout.decode().splitlines():
            result = json.loads(line)
            rows.append(row(result))
            if result.get('note'):
                notes.append('%s: %s' % (result['benchmark'], result['note']))
    print_table(rows)
    for note in notes:
        print('note:', note)
    return failed


if __name__ == '__main__':
    main()

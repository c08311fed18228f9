#!/usr/bin/env python3
"""`make bench`: every benchmark, side by side with CPython, as one table.

A benchmark joins the table by holding bench/NAME/measure.py, which takes
--ingot PATH and prints one JSON object per measurement, with the keys
benchmark, ingot_seconds, cpython_seconds, ingot_peak_mb, cpython_peak_mb
and note (empty, or what the reader should know about the numbers).

    python3 bench/run.py --ingot build/ingot [NAME...]
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
    parser.add_argument('names', nargs='*', help='benchmarks to run (default: all of %s)' % ', '.join(benchmarks()))
    args = parser.parse_args()
    rows, notes, failed = [], [], False
    for name in args.names or benchmarks():
        done = subprocess.run([sys.executable, os.path.join(HERE, name, 'measure.py'), '--ingot', args.ingot],
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
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()

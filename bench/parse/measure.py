#!/usr/bin/env python3
"""Parse benchmark: the whole standard library through `ingot ast --quiet`
against CPython's ast.parse over the same files.

CPython is timed in-process around ast.parse alone (the files are read
first); ingot is timed as a process, so its time includes starting and
reading the files (about 30 MB, from the page cache). Peak memory is each
process's own maximum resident set; CPython's includes the sources it
holds. The best of --repeat runs is reported.

Prints its row of the table as JSON, for bench/run.py.
"""
import argparse
import ast
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests'))
import oracle  # noqa: E402

# Run by the CPython under test, file names on stdin: parses every file,
# timing ast.parse alone, and prints the best time of `repeat` runs.
CPYTHON_PARSE = '''
import ast, sys, time
sources = [(name, open(name, 'rb').read()) for name in sys.stdin.read().split('\\n')]
best = float('inf')
for _ in range(int(sys.argv[1])):
    start = time.perf_counter()
    for name, source in sources:
        ast.parse(source, name)
    best = min(best, time.perf_counter() - start)
print(best)
'''


def parseable(files):
    """The files CPython parses: the benchmark needs both sides to succeed."""
    def parses(path):
        with open(path, 'rb') as f:
            try:
                ast.parse(f.read(), path)
                return True
            except SyntaxError:
                return False
    return [path for path in files if parses(path)]


def main():
    oracle.require_cpython_311()
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--ingot', required=True)
    parser.add_argument('--repeat', type=int, default=3)
    args = parser.parse_args()
    ingot = oracle.require_ingot(args.ingot)

    files = parseable(oracle.stdlib_files())
    megabytes = sum(os.path.getsize(path) for path in files) / 1e6
    ingot_runs = [oracle.measure([ingot, 'ast', '--quiet', *files]) for _ in range(args.repeat)]
    stderr = ingot_runs[0].stderr.decode('utf-8', 'replace')
    rejected = [line.strip() for line in stderr.splitlines() if oracle.FILE_LINE.match(line)]
    cpython = oracle.measure([sys.executable, '-c', CPYTHON_PARSE, str(args.repeat)], '\n'.join(files).encode())
    if cpython.returncode != 0:
        sys.exit('bench/parse: CPython failed:\n' + cpython.stderr.decode('utf-8', 'replace'))
    print(json.dumps({
        'benchmark': 'parse stdlib (%d files, %.0f MB)' % (len(files), megabytes),
        'ingot_seconds': min(run.seconds for run in ingot_runs),
        'cpython_seconds': float(cpython.stdout),
        'ingot_peak_mb': max(run.peak_mb for run in ingot_runs),
        'cpython_peak_mb': cpython.peak_mb,
        'note': 'ingot rejected %d of the files, first %s' % (len(rejected), rejected[0]) if rejected else '',
    }))


if __name__ == '__main__':
    main()

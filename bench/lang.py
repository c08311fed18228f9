#!/usr/bin/env python3
"""Language benchmarks: each bench/NAME/NAME.py under CPython, PyPy, its
hand-written C++ twin bench/NAME/NAME.cpp where there is one, and
`ingot run`, as one table of median times and speedups over CPython.

A benchmark takes its size as argv[1] (its own default when absent) and
prints a checksum; every implementation must print exactly what CPython
prints, or the row is marked and the run fails.

    python3 bench/lang.py [--ingot build/ingot] [--runs N] [--size NAME=ARG ...] [NAME...]

Times are wall-clock seconds of the whole process (start-up included; for
ingot that is the compiled program's run, not its compilation when ingot
caches, so compare like with like) and the median of --runs runs.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PYPY = '/usr/bin/pypy3'  # Debian's PyPy; the column shows n/a without it
# No -ffast-math, and no fused multiply-add: the C++ twins must round every
# float operation as CPython does to print the same checksum.
CXX_FLAGS = ['-O2', '-std=c++20', '-ffp-contract=off']
PROBE_PROGRAM = 'print(sum(i * i for i in range(10)), "ingot-run-probe")\n'


def benchmarks():
    return sorted(name for name in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, name, name + '.py')))


def ingot_supports_run(ingot):
    """Whether `ingot run` exists and runs a tiny program correctly: until the
    compiler lands, the ingot column reads n/a instead of failing the table."""
    if not (ingot and os.path.isfile(ingot) and os.access(ingot, os.X_OK)):
        return False
    with tempfile.TemporaryDirectory() as folder:
        probe = os.path.join(folder, 'probe.py')
        with open(probe, 'w') as f:
            f.write(PROBE_PROGRAM)
        try:
            done = subprocess.run([ingot, 'run', probe], capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
            return False
        return done.returncode == 0 and done.stdout == b'285 ingot-run-probe\n'


def compile_cxx(name, build_dir):
    """The C++ twin built with g++, or None when the benchmark has none."""
    source = os.path.join(HERE, name, name + '.cpp')
    if not os.path.isfile(source):
        return None
    binary = os.path.join(build_dir, name)
    done = subprocess.run(['g++', *CXX_FLAGS, '-o', binary, source], capture_output=True)
    if done.returncode != 0:
        sys.exit('bench/lang: g++ failed on %s:\n%s' % (source, done.stderr.decode('utf-8', 'replace')))
    return [binary]


def timed_runs(command, runs):
    """(median seconds, stdout of the first run, error or None)."""
    seconds, first_stdout = [], None
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True)
        seconds.append(time.perf_counter() - start)
        if done.returncode != 0:
            return None, done.stdout, 'exit %d: %s' % (done.returncode, done.stderr.decode('utf-8', 'replace').strip()[-300:])
        if first_stdout is None:
            first_stdout = done.stdout
        elif done.stdout != first_stdout:
            return None, done.stdout, 'output changed between runs'
    return statistics.median(seconds), first_stdout, None


def implementations(name, ingot_ok, ingot, build_dir):
    """(column, command without the size argument, or None for n/a)."""
    program = os.path.join(HERE, name, name + '.py')
    return [
        ('CPython', [sys.executable, program]),
        ('PyPy', [PYPY, program] if os.access(PYPY, os.X_OK) else None),
        ('C++', compile_cxx(name, build_dir)),
        ('ingot', [os.path.abspath(ingot), 'run', program] if ingot_ok else None),
    ]


def measure(name, size, runs, ingot_ok, ingot, build_dir):
    """One row: {column: seconds, None (n/a), 'failed' or 'wrong'}, the checksum, and problems."""
    times, problems, expected = {}, [], None
    for column, command in implementations(name, ingot_ok, ingot, build_dir):
        if command is None:
            times[column] = None
            continue
        if column == 'ingot':  # fill the program cache: the build is not what is timed
            subprocess.run(command + ([size] if size else []), capture_output=True)
        seconds, stdout, error = timed_runs(command + ([size] if size else []), runs)
        if error:
            problems.append('%s %s: %s' % (name, column, error))
            seconds = 'failed'
        elif expected is None:
            expected = stdout  # CPython's answer: the reference
        elif stdout != expected:
            problems.append('%s %s: checksum differs from CPython: %r, expected %r' % (
                name, column, stdout.decode('utf-8', 'replace').strip()[-200:],
                expected.decode('utf-8', 'replace').strip()[-200:]))
            seconds = 'wrong'
        times[column] = seconds
    checksum = (expected or b'').decode('utf-8', 'replace').strip().split('\n')[-1]
    return times, checksum, problems


COLUMNS = ('CPython', 'PyPy', 'C++', 'ingot')


def cell(seconds, cpython):
    if seconds is None:
        return 'n/a'
    if isinstance(seconds, str):
        return seconds
    if not isinstance(cpython, float) or seconds == 0:
        return '%.3f' % seconds
    return '%.3f (%.1fx)' % (seconds, cpython / seconds)


def print_table(rows):
    header = ('benchmark', 'size') + tuple(c + ' s' for c in COLUMNS) + ('checksum',)
    lines = [header]
    for name, size, times, checksum in rows:
        cpython = times.get('CPython')
        lines.append((name, size or 'default', *(cell(times.get(c), cpython) for c in COLUMNS), checksum[:48]))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    lines.insert(1, tuple('-' * w for w in widths))
    for line in lines:
        print('  '.join(text.ljust(w) if i in (0, 1, len(header) - 1) else text.rjust(w)
                        for i, (text, w) in enumerate(zip(line, widths))).rstrip())
    print('(median wall seconds per process; (Nx) = speedup over CPython, higher is faster)')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--ingot', help='the ingot executable; its column is n/a until it supports `run`')
    parser.add_argument('--runs', type=int, default=3, help='runs per implementation; the median is shown (default 3)')
    parser.add_argument('--size', action='append', default=[], metavar='NAME=ARG',
                        help="argv[1] for benchmark NAME instead of its default")
    parser.add_argument('names', nargs='*', help='benchmarks to run (default: all of %s)' % ', '.join(benchmarks()))
    args = parser.parse_args()
    sizes = dict(item.split('=', 1) for item in args.size)
    unknown = [n for n in list(args.names) + list(sizes) if n not in benchmarks()]
    if unknown:
        sys.exit('bench/lang: no such benchmark: %s' % ', '.join(unknown))
    ingot_ok = ingot_supports_run(args.ingot)
    build_dir = tempfile.mkdtemp(prefix='ingot-bench-cxx-')
    rows, problems = [], []
    try:
        for name in args.names or benchmarks():
            times, checksum, row_problems = measure(name, sizes.get(name), max(1, args.runs), ingot_ok, args.ingot, build_dir)
            rows.append((name, sizes.get(name), times, checksum))
            problems.extend(row_problems)
    finally:
        shutil.rmtree(build_dir, ignore_errors=True)
    print_table(rows)
    if not ingot_ok:
        print('note: ingot column n/a: %s' % ('%s does not support `run` yet' % args.ingot if args.ingot else 'no --ingot given'))
    for problem in problems:
        print('FAILED:', problem)
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()

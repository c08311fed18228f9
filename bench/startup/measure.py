#!/usr/bin/env python3
"""Start-up benchmark: hello world, the program whose whole cost is starting.

Three rows, each against `python3 hello.py`:
- the executable `ingot build` makes, run directly (the goal: <= 2 ms,
  binary <= 500 KB; the note gives its size);
- `ingot run hello.py` with the program already cached (what a user pays
  on every run: hashing the source, finding the cached executable);
- `ingot run --force hello.py`, a cold compile against the precompiled runtime.

Each time is the median of --runs runs, as the processes are short enough
for the median to be steady. Prints its rows as JSON, for bench/run.py.
"""
import argparse
import json
import os
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests'))
import oracle  # noqa: E402

HELLO = 'print("hello, world")\n'


def median_run(command, runs, env=None):
    """(median seconds, max peak MB) of `command`, which must print the greeting."""
    results = []
    for _ in range(runs):
        result = oracle.measure(command, env=env)
        if result.returncode != 0 or result.stdout != b'hello, world\n':
            sys.exit('bench/startup: %s failed:\n%s' % (' '.join(command), result.stderr.decode('utf-8', 'replace')))
        results.append(result)
    return statistics.median(r.seconds for r in results), max(r.peak_mb for r in results)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--ingot', required=True)
    parser.add_argument('--runs', type=int, default=21)
    args = parser.parse_args()
    ingot = oracle.require_ingot(args.ingot)

    with tempfile.TemporaryDirectory() as work:
        hello = os.path.join(work, 'hello.py')
        with open(hello, 'w') as f:
            f.write(HELLO)
        binary = os.path.join(work, 'hello')
        # A private cache, so the cold row really compiles and the warm row
        # finds only what this run put there.
        env = dict(os.environ, INGOT_CACHE_DIR=os.path.join(work, 'cache'))
        built = oracle.measure([ingot, 'build', hello, '-o', binary], env=env)
        if built.returncode != 0:
            sys.exit('bench/startup: ingot build failed:\n' + built.stderr.decode('utf-8', 'replace'))

        cpython = median_run([sys.executable, hello], args.runs)
        rows = [
            ('hello world: built executable', median_run([binary], args.runs),
             'binary %.0f KB' % (os.path.getsize(binary) / 1024)),
            ('hello world: ingot run, cached', median_run([ingot, 'run', hello], args.runs, env), ''),
            ('hello world: ingot run --force (compile)', median_run([ingot, 'run', '--force', hello], 3, env),
             'median of 3'),
        ]
    for name, (seconds, peak_mb), note in rows:
        print(json.dumps({
            'benchmark': name,
            'ingot_seconds': seconds,
            'cpython_seconds': cpython[0],
            'ingot_peak_mb': peak_mb,
            'cpython_peak_mb': cpython[1],
            'note': note,
        }))


if __name__ == '__main__':
    main()

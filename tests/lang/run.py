#!/usr/bin/env python3
"""The language suite: ordinary Python programs, run by `ingot run` and by
python3, compared.

Every program is its own test; what it must print is asked of python3 at
test time, never stored. See README.md beside this file for the layout.

    python3 tests/lang/run.py --ingot build/ingot [--jobs N] [FILTER...]
    python3 tests/lang/run.py --python-only [FILTER...]   # checks the programs themselves
    python3 tests/lang/run.py --list [FILTER...]

A FILTER keeps the programs whose name (e.g. `int/floor_division`) contains it.
"""
import argparse
import concurrent.futures
import difflib
import os
import shlex
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import oracle  # noqa: E402

# Only programs named so may exit non-zero: an accidental error in any other
# program would otherwise be "expected" and test nothing.
FAILING_PREFIXES = ('raises_', 'exit_')
# Two different seeds: a program whose output depends on str hashing shows
# it as a difference between the two runs.
HASH_SEEDS = ('0', '4242')


@dataclass
class Program:
    name: str  # feature/case, as shown and filtered
    path: str

    def beside(self, suffix):
        """The file of this program with another suffix (name.stdin, name.args), or None."""
        path = self.path[:-len('.py')] + suffix
        return path if os.path.isfile(path) else None

    def arguments(self):
        args_file = self.beside('.args')
        if not args_file:
            return []
        with open(args_file) as f:
            return shlex.split(f.read())

    def may_fail(self):
        return self.name.partition('/')[2].startswith(FAILING_PREFIXES)


def discover(filters):
    """tests/lang/FEATURE/CASE.py, and tests/lang/FEATURE/CASE/main.py for a
    program that needs modules of its own beside it (everything else in that
    folder is a helper, never an entry)."""
    found = []
    for feature in sorted(os.listdir(HERE)):
        folder = os.path.join(HERE, feature)
        if not os.path.isdir(folder) or feature.startswith(('_', '.')):
            continue
        for entry in sorted(os.listdir(folder)):
            path = os.path.join(folder, entry)
            if entry.endswith('.py') and os.path.isfile(path):
                found.append(Program('%s/%s' % (feature, entry[:-3]), path))
            elif os.path.isfile(os.path.join(path, 'main.py')):
                found.append(Program('%s/%s' % (feature, entry), os.path.join(path, 'main.py')))
    return [p for p in found if not filters or any(f in p.name for f in filters)]


@dataclass
class Outcome:
    stdout: bytes
    returncode: object  # None when it timed out
    last_stderr_line: str
    seconds: float
    stderr_tail: str

    def observable(self):
        return self.stdout, self.returncode, self.last_stderr_line


def execute(command, program, hash_seed, timeout):
    """Runs `command program.py args...` in a fresh empty directory, with the
    program's .stdin file (or nothing) as its input."""
    env = dict(os.environ, PYTHONHASHSEED=hash_seed, PYTHONIOENCODING='utf-8', PYTHONDONTWRITEBYTECODE='1')
    env.pop('PYTHONPATH', None)
    stdin_file = program.beside('.stdin')
    with tempfile.TemporaryDirectory(prefix='ingot-lang-') as cwd, \
            open(stdin_file or os.devnull, 'rb') as stdin:
        start = time.perf_counter()
        try:
            done = subprocess.run(command + [program.path] + program.arguments(), stdin=stdin, cwd=cwd,
                                  env=env, capture_output=True, timeout=timeout)
            returncode, stdout, stderr = done.returncode, done.stdout, done.stderr
        except subprocess.TimeoutExpired as e:
            returncode, stdout, stderr = None, e.stdout or b'', e.stderr or b''
        seconds = time.perf_counter() - start
    text = stderr.decode('utf-8', 'replace').rstrip('\n')
    return Outcome(stdout, returncode, text.split('\n')[-1] if text else '', seconds, text[-1500:])


def describe_exit(outcome, timeout):
    return 'timed out after %gs' % timeout if outcome.returncode is None else 'exit %d' % outcome.returncode


def difference(expected, got, timeout):
    """What differs between python3's run and ingot's, briefly, or None."""
    if expected.observable() == got.observable():
        return None
    lines = []
    if got.returncode != expected.returncode:
        lines.append('%s, expected exit %d' % (describe_exit(got, timeout), expected.returncode))
    if got.last_stderr_line != expected.last_stderr_line:
        lines.append('last stderr line: %r, expected %r' % (got.last_stderr_line, expected.last_stderr_line))
    if got.stdout != expected.stdout:
        diff = list(difflib.unified_diff(expected.stdout.decode('utf-8', 'replace').splitlines(),
                                         got.stdout.decode('utf-8', 'replace').splitlines(),
                                         'python3', 'ingot', n=1, lineterm=''))
        lines.append('stdout differs:')
        lines.extend('    ' + line for line in diff[:24])
        if len(diff) > 24:
            lines.append('    ... %d more diff lines' % (len(diff) - 24))
    if got.returncode not in (0, expected.returncode) and got.stderr_tail:
        lines.append('ingot stderr ends:')
        lines.extend('    ' + line for line in got.stderr_tail.split('\n')[-8:])
    return '\n'.join(lines)


def compare_with_ingot(ingot, timeout):
    def check(program):
        expected = execute([sys.executable], program, HASH_SEEDS[0], timeout)
        got = execute([ingot, 'run'], program, HASH_SEEDS[0], timeout)
        return difference(expected, got, timeout)
    return check


def validate(max_seconds, timeout):
    """A program is fit for the suite when python3 runs it the same way
    under two hash seeds, exits non-zero only when its name says so, and
    is quick."""
    def check(program):
        first = execute([sys.executable], program, HASH_SEEDS[0], timeout)
        second = execute([sys.executable], program, HASH_SEEDS[1], timeout)
        if first.returncode is None or second.returncode is None:
            return 'timed out after %gs' % timeout
        if first.observable() != second.observable():
            return 'not deterministic: PYTHONHASHSEED=%s and =%s differ:\n%s' % (
                HASH_SEEDS[0], HASH_SEEDS[1], difference(first, second, timeout))
        if first.returncode < 0:
            return 'killed by signal %d' % -first.returncode
        if program.may_fail() and first.returncode == 0:
            return 'exits 0, but its name (%s*) says it fails' % '* / '.join(FAILING_PREFIXES)
        if not program.may_fail() and first.returncode != 0:
            return 'exit %d (only %s* programs may fail):\n    %s' % (
                first.returncode, '* / '.join(FAILING_PREFIXES), first.stderr_tail.replace('\n', '\n    ')[-800:])
        if not first.stdout:
            return 'prints nothing on stdout: a wrong implementation would not show'
        seconds = min(first.seconds, second.seconds)
        if seconds > max_seconds:
            return 'too slow for the suite: %.2fs (limit %.2fs)' % (seconds, max_seconds)
        return None
    return check


def run_all(programs, check, jobs):
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for program, problem in zip(programs, pool.map(check, programs)):
            if problem:
                failures.append((program, problem))
    for program, problem in failures:
        print('FAIL %s (%s)\n  %s' % (program.name, os.path.relpath(program.path), problem.replace('\n', '\n  ')))
    print('%d passed, %d failed' % (len(programs) - len(failures), len(failures)))
    return not failures


def main():
    oracle.require_cpython_311()
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument('--ingot', help='the ingot executable; each program runs as `INGOT run PROGRAM`')
    mode.add_argument('--python-only', action='store_true', help='validate the programs with python3 alone')
    mode.add_argument('--list', action='store_true', help='list the programs and exit')
    parser.add_argument('-j', '--jobs', type=int, default=2)
    parser.add_argument('--timeout', type=float, default=60, help='seconds allowed per run (default 60)')
    parser.add_argument('--max-seconds', type=float, default=0.3,
                        help='--python-only: longest python3 run a program may take (default 0.3)')
    parser.add_argument('filters', nargs='*', metavar='FILTER')
    args = parser.parse_args()
    programs = discover(args.filters)
    if args.list:
        for program in programs:
            print(program.name)
        return
    if not programs:
        sys.exit('no program matches %s' % ' '.join(args.filters))
    check = validate(args.max_seconds, args.timeout) if args.python_only else \
        compare_with_ingot(oracle.require_ingot(args.ingot), args.timeout)
    sys.exit(0 if run_all(programs, check, args.jobs) else 1)


if __name__ == '__main__':
    main()

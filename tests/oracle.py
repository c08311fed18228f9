"""What the script-driven tests and benchmarks share: the CPython that ingot
must match, the files of its standard library, and running programs.

The runners are started as `python3 RUNNER` (ctest, make), so the python
running them is the one on PATH, the oracle: it answers in-process where it
can, and `sys.executable` runs it as a program (`python3 FILE`).
"""
import os
import re
import signal
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import dataclass


def require_cpython_311():
    if sys.version_info[:2] != (3, 11) or sys.implementation.name != 'cpython':
        sys.exit('%s: needs CPython 3.11 as python3, found %s' % (sys.argv[0], sys.version.split()[0]))


def stdlib_files():
    """Every .py file of the standard library, tests included, third-party
    packages excluded, sorted so that samples are deterministic."""
    root = sysconfig.get_paths()['stdlib']
    files = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if d not in ('site-packages', 'dist-packages', '__pycache__'))
        files.extend(os.path.join(folder, name) for name in sorted(names) if name.endswith('.py'))
    return files


@dataclass
class Run:
    returncode: int
    stdout: bytes
    stderr: bytes
    seconds_limit: float = 0

    def failure(self):
        """Why this run crashed or hung, or None if it exited normally."""
        if self.returncode is None:
            return 'timed out after %gs' % self.seconds_limit
        if self.returncode < 0:
            return 'killed by %s' % signal.Signals(-self.returncode).name
        return None


def run(command, timeout):
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout)
        return Run(done.returncode, done.stdout, done.stderr)
    except subprocess.TimeoutExpired as e:
        return Run(None, e.stdout or b'', e.stderr or b'', timeout)


@dataclass
class Measured:
    returncode: int
    seconds: float
    peak_mb: float
    stdout: bytes
    stderr: bytes


def measure(command, stdin=b'', env=None):
    """Runs `command` to completion (in `env`, default this process's), for
    its wall time and peak resident memory (its own, from wait4, not its
    siblings')."""
    with tempfile.TemporaryFile() as given, tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        given.write(stdin)
        given.seek(0)
        start = time.perf_counter()
        process = subprocess.Popen(command, stdin=given, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Measured(process.returncode, seconds, usage.ru_maxrss / 1024, out.read(), err.read())


def python3_run(path, timeout=60):
    """`python3 FILE`, whose stderr is the SyntaxError block ingot must print."""
    return run([sys.executable, path], timeout)


FILE_LINE = re.compile(r'  File "(.*)", line (\d+)$')


def error_summary(stderr):
    """(error type, line number or None) of a printed SyntaxError block."""
    lines = stderr.decode('utf-8', 'replace').rstrip('\n').split('\n')
    match = next((m for m in map(FILE_LINE.match, lines) if m), None)
    return lines[-1].partition(':')[0], int(match.group(2)) if match else None


def require_ingot(path):
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        sys.exit('%s: no ingot executable at %s (build it first)' % (sys.argv[0], path))
    return os.path.abspath(path)

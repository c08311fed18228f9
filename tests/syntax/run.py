#!/usr/bin/env python3
"""The SyntaxError suite: `ingot ast` on broken programs, against CPython.

Every fail_*.py here holds one error. ast.parse must reject it (or the case
itself is wrong), and `ingot ast FILE` must exit 1 and print on stderr
exactly what `python3 FILE` prints. For a file listed in
known_differences.txt the error type and line must still match; the message
and caret may differ, for the reason given there.

Hostile inputs are generated at test time: 100,000 open brackets, random
invalid UTF-8, NUL bytes, lone surrogate escapes (valid), nesting that
exhausts CPython's own limits (ingot must merely survive), and a large valid
file that must parse in reasonable time (~8 MB; ~100 MB with --full).

    python3 tests/syntax/run.py --ingot build/ingot [--full] [-j N]
    python3 tests/syntax/run.py     # only checks the cases against python3
"""
import argparse
import ast
import concurrent.futures
import difflib
import os
import random
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import oracle  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def known_differences():
    """{file name: reason} from known_differences.txt."""
    known = {}
    with open(os.path.join(HERE, 'known_differences.txt')) as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                name, _, reason = line.partition(' ')
                known[name] = reason.strip()
    return known


def diff(expected, got):
    return ''.join(difflib.unified_diff(expected.decode('utf-8', 'replace').splitlines(True),
                                        got.decode('utf-8', 'replace').splitlines(True), 'python3', 'ingot', n=1))


# Each check returns None when ingot is right, else what went wrong.

def check_error(ingot, path, known_difference=False):
    """A broken program: ingot must print python3's SyntaxError block, or for
    a known difference, at least the same error type and line."""
    expected = oracle.python3_run(path)
    if expected.returncode != 1 or not expected.stderr:
        return 'python3 itself does not reject it with a SyntaxError (exit %s)' % expected.returncode
    got = oracle.run([ingot, 'ast', path], timeout=60)
    if got.failure():
        return got.failure()
    if got.returncode != 1:
        return 'exit code %d, expected 1' % got.returncode
    if got.stderr == expected.stderr:
        return 'matches python3 now: take it out of known_differences.txt' if known_difference else None
    if known_difference and oracle.error_summary(got.stderr) == oracle.error_summary(expected.stderr):
        return None
    return 'stderr differs:\n' + diff(expected.stderr, got.stderr)


def check_valid(ingot, path):
    """A valid program: ingot must print CPython's dump."""
    with open(path, 'rb') as f:
        expected = ast.dump(ast.parse(f.read(), path), include_attributes=True) + '\n'
    got = oracle.run([ingot, 'ast', path], timeout=60)
    if got.failure() or got.returncode != 0:
        return got.failure() or 'exit code %d: %s' % (got.returncode, got.stderr.decode('utf-8', 'replace')[-500:])
    if got.stdout.decode('utf-8', 'replace') != expected:
        return 'dump differs:\n' + diff(expected.encode(), got.stdout)[:2000]
    return None


def check_survives(ingot, path):
    """Nesting beyond CPython's own limits (it raises MemoryError or
    RecursionError): ingot may accept it or reject it, but not crash."""
    got = oracle.run([ingot, 'ast', '--quiet', path], timeout=60)
    if got.failure():
        return got.failure()
    return None if got.returncode in (0, 1) else 'exit code %d' % got.returncode


def check_big(ingot, path, seconds_allowed):
    """A large valid file: parsed without error in reasonable time."""
    start = time.monotonic()
    got = oracle.run([ingot, 'ast', '--quiet', path], timeout=seconds_allowed)
    seconds = time.monotonic() - start
    if got.failure() or got.returncode != 0:
        return got.failure() or 'exit code %d: %s' % (got.returncode, got.stderr.decode('utf-8', 'replace')[-500:])
    megabytes = os.path.getsize(path) / 1e6
    print('  %s: %.0f MB in %.2fs (%.0f MB/s)' % (os.path.basename(path), megabytes, seconds, megabytes / seconds))
    return None


# Hostile inputs: (file name, bytes, kind), kind naming the check.

INVALID_UTF8 = [b'\xff', b'\xfe\xfe', b'\xc3', b'\xc3(', b'\x80', b'\xed\xa0\x80', b'\xed\xbf\xbf', b'\xc0\xaf',
                b'\xe0\x80\xaf', b'\xe2\x82', b'\xf0\x9f\x98', b'\xf4\x90\x80\x80', b'\xf8\x88\x80\x80\x80']
VALID_TEXT = ['a', 'Z', ' ', '0', '\u00e9', '\u20ac', '\U0001d518', '\u4e2d', '\\\\', "'"]


def random_invalid_utf8(seed):
    """A program whose string literal holds valid text around an invalid
    UTF-8 sequence, on a random line."""
    rng = random.Random(seed)
    text = ''.join(rng.choice(VALID_TEXT) for _ in range(rng.randrange(8))).encode()
    literal = text + rng.choice(INVALID_UTF8) + ''.join(rng.choice(VALID_TEXT) for _ in range(3)).encode()
    before = ''.join('x%d = %d\n' % (i, i) for i in range(rng.randrange(4))).encode()
    return before + b's = "' + literal + b'"\nt = 1\n'


def with_nul_bytes(seed):
    rng = random.Random(seed)
    program = bytearray(b'import os\n\ndef f(a, b=1):\n    """Doc."""\n    return a + b  # sum\n\nx = f(2, "s")\n')
    for _ in range(rng.randint(1, 3)):
        program.insert(rng.randrange(len(program) + 1), 0)
    return bytes(program)


BIG_FILE_BLOCK = '''
class Shape{n}(Base, metaclass=Meta):
    """A docstring, with "quotes" and \\t escapes."""
    sides: int = {n}

    def __init__(self, *args, scale=1.0, **options):
        super().__init__(*args, **options)
        self.scale = scale * 0x{n:x} + 0b1 + 0o7 + 1_000.5e-3 + 2j

    @property
    def area(self, /):
        total = sum(x ** 2 for x in range(self.sides) if x % 2 == 0)
        return {{k: [v, (v,), {{v}}] for k, v in zip("abc", (1, 2, 3))}} or total

    async def fetch(self, url: str) -> bytes:
        async with session.get(url) as response:
            return await response.read()


def handle_{n}(event, *, retries=3):
    match event:
        case {{"type": "click", "pos": (x, y)}} if x > 0:
            return f"click at {{x!r:>{{width}}}}, {{y=}}"
        case [Point(x=0, y=0), *rest]:
            return rest
        case str() | bytes() as raw:
            return raw
        case _:
            pass
    try:
        value = lambda a, b=2, *c, d, **e: (a, b, c, d, e)
    except (ValueError, TypeError) as error:
        raise RuntimeError("failed") from error
    finally:
        del value
    while (n := len(queue)) > 10 and not done:
        queue.pop()
    return [y for x in data for y in x if y is not None]
'''


def big_valid_file(megabytes):
    block_size = len(BIG_FILE_BLOCK.format(n=0).encode())
    return ''.join(BIG_FILE_BLOCK.format(n=n) for n in range(megabytes * 1_000_000 // block_size)).encode()


def hostile_inputs(full):
    yield 'nested_parens_100000.py', b'(' * 100_000 + b'\n', 'error'
    yield 'nested_brackets_100000_lines.py', b'x = [\n' * 100_000, 'error'
    yield 'nested_parens_199_valid.py', b'x = ' + b'(' * 199 + b'1' + b')' * 199 + b'\n', 'valid'
    for seed in range(12):
        yield 'invalid_utf8_%d.py' % seed, random_invalid_utf8(seed), 'error'
    for seed in range(6):
        yield 'nul_bytes_%d.py' % seed, with_nul_bytes(seed), 'error'
    yield 'lone_surrogate_escape.py', b'x = "\\ud800"\n', 'valid'
    yield 'lone_surrogate_escapes_mixed.py', b'x = "a\\udfff\\ud800b" "\\ud83d" f"{1}\\udc00"\n', 'valid'
    yield 'deep_unary_minus.py', b'x = ' + b'-' * 100_000 + b'1\n', 'survives'
    yield 'deep_not.py', b'x = ' + b'not ' * 100_000 + b'1\n', 'survives'
    yield 'deep_attributes.py', b'x = ' + b'a.' * 100_000 + b'b\n', 'survives'
    yield 'long_sum.py', b'x = 1' + b' + 1' * 100_000 + b'\n', 'survives'
    yield 'deep_calls.py', b'x = ' + b'f(' * 150 + b')' * 150 + b'\n', 'valid'
    yield 'deep_lambdas.py', b'x = ' + b'lambda: ' * 10_000 + b'1\n', 'survives'
    # Errors whose second pass re-reads nested input: without CPython's
    # memoization, it must still finish (in linear time).
    yield 'nested_invalid_groups.py', b'x = ' + b'(x = (**' * 90 + b'a\n', 'survives'
    yield 'nested_unparenthesized_generators.py', b'(' + b'f(a=b, c for c in d, ' * 60 + b')\n', 'survives'
    yield 'deep_blocks.py', b''.join(b' ' * i + b'if x:\n' for i in range(99)) + b' ' * 99 + b'pass\n', 'valid'
    yield 'big_valid.py', big_valid_file(100 if full else 8), 'big'


def run_checks(ingot, full, jobs):
    known = known_differences()
    cases = sorted(name for name in os.listdir(HERE) if name.startswith('fail_') and name.endswith('.py'))
    failures = ['known_differences.txt: %s: no such case' % name for name in sorted(set(known) - set(cases))]
    with tempfile.TemporaryDirectory() as folder, concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        case_problems = list(pool.map(lambda name: check_error(ingot, os.path.join(HERE, name), name in known), cases))
        failures += ['%s: %s' % (name, problem) for name, problem in zip(cases, case_problems) if problem]

        hostile = []
        for name, data, kind in hostile_inputs(full):
            path = os.path.join(folder, name)
            with open(path, 'wb') as f:
                f.write(data)
            hostile.append((name, path, kind))
        checks = {'error': lambda path: check_error(ingot, path),
                  'valid': lambda path: check_valid(ingot, path),
                  'survives': lambda path: check_survives(ingot, path),
                  'big': lambda path: check_big(ingot, path, 600 if full else 60)}
        hostile_problems = list(pool.map(lambda case: checks[case[2]](case[1]), hostile))
        failures += ['hostile %s: %s' % (case[0], problem) for case, problem in zip(hostile, hostile_problems) if problem]

    for failure in failures:
        print('FAIL', failure)
    failed = sum(1 for problem in case_problems if problem)
    known_passed = sum(1 for name, problem in zip(cases, case_problems) if name in known and not problem)
    print('syntax: %d cases: %d match python3, %d known differences, %d fail; hostile inputs: %d of %d ok'
          % (len(cases), len(cases) - failed - known_passed, known_passed, failed,
             hostile_problems.count(None), len(hostile)))
    return not failures


def check_corpus():
    """Without ingot: every case must be a SyntaxError for ast.parse and for
    `python3 FILE`, with no warning or traceback in the way."""
    cases = sorted(name for name in os.listdir(HERE) if name.startswith('fail_') and name.endswith('.py'))
    failures = 0
    for name in cases:
        path = os.path.join(HERE, name)
        with open(path, 'rb') as f:
            source = f.read()
        try:
            ast.parse(source, path)
            problem = 'ast.parse accepts it'
        except SyntaxError:
            printed = oracle.python3_run(path)
            text = printed.stderr.decode('utf-8', 'replace')
            problem = None if printed.returncode == 1 and 'Traceback' not in text and 'Warning' not in text \
                else 'python3 FILE prints:\n' + text
        if problem:
            failures += 1
            print('FAIL %s: %s' % (name, problem))
    print('syntax corpus: %d cases, %d wrong' % (len(cases), failures))
    return failures == 0


def main():
    oracle.require_cpython_311()
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--ingot', help='the ingot executable (without it, only the cases are checked)')
    parser.add_argument('--full', action='store_true', help='make the large valid file ~100 MB')
    parser.add_argument('-j', '--jobs', type=int, default=2)
    args = parser.parse_args()
    ok = run_checks(oracle.require_ingot(args.ingot), args.full, args.jobs) if args.ingot else check_corpus()
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()

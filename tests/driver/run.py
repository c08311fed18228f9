"""The `ingot` command line: -c, build -o, --emit-cpp, --force, -O0,
--version, --help and usage errors. Program behaviour is compared with
python3 run the same way (`python3 -c`, `python3 FILE`).

    python3 tests/driver/run.py --ingot build/ingot

Builds go to a fresh cache (INGOT_CACHE_DIR in a temporary directory).
"""
import argparse
import os
import subprocess
import sys
import tempfile

PROGRAM = 'import sys\nprint("args", len(sys.argv), sys.argv[1] if len(sys.argv) > 1 else "-")\n'


def run(argv, cwd=None):
    return subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=120)


class Checker:
    def __init__(self, ingot):
        self.ingot = ingot
        self.failures = []

    def expect(self, name, condition, detail=''):
        print(('ok   ' if condition else 'FAIL ') + name)
        if not condition:
            self.failures.append(name)
            if detail:
                print('     ' + detail.replace('\n', '\n     '))

    def same_as_python(self, name, ingot_argv, python_argv, cwd):
        got, want = run([self.ingot] + ingot_argv, cwd), run([sys.executable] + python_argv, cwd)
        last = lambda text: (text.strip().splitlines() or [''])[-1]
        same = (got.stdout, got.returncode, last(got.stderr)) == (want.stdout, want.returncode, last(want.stderr))
        self.expect(name, same, 'ingot: %r\npython3: %r' % ((got.stdout, got.returncode, got.stderr),
                                                            (want.stdout, want.returncode, want.stderr)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--ingot', required=True)
    ingot = os.path.abspath(parser.parse_args().ingot)
    check = Checker(ingot)
    with tempfile.TemporaryDirectory() as work:
        os.environ['INGOT_CACHE_DIR'] = os.path.join(work, 'cache')
        with open(os.path.join(work, 'app.py'), 'w') as f:
            f.write(PROGRAM)

        check.same_as_python('run FILE ARGS', ['app.py', 'x', 'y'], ['app.py', 'x', 'y'], work)
        check.same_as_python('run -O0', ['run', '-O0', 'app.py', '-O0'], ['app.py', '-O0'], work)
        check.same_as_python('-c CODE', ['-c', 'print(6 * 7)'], ['-c', 'print(6 * 7)'], work)
        check.same_as_python('-c traceback', ['-c', 'print(1 // 0)'], ['-c', 'print(1 // 0)'], work)

        built = run([ingot, 'build', 'app.py'], work)
        check.expect('build writes ./app', built.returncode == 0 and os.access(os.path.join(work, 'app'), os.X_OK),
                     built.stderr)
        out = os.path.join(work, 'bin', 'tool')
        os.mkdir(os.path.dirname(out))
        built = run([ingot, 'build', 'app.py', '-o', out], work)
        standalone = run([out, 'z'], '/')
        check.expect('build -o runs anywhere', built.returncode == 0 and standalone.stdout == 'args 2 z\n',
                     built.stderr + standalone.stdout + standalone.stderr)

        # A program links only what it reaches (--gc-sections over a runtime
        # built a section per function): a runtime table or static
        # initialiser naming everything would undo that unseen but for this.
        with open(os.path.join(work, 'hello.py'), 'w') as f:
            f.write('print("hello")\n')
        built = run([ingot, 'build', 'hello.py'], work)
        size = os.path.getsize(os.path.join(work, 'hello')) if built.returncode == 0 else 0
        check.expect('build: hello world is at most 500 KB', 0 < size <= 500 * 1024, '%d bytes %s' % (size, built.stderr))

        emitted = run([ingot, '--emit-cpp', os.path.join(work, 'cpp'), 'app.py'], work)
        cpp = os.path.join(work, 'cpp', 'app.cpp')
        check.expect('--emit-cpp keeps the C++', emitted.returncode == 0 and os.path.exists(cpp)
                     and '#line' in open(cpp).read(), emitted.stderr)

        cache = os.path.join(work, 'cache', 'programs')
        before = sorted(os.listdir(cache))
        forced = run([ingot, '--force', 'app.py'], work)
        check.expect('--force rebuilds', forced.returncode == 0 and forced.stdout == 'args 1 -\n', forced.stderr)
        check.expect('--force replaces the entry', sorted(os.listdir(cache)) == before)

        # A cached program is found by its modules' sources before any C++
        # is generated, and a change to a module it imports is never stale.
        with open(os.path.join(work, 'helper.py'), 'w') as f:
            f.write('X = 1\n')
        with open(os.path.join(work, 'uses.py'), 'w') as f:
            f.write('import helper\nprint(helper.X)\n')
        first = run([ingot, 'uses.py'], work)
        entries = sorted(os.listdir(cache))
        again = run([ingot, 'uses.py'], work)
        check.expect('a cached run adds no entry', first.stdout == again.stdout == '1\n'
                     and sorted(os.listdir(cache)) == entries, first.stderr + again.stderr)
        with open(os.path.join(work, 'helper.py'), 'w') as f:
            f.write('X = 2\n')
        changed = run([ingot, 'uses.py'], work)
        check.expect('an imported module changed: rebuilt', changed.stdout == '2\n', changed.stderr)

        version = run([ingot, '--version'])
        check.expect('--version', version.returncode == 0 and version.stdout.startswith('ingot '))
        helped = run([ingot, '--help'])
        check.expect('--help', helped.returncode == 0 and '--emit-cpp' in helped.stdout)
        for argv in (['--bogus', 'app.py'], ['-c'], ['run'], ['build', '-o'], ['-o', 'x', 'app.py']):
            bad = run([ingot] + argv, work)
            check.expect('usage error: %s' % ' '.join(argv),
                         bad.returncode == 2 and bad.stderr.startswith('ingot: ') and 'Traceback' not in bad.stderr,
                         bad.stderr)
        check.same_as_python('arguments after FILE are the program\'s', ['app.py', '-o', 'x'], ['app.py', '-o', 'x'],
                             work)
        missing, want = run([ingot, 'missing.py'], work), run([sys.executable, 'missing.py'], work)
        check.expect('missing file', missing.returncode == want.returncode and
                     missing.stderr.split(':', 1)[1] == want.stderr.split(':', 1)[1], missing.stderr + want.stderr)
    if check.failures:
        sys.exit('%d failed: %s' % (len(check.failures), ', '.join(check.failures)))


if __name__ == '__main__':
    main()

"""Programs outside what the code generator compiles yet: `ingot run` must
refuse each with exit status 1 and exactly

    FILE:LINE:COL: error: CONSTRUCT is not supported yet
        <the source line>
        <a caret under COL>

on stderr (never C++ compiler output), where the program's first line says
`# error: LINE:COL: CONSTRUCT`. Also: a C++ build that fails (a stand-in
compiler that always fails) is an internal error naming the compiler log,
never the compiler's output.

    python3 tests/codegen/check_unsupported.py --ingot build/ingot
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def expected_stderr(path):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    header = lines[0]
    assert header.startswith('# error: '), '%s: the first line must be "# error: LINE:COL: CONSTRUCT"' % path
    position, construct = header[len('# error: '):].split(': ', 1)
    line, column = (int(n) for n in position.split(':'))
    source = lines[line - 1]
    caret = ''.join('\t' if c == '\t' else ' ' for c in source[:column - 1]) + '^'
    return '%s:%d:%d: error: %s is not supported yet\n    %s\n    %s\n' % (path, line, column, construct, source,
                                                                          caret)


def failing_compiler_is_internal_error(ingot, env, folder):
    compiler = os.path.join(folder, 'failing-c++')
    with open(compiler, 'w') as f:
        f.write('#!/bin/sh\n[ "$1" = --version ] && { echo "failing 1.0"; exit 0; }\n'
                'echo "C++ DIAGNOSTIC" >&2\nexit 1\n')
    os.chmod(compiler, 0o755)
    program = os.path.join(HERE, 'programs', 'fib.py')
    done = subprocess.run([ingot, 'run', program], capture_output=True, text=True, timeout=60,
                          env=dict(env, INGOT_CXX=compiler))
    prefix = 'ingot: internal error: the generated C++ for %s did not compile (compiler log: ' % program
    log = done.stderr[len(prefix):].rstrip('\n')[:-1]
    ok = (done.returncode == 1 and done.stderr.startswith(prefix) and done.stderr.count('\n') == 1 and
          'C++ DIAGNOSTIC' not in done.stderr and not done.stdout and os.path.isfile(log) and
          'C++ DIAGNOSTIC' in open(log).read())
    if not ok:
        print('FAIL failing compiler: exit %d, stderr:\n%s' % (done.returncode, done.stderr))
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--ingot', required=True)
    args = parser.parse_args()
    folder = os.path.join(HERE, 'unsupported')
    failures = 0
    programs = sorted(entry for entry in os.listdir(folder) if entry.endswith('.py'))
    with tempfile.TemporaryDirectory(prefix='ingot-codegen-cache-') as cache:
        env = dict(os.environ, INGOT_CACHE_DIR=cache)
        for entry in programs:
            path = os.path.join(folder, entry)
            done = subprocess.run([args.ingot, 'run', path], capture_output=True, text=True, env=env, timeout=60)
            expected = expected_stderr(path)
            if done.returncode != 1 or done.stderr != expected or done.stdout:
                failures += 1
                print('FAIL %s: exit %d\n  expected stderr:\n%s  got:\n%s' % (entry, done.returncode, expected,
                                                                                done.stderr))
        failures += not failing_compiler_is_internal_error(args.ingot, env, cache)
    print('%d passed, %d failed' % (len(programs) + 1 - failures, failures))
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()

"""The code generator's programs: tests/lang programs listed in supported.txt
(the ones this stage compiles so far) and the programs in programs/, each
run by `ingot run` and by python3 and compared with tests/lang/run.py's
rules. The programs here are compared more strictly: the whole traceback,
not only its last line.

    python3 tests/codegen/run.py --ingot build/ingot [-j N] [--shard I/N]

--shard I/N runs every Nth program from the Ith (1-based), so that ctest can
run the shards side by side, each within its own time limit.

Each invocation builds into a fresh cache (INGOT_CACHE_DIR in a temporary
directory), so it never reads or fills the user's ~/.cache.
"""
import argparse
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'lang'))
import run as lang  # noqa: E402  (tests/lang/run.py)


def supported_programs():
    with open(os.path.join(HERE, 'supported.txt')) as f:
        names = [line.split('#')[0].strip() for line in f]
    names = [name for name in names if name]
    by_name = {program.name: program for program in lang.discover([])}
    missing = [name for name in names if name not in by_name]
    if missing:
        sys.exit('supported.txt names programs tests/lang does not have: %s' % ', '.join(missing))
    return [by_name[name] for name in names]


def own_programs():
    folder = os.path.join(HERE, 'programs')
    return [lang.Program('codegen/' + entry[:-3], os.path.join(folder, entry))
            for entry in sorted(os.listdir(folder)) if entry.endswith('.py')]


def strict(check, timeout):
    """tests/lang's comparison, plus the whole of stderr for our programs."""
    def compare(program):
        problem = check(program)
        if problem or not program.name.startswith('codegen/'):
            return problem
        expected = lang.execute([sys.executable], program, lang.HASH_SEEDS[0], timeout)
        got = lang.execute([ingot, 'run'], program, lang.HASH_SEEDS[0], timeout)
        if expected.stderr_tail != got.stderr_tail:
            return 'stderr differs:\n--- python3\n%s\n--- ingot\n%s' % (expected.stderr_tail, got.stderr_tail)
        return None
    return compare


if __name__ == '__main__':
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--ingot', required=True)
    parser.add_argument('-j', '--jobs', type=int, default=2)
    parser.add_argument('--timeout', type=float, default=120)
    parser.add_argument('--shard', default='1/1', help='I/N: every Nth program, from the Ith')
    args = parser.parse_args()
    shard, shards = (int(part) for part in args.shard.split('/'))
    ingot = os.path.abspath(args.ingot)
    with tempfile.TemporaryDirectory(prefix='ingot-codegen-cache-') as cache:
        os.environ['INGOT_CACHE_DIR'] = cache
        programs = (supported_programs() + own_programs())[shard - 1::shards]
        ok = lang.run_all(programs, strict(lang.compare_with_ingot(ingot, args.timeout), args.timeout), args.jobs)
    sys.exit(0 if ok else 1)

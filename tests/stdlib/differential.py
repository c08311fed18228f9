"""What the checks share: ingot's Python source of a standard module, loaded
into CPython under a private name, and `same`, which runs one case against
both it and CPython's own module.

ingot's stdlib modules (src/stdlib) are ordinary Python, so CPython can run
them too; comparing them with CPython's real modules checks the module's
logic on its own, apart from the compiler (tests/lang checks the two
together).
"""
import importlib.util
import os
import sys

STDLIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'stdlib')
failures = []


def load(name):
    """src/stdlib/NAME.py (or the package NAME/), as the module `ingot_NAME`."""
    path = os.path.join(STDLIB, name + '.py')
    if not os.path.exists(path):
        path = os.path.join(STDLIB, name, '__init__.py')
    spec = importlib.util.spec_from_file_location('ingot_' + name, path,
                                                  submodule_search_locations=None if path.endswith(name + '.py')
                                                  else [os.path.dirname(path)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def outcome(case, module, *args):
    """What `case(module, *args)` returns, or the exception it raises, as a comparable value."""
    try:
        return 'returned', case(module, *args)
    except Exception as e:  # noqa: BLE001 - every exception is an outcome to compare
        return 'raised', type(e).__name__, str(e)


def same(case, theirs, ours, *args):
    """Records a failure unless `case` does the same with both modules."""
    expected, got = outcome(case, theirs, *args), outcome(case, ours, *args)
    if expected != got:
        failures.append('%s%r (line %d):\n  CPython: %r\n  ingot:   %r' % (
            case.__name__, args, case.__code__.co_firstlineno, expected, got))


def finish(name):
    for failure in failures:
        print(failure)
    print('%s: %s' % (name, 'FAILED (%d)' % len(failures) if failures else 'ok'))
    sys.exit(1 if failures else 0)

"""main(): the tests of a module (by default __main__) run by a
TextTestRunner, then the program exits with status 0 if they all passed,
1 if not. Takes -v, -q, -f, -k PATTERN and test names from argv as
`python -m unittest` does."""

import sys

from . import loader as _loader
from .runner import TextTestRunner


def _pattern_of(text):
    # -k: a pattern without a wildcard matches as a substring.
    if '*' in text:
        return text
    return '*%s*' % text


class TestProgram:
    """Loads and runs the tests as it is made (main is this class)."""

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None, testLoader=None, exit=True,
                 verbosity=1, failfast=None, catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            module = sys.modules[module]
        self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.verbosity = verbosity
        self.failfast = bool(failfast)
        self.buffer = bool(buffer)
        self.tb_locals = tb_locals
        self.testLoader = _loader.defaultTestLoader if testLoader is None else testLoader
        patterns = []
        names = []
        rest = argv[1:]
        i = 0
        while i < len(rest):
            arg = rest[i]
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg in ('-b', '--buffer'):
                self.buffer = True
            elif arg in ('-c', '--catch', '--locals'):
                pass
            elif arg == '-k' and i + 1 < len(rest):
                i += 1
                patterns.append(_pattern_of(rest[i]))
            elif arg.startswith('-k'):
                patterns.append(_pattern_of(arg[2:]))
            elif arg.startswith('-'):
                sys.stderr.write('%s: error: unrecognized arguments: %s\n' % (argv[0].rsplit('/', 1)[-1], arg))
                sys.exit(2)
            else:
                names.append(arg)
            i += 1
        if patterns:
            self.testLoader.testNamePatterns = patterns
        if not names and defaultTest is not None:
            names = [defaultTest] if isinstance(defaultTest, str) else list(defaultTest)
        if names:
            self.test = self.testLoader.loadTestsFromNames(names, self.module)
        else:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        self.runTests(testRunner)

    def runTests(self, testRunner=None):
        if testRunner is None:
            testRunner = TextTestRunner(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                                        tb_locals=self.tb_locals)
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(0 if self.result.wasSuccessful() else 1)


main = TestProgram

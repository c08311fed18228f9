"""TextTestRunner and TextTestResult: progress as the tests run (a
character each, or a line each with verbosity 2), then the failures'
reports, the time taken and the summary line, on sys.stderr by default."""

import sys
import time

from .case import _SubTest
from .result import TestResult

_HEAVY_RULE = '=' * 70
_LIGHT_RULE = '-' * 70


class _Writer:
    """A stream with writeln()."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        self.stream.write(text)

    def writeln(self, text=''):
        self.stream.write(text + '\n')

    def flush(self):
        self.stream.flush()


class TextTestResult(TestResult):
    """A TestResult that tells a stream of each test as it ends."""

    separator1 = _HEAVY_RULE
    separator2 = _LIGHT_RULE

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions = stream, descriptions
        self.showAll, self.dots = verbosity >= 2, verbosity == 1
        self._at_line_start = True

    def _out(self, *texts):
        for text in texts:
            self.stream.write(text)
        self.stream.flush()

    def getDescription(self, test):
        first_line = test.shortDescription()
        if first_line and self.descriptions:
            return '%s\n%s' % (test, first_line)
        return '%s' % (test,)

    def startTest(self, test):
        super().startTest(test)
        if not self.showAll:
            return
        self._out(self.getDescription(test), ' ... ')
        self._at_line_start = False

    def _status(self, test, status):
        # A subtest's line comes under its test's, indented; a test whose
        # line a subtest's ended is named again.
        if isinstance(test, _SubTest):
            self._out('' if self._at_line_start else '\n', '  ', self.getDescription(test), ' ... ')
        elif self._at_line_start:
            self._out(self.getDescription(test), ' ... ')
        self._out(status, '\n')
        self._at_line_start = True

    def _progress(self, test, status, mark, bare=False):
        # Expected failures and unexpected successes end the line as it
        # is, without the bookkeeping of the other statuses.
        if self.dots:
            self._out(mark)
        elif self.showAll and bare:
            self._out(status, '\n')
        elif self.showAll:
            self._status(test, status)

    def addSubTest(self, test, subtest, err):
        if err is None:
            pass
        elif issubclass(err[0], subtest.failureException):
            self._progress(subtest, 'FAIL', 'F')
        else:
            self._progress(subtest, 'ERROR', 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._progress(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._progress(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._progress(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._progress(test, 'skipped %r' % (reason,), 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._progress(test, 'expected failure', 'x', True)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._progress(test, 'unexpected success', 'u', True)

    def printErrors(self):
        if self.showAll or self.dots:
            self._out('\n')
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        if self.unexpectedSuccesses:
            self._out(_HEAVY_RULE, '\n')
            for test in self.unexpectedSuccesses:
                self._out('UNEXPECTED SUCCESS: ', self.getDescription(test), '\n')

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            self._out(_HEAVY_RULE, '\n', flavour, ': ', self.getDescription(test), '\n', _LIGHT_RULE, '\n', text, '\n')


def _summary(result):
    """'OK' or 'FAILED', with the counts that are not zero."""
    failed = not result.wasSuccessful()
    counts = [(label, len(items)) for label, items in (
        ('failures', result.failures), ('errors', result.errors),
        ('skipped', result.skipped), ('expected failures', result.expectedFailures),
        ('unexpected successes', result.unexpectedSuccesses)) if items]
    word = 'FAILED' if failed else 'OK'
    if not counts:
        return word
    return '%s (%s)' % (word, ', '.join('%s=%d' % count for count in counts))


class TextTestRunner:
    """Runs a test (a suite or a case) into a TextTestResult and prints
    the report."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False, resultclass=None,
                 warnings=None, *, tb_locals=False):
        self.stream = _Writer(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        self.warnings = warnings
        if resultclass:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast, result.buffer, result.tb_locals = self.failfast, self.buffer, self.tb_locals
        began = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        seconds = time.perf_counter() - began
        result.printErrors()
        count = result.testsRun
        plural = '' if count == 1 else 's'
        out = self.stream
        out.write('%s\nRan %d test%s in %.3fs\n\n%s\n' % (_LIGHT_RULE, count, plural, seconds, _summary(result)))
        out.flush()
        return result

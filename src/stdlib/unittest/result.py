"""TestResult: what a run of tests gathers (failures and errors with their
tracebacks as text, skips, expected failures), and the tracebacks' text
without the frames of unittest itself, as CPython reports them."""

import traceback

# Frames of files in this folder are the machinery's, not the test's.
_HERE = __file__[:__file__.rfind('/') + 1]


def _ours(tb):
    return traceback.extract_tb(tb, 1)[0].filename.startswith(_HERE)


def _test_frames(tb, failure):
    """tb without the runner's frames before the test's, and, for a failed
    assertion, without the assert method's own frames at the end: (the
    first traceback entry kept, how many entries to show or None)."""
    while tb is not None and _ours(tb):
        tb = tb.tb_next
    if tb is None or not failure:
        return tb, None
    count = 0
    entry = tb
    while entry is not None and not _ours(entry):
        count += 1
        entry = entry.tb_next
    return tb, count


def _format(error, failure_type, seen):
    seen.append(error)
    pieces = []
    cause = error.__cause__
    context = error.__context__
    if cause is not None and not _among(cause, seen):
        pieces.extend(_format(cause, failure_type, seen))
        pieces.append('\nThe above exception was the direct cause of the following exception:\n\n')
    elif context is not None and not error.__suppress_context__ and not _among(context, seen):
        pieces.extend(_format(context, failure_type, seen))
        pieces.append('\nDuring handling of the above exception, another exception occurred:\n\n')
    tb, count = _test_frames(error.__traceback__, type(error) is failure_type)
    frames = traceback.format_tb(tb, count)
    if frames:
        pieces.append('Traceback (most recent call last):\n')
        pieces.extend(frames)
    pieces.extend(traceback.format_exception_only(type(error), error))
    return pieces


def _among(error, seen):
    for other in seen:
        if other is error:
            return True
    return False


def failure_text(err, test):
    """The report of exception info err = (type, value, traceback) for test."""
    return ''.join(_format(err[1], test.failureException, []))


class TestResult:
    """The outcome of running tests: testsRun, failures and errors (lists
    of (test, traceback text)), skipped ((test, reason)), expectedFailures,
    unexpectedSuccesses."""

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures, self.errors, self.skipped = [], [], []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        self.testsRun = 0
        self.failfast = self.shouldStop = self.buffer = self.tb_locals = False
        # What TestSuite.run keeps between tests for the fixtures
        # (suite.py): the class and module of the test before, its
        # instance (tearDownClass is called through it), classes whose
        # setUpClass failed.
        self._testRunEntered = False
        self._previousTestClass = None
        self._last_test = None
        self._module_name = None
        self._moduleSetUpFailed = False
        self._failed_classes = []

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def _note(self, into, test, err, reported):
        """Adds (reported, the report of err) to the list into, stopping
        the run first under failfast."""
        if self.failfast:
            self.stop()
        into.append((reported, self._exc_info_to_string(err, test)))

    def addError(self, test, err):
        self._note(self.errors, test, err, test)

    def addFailure(self, test, err):
        self._note(self.failures, test, err, test)

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            self._note(self.failures if failed else self.errors, test, err, subtest)

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped += [(test, reason)]

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, failure_text(err, test)))

    def addUnexpectedSuccess(self, test):
        if self.failfast:
            self.stop()
        self.unexpectedSuccesses += [test]

    def wasSuccessful(self):
        return not self.failures and not self.errors and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        return failure_text(err, test)

    def __repr__(self):
        return '<%s.%s run=%d errors=%d failures=%d>' % (type(self).__module__, type(self).__qualname__, self.testsRun,
                                                         len(self.errors), len(self.failures))

"""TestCase: one test method run between setUp and tearDown, its outcome
told to a result object; subTest; SkipTest and the skip decorators.

Classes are found for the loader without dir() of a module: every
subclass of TestCase notes itself here when its class statement runs
(`__init_subclass__`), and the loader keeps those a module holds under
their own name (loader.py)."""

import sys

from ._asserts import _Asserts
from .result import TestResult

# Every subclass of TestCase made so far, in the order their class
# statements ran.
_subclasses = []


class SkipTest(Exception):
    """Raised to skip a test: its argument is the reason reported."""


class _ShouldStop(Exception):
    """Stops a test from inside a subTest (failfast, or an expected failure)."""


def _exc_info(error):
    return (type(error), error, error.__traceback__)


def _mark_skipped(item, reason):
    item.__unittest_skip__ = True
    item.__unittest_skip_why__ = reason
    return item


def _skipping(reason):
    def decorate(item):
        if isinstance(item, type):
            return _mark_skipped(item, reason)

        def skipped(*args, **kwargs):
            raise SkipTest(reason)
        skipped.__name__ = item.__name__
        skipped.__doc__ = item.__doc__
        return _mark_skipped(skipped, reason)
    return decorate


def skip(reason):
    """Skips the decorated test (a method or a whole TestCase class)."""
    if callable(reason) and not isinstance(reason, str):
        # Used bare, @skip: the reason is empty.
        return _skipping('')(reason)
    return _skipping(reason)


def _unchanged(item):
    return item


def skipIf(condition, reason):
    """Skips the decorated test when condition is true."""
    if condition:
        return _skipping(reason)
    return _unchanged


def skipUnless(condition, reason):
    """Skips the decorated test unless condition is true."""
    if condition:
        return _unchanged
    return _skipping(reason)


def expectedFailure(item):
    """The decorated test is expected to fail: a failure counts as an
    expected failure, a pass as an unexpected success."""
    item.__unittest_expecting_failure__ = True
    return item


def _skip_reason(cls, name):
    """Why the test is to be skipped without running it, or None."""
    if getattr(cls, '__unittest_skip__', False):
        return getattr(cls, '__unittest_skip_why__', '')
    method = getattr(cls, name, None)
    if getattr(method, '__unittest_skip__', False):
        return getattr(method, '__unittest_skip_why__', '')
    return None


def _expects_failure(cls, name):
    return bool(getattr(cls, '__unittest_expecting_failure__', False)
                or getattr(getattr(cls, name, None), '__unittest_expecting_failure__', False))


class _Outcome:
    """What one run of a test gathers: whether every part so far went
    through, and the failure an expectedFailure test was waiting for."""

    def __init__(self, result):
        self.result = result
        self.success = True
        self.expecting_failure = False
        self.expected_failure = None

    def absorb(self, error, test, subtest):
        """Reports an exception that ended a part of the test (setUp, the
        method, tearDown, a cleanup, a subTest's block)."""
        if isinstance(error, KeyboardInterrupt):
            raise error
        if isinstance(error, SkipTest):
            self.success = False
            self.result.addSkip(test, str(error))
        elif isinstance(error, _ShouldStop):
            pass
        elif self.expecting_failure:
            self.expected_failure = error
        else:
            self.success = False
            if subtest:
                self.result.addSubTest(test.test_case, test, _exc_info(error))
            elif issubclass(type(error), test.failureException):
                self.result.addFailure(test, _exc_info(error))
            else:
                self.result.addError(test, _exc_info(error))


_no_message = object()


class _SubTest:
    """The part of a test that a subTest block runs, as reports name it:
    the test, then [msg] and (param=value, ...)."""

    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _describe(self):
        words = []
        if self._message is not _no_message:
            words.append('[%s]' % (self._message,))
        if self.params:
            words.append('(%s)' % ', '.join('%s=%r' % (key, value) for key, value in self.params.items()))
        return ' '.join(words) or '(<subtest>)'

    def id(self):
        return '%s %s' % (self.test_case.id(), self._describe())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '%s %s' % (self.test_case, self._describe())


class _SubTestBlock:
    """The context manager subTest() returns: failures in its block are
    reported for the subtest, and the test goes on after it."""

    def __init__(self, case, message, params):
        self.case = case
        self.message = message
        self.params = params
        self.parent = None
        self.subtest = None

    def __enter__(self):
        case = self.case
        if case._outcome is None:
            return None
        self.parent = case._subtest
        params = {}
        if self.parent is not None:
            params.update(self.parent.params)
        params.update(self.params)
        self.subtest = _SubTest(case, self.message, params)
        case._subtest = self.subtest
        return None

    def __exit__(self, exc_type, exc, tb):
        outcome = self.case._outcome
        if self.subtest is None or outcome is None:
            return False
        try:
            if exc is None:
                outcome.result.addSubTest(self.case, self.subtest, None)
            else:
                outcome.absorb(exc, self.subtest, True)
            if not outcome.success:
                if outcome.result.failfast:
                    raise _ShouldStop()
            elif outcome.expected_failure is not None:
                raise _ShouldStop()
        finally:
            self.case._subtest = self.parent
        return True


class TestCase(_Asserts):
    """A test: an instance runs the one method named at its making."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _subclasses.append(cls)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._subtest = None
        self._cleanups = []
        self._type_equality_funcs = {}
        self._testMethodDoc = 'No test'
        method = getattr(type(self), methodName, None)
        if method is not None:
            self._testMethodDoc = method.__doc__
        elif methodName != 'runTest':
            raise ValueError('no such test method in %s: %s' % (type(self), methodName))

    @classmethod
    def setUpClass(cls):
        """Runs once before the class's tests."""

    @classmethod
    def tearDownClass(cls):
        """Runs once after the class's tests."""

    def _class_fixture(self, before):
        # TestSuite's call of setUpClass or tearDownClass: through an
        # instance, where the class is known.
        if before:
            self.setUpClass()
        else:
            self.tearDownClass()

    def setUp(self):
        """Runs before each test method."""

    def tearDown(self):
        """Runs after each test method, if setUp went through."""

    def addCleanup(self, function, /, *args, **kwargs):
        """function(*args, **kwargs) runs after tearDown, last added first."""
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        outcome = self._outcome
        if outcome is None:
            outcome = _Outcome(None)
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            try:
                function(*args, **kwargs)
            except BaseException as error:
                outcome.absorb(error, self, False)
        return outcome.success

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def id(self):
        return '%s.%s.%s' % (type(self).__module__, type(self).__qualname__, self._testMethodName)

    def shortDescription(self):
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split('\n')[0].strip()

    def __str__(self):
        return '%s (%s.%s.%s)' % (self._testMethodName, type(self).__module__, type(self).__qualname__,
                                  self._testMethodName)

    def __repr__(self):
        return '<%s.%s testMethod=%s>' % (type(self).__module__, type(self).__qualname__, self._testMethodName)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=_no_message, **params):
        """A context manager: a failure in its block is reported with msg
        and params, and the rest of the test still runs."""
        return _SubTestBlock(self, msg, params)

    def addTypeEqualityFunc(self, typeobj, function):
        """assertEqual of two values of exactly this type calls function."""
        self._type_equality_funcs[typeobj] = function

    def __call__(self, result=None):
        return self.run(result)

    def run(self, result=None):
        if result is not None:
            return self._run_into(result)
        result = self.defaultTestResult()
        result.startTestRun()
        try:
            return self._run_into(result)
        finally:
            result.stopTestRun()

    def _run_into(self, result):
        result.startTest(self)
        try:
            cls = type(self)
            name = self._testMethodName
            reason = _skip_reason(cls, name)
            if reason is not None:
                result.addSkip(self, reason)
                return result
            expecting = _expects_failure(cls, name)
            outcome = _Outcome(result)
            self._outcome = outcome
            try:
                self.setUp()
            except BaseException as error:
                outcome.absorb(error, self, False)
            if outcome.success:
                outcome.expecting_failure = expecting
                try:
                    getattr(self, name)()
                except BaseException as error:
                    outcome.absorb(error, self, False)
                outcome.expecting_failure = False
                try:
                    self.tearDown()
                except BaseException as error:
                    outcome.absorb(error, self, False)
            self.doCleanups()
            if outcome.success:
                if not expecting:
                    result.addSuccess(self)
                elif outcome.expected_failure is not None:
                    result.addExpectedFailure(self, _exc_info(outcome.expected_failure))
                else:
                    result.addUnexpectedSuccess(self)
            return result
        finally:
            self._outcome = None
            result.stopTest(self)

    def debug(self):
        """Runs the test without a result: exceptions propagate."""
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

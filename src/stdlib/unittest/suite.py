"""TestSuite: tests run in order, with each class's setUpClass before its
first test and tearDownClass after its last, and the test module's
setUpModule/tearDownModule around them."""

import sys

from .case import SkipTest, TestCase, _exc_info


class _ErrorHolder:
    """Stands for a class or module fixture that failed, in the reports."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0

    def __str__(self):
        return self.description

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)


def _fixture_failed(result, error, description):
    # A SkipTest from a fixture skips what it stands for.
    holder = _ErrorHolder(description)
    if isinstance(error, SkipTest):
        result.addSkip(holder, str(error))
    else:
        result.addError(holder, _exc_info(error))


def _class_name(test):
    cls = type(test)
    return '%s.%s' % (cls.__module__, cls.__qualname__)


def _module_of(test):
    return sys.modules.get(type(test).__module__)


def _class_skipped(test):
    return bool(getattr(type(test), '__unittest_skip__', False))


class TestSuite:
    """A list of tests (cases and suites), run in order by run(result)."""

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return '<%s.%s tests=%s>' % (type(self).__module__, type(self).__qualname__, list(self))

    def __iter__(self):
        return iter(self._tests)

    def __eq__(self, other):
        if not isinstance(other, TestSuite):
            return NotImplemented
        return list(self) == list(other)

    def countTestCases(self):
        total = 0
        for test in self._tests:
            total += test.countTestCases()
        return total

    def addTest(self, test):
        if not callable(test):
            raise TypeError('%r is not callable' % (test,))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def __call__(self, result):
        return self.run(result)

    def debug(self):
        for test in self._tests:
            test.debug()

    def run(self, result, debug=False):
        outermost = not result._testRunEntered
        if outermost:
            result._testRunEntered = True
        for test in self._tests:
            if result.shouldStop:
                break
            if isinstance(test, TestCase):
                if self._enter_class(test, result):
                    test(result)
            else:
                test(result)
        if outermost:
            self._leave_class(None, result)
            self._leave_module(result)
            result._testRunEntered = False
        return result

    def _enter_class(self, test, result):
        """Runs the fixtures due before test; whether test is to run."""
        previous = result._previousTestClass
        if previous is not type(test):
            self._leave_class(test, result)
            self._enter_module(test, result)
            if not result._moduleSetUpFailed and not _class_skipped(test):
                try:
                    test._class_fixture(True)
                except Exception as error:
                    result._failed_classes.append(type(test))
                    _fixture_failed(result, error, 'setUpClass (%s)' % _class_name(test))
            result._previousTestClass = type(test)
        result._last_test = test
        return not result._moduleSetUpFailed and not _among(type(test), result._failed_classes)

    def _leave_class(self, test, result):
        previous = result._previousTestClass
        if previous is None or (test is not None and previous is type(test)):
            return
        last = result._last_test
        if _among(previous, result._failed_classes) or result._moduleSetUpFailed or _class_skipped(last):
            return
        try:
            last._class_fixture(False)
        except Exception as error:
            _fixture_failed(result, error, 'tearDownClass (%s)' % _class_name(last))

    def _enter_module(self, test, result):
        name = type(test).__module__
        if result._module_name == name:
            return
        self._leave_module(result)
        result._module_name = name
        result._moduleSetUpFailed = False
        module = _module_of(test)
        setup = getattr(module, 'setUpModule', None)
        if setup is None:
            return
        try:
            setup()
        except Exception as error:
            result._moduleSetUpFailed = True
            _fixture_failed(result, error, 'setUpModule (%s)' % name)

    def _leave_module(self, result):
        name = result._module_name
        if name is None or result._moduleSetUpFailed:
            return
        teardown = getattr(sys.modules.get(name), 'tearDownModule', None)
        if teardown is None:
            return
        try:
            teardown()
        except Exception as error:
            _fixture_failed(result, error, 'tearDownModule (%s)' % name)


def _among(cls, classes):
    for other in classes:
        if other is cls:
            return True
    return False

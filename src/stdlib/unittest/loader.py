"""TestLoader: suites made of a TestCase class's test methods, of a
module's TestCase classes, or of dotted names.

A module's classes are those of case._subclasses (every subclass of
TestCase, noted as its class statement runs) that the module holds under
their own name, in the order of those names, as dir(module) would give
them."""

import sys
from fnmatch import fnmatchcase

from . import case
from .suite import TestSuite


def _by_name(cls):
    return cls.__name__


class TestLoader:
    """Finds tests: methods whose names start with testMethodPrefix."""

    testMethodPrefix = 'test'
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def getTestCaseNames(self, testCaseClass):
        """The names of testCaseClass's test methods, sorted."""
        names = []
        for name in dir(testCaseClass):
            if not name.startswith(self.testMethodPrefix) or not callable(getattr(testCaseClass, name)):
                continue
            if self.testNamePatterns is not None:
                full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, name)
                if not any(fnmatchcase(full, pattern) for pattern in self.testNamePatterns):
                    continue
            names.append(name)
        names.sort()
        return names

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in names])

    def _classes_of(self, module):
        found = [cls for cls in case._subclasses if getattr(module, cls.__name__, None) is cls]
        found.sort(key=_by_name)
        return found

    def loadTestsFromModule(self, module, *args, pattern=None):
        return self.suiteClass([self.loadTestsFromTestCase(cls) for cls in self._classes_of(module)])

    def loadTestsFromName(self, name, module=None):
        """A suite of the tests a dotted name gives: 'Class' or
        'Class.method', in module (or the module the name starts with)."""
        parts = name.split('.')
        if module is None:
            module = sys.modules.get(parts[0])
            if module is None:
                raise ModuleNotFoundError("No module named '%s'" % parts[0])
            parts = parts[1:]
        for cls in self._classes_of(module):
            if not parts or parts[0] != cls.__name__:
                continue
            if len(parts) == 1:
                return self.loadTestsFromTestCase(cls)
            if len(parts) == 2 and callable(getattr(cls, parts[1], None)):
                return self.suiteClass([cls(parts[1])])
            raise AttributeError("type object '%s' has no attribute '%s'" % (cls.__name__, parts[-1]))
        if not parts:
            return self.loadTestsFromModule(module)
        raise AttributeError("module '%s' has no attribute '%s'" % (module.__name__, parts[0]))

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])


defaultTestLoader = TestLoader()

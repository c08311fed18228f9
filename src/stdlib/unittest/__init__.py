"""unittest: writing and running tests (TestCase, TestSuite, TestLoader,
TextTestRunner, main), written anew for ingot from the library's
documentation; the text it prints is CPython 3.11's, checked by running
both."""

from .case import TestCase, SkipTest, skip, skipIf, skipUnless, expectedFailure
from .suite import TestSuite
from .result import TestResult
from .loader import TestLoader, defaultTestLoader
from .runner import TextTestRunner, TextTestResult
from ._program import TestProgram, main

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader', 'main', 'defaultTestLoader',
           'SkipTest', 'skip', 'skipIf', 'skipUnless', 'expectedFailure', 'TextTestResult', 'TestProgram']

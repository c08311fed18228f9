"""src/stdlib/unittest against CPython's unittest: the assert methods'
messages (long reprs cut short, the ndiff under a failed list, tuple,
dict, set or string comparison, maxDiff), and the runner's whole report
at each verbosity (progress characters or lines, the ERROR/FAIL blocks
with their tracebacks, subtests, skips, expected failures, fixtures and
the summary line), with the time taken and file paths masked."""
import io
import re
import unittest

from differential import finish, load, same

ours = load('unittest')


def message(m, method, *args, **kwargs):
    case = m.TestCase()
    try:
        getattr(case, method)(*args, **kwargs)
    except AssertionError as e:
        return str(e)
    return None


LONG = 'x' * 90
CASES = [
    ('assertEqual', 1, 2), ('assertEqual', 'a', 'b'), ('assertEqual', 'abc\ndef\n', 'abc\ndxf\n'),
    ('assertEqual', [1, 2, 3], [1, 2, 4]), ('assertEqual', [1, 2], [1, 2, 3]), ('assertEqual', [1, 2, 3], [1]),
    ('assertEqual', (1, 'a'), (1, 'b')), ('assertEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3}),
    ('assertEqual', {1, 2}, {2, 3}), ('assertEqual', frozenset([1]), frozenset()), ('assertEqual', 1, 'a'),
    ('assertEqual', LONG + 'a', LONG + 'b'), ('assertEqual', 'a' + LONG, 'b' + LONG),
    ('assertEqual', list(range(100)), list(range(1, 101))), ('assertEqual', 'x' * 30 + 'a' * 80, 'x' * 30 + 'b' * 80),
    ('assertEqual', [LONG], [LONG + 'y']), ('assertEqual', 1.5, 2), ('assertEqual', None, 0),
    ('assertNotEqual', 1, 1), ('assertTrue', 0), ('assertTrue', ''), ('assertFalse', [1]), ('assertIs', 1, None),
    ('assertIsNot', None, None), ('assertIsNone', 'x'), ('assertIsNotNone', None), ('assertIn', 1, [2]),
    ('assertIn', 'x', 'abc'), ('assertNotIn', 2, (1, 2)), ('assertIsInstance', 1, str), ('assertIsInstance', 1, (str, list)),
    ('assertNotIsInstance', 1, int), ('assertGreater', 1, 2), ('assertGreaterEqual', 1, 2), ('assertLess', 2, 1),
    ('assertLessEqual', 2, 1), ('assertAlmostEqual', 1.0, 1.1), ('assertAlmostEqual', 1.0, 1.00000001),
    ('assertAlmostEqual', 1.0, 1.1, 3), ('assertNotAlmostEqual', 1.0, 1.0), ('assertNotAlmostEqual', 1.0, 1.00000001),
    ('assertCountEqual', [1, 2, 2, 3], [3, 2, 1, 4]), ('assertCountEqual', 'aab', 'abb'),
    ('assertCountEqual', [[1], [2]], [[2], [2]]), ('assertCountEqual', [1, 2], [2, 1]),
    ('assertListEqual', [1], [2]), ('assertTupleEqual', (1,), (1, 2)), ('assertSequenceEqual', [1, 2], (1, 3)),
    ('assertSequenceEqual', [1, 2], (1, 2)), ('assertSetEqual', {1}, {1, 2}), ('assertDictEqual', {}, {'k': [1, 2]}),
    ('assertMultiLineEqual', 'one\ntwo\nthree', 'one\nTWO\nthree'), ('assertRegex', 'hello', 'wor+ld'),
    ('assertNotRegex', 'hello world', 'o w'), ('fail',), ('fail', 'custom'),
]
for case in CASES:
    same(message, unittest, ours, *case)
same(message, unittest, ours, 'assertEqual', 1, 2, 'extra words')
same(message, unittest, ours, 'assertIn', 3, [1], 'why')
same(message, unittest, ours, 'assertAlmostEqual', 1.0, 1.5, None, None, 0.1)
same(message, unittest, ours, 'assertNotAlmostEqual', 1.0, 1.05, None, None, 0.1)
same(message, unittest, ours, 'assertAlmostEqual', 1.0, 1.5, 2, None, 0.1)
same(message, unittest, ours, 'assertEqual', [str(i) * 20 for i in range(60)], [str(i) * 20 for i in range(1, 61)])
same(message, unittest, ours, 'assertEqual', {i: 'v' * i for i in range(40)}, {i: 'w' * i for i in range(40)})


def raises_message(m, expected, function, *args):
    case = m.TestCase()
    try:
        with case.assertRaises(expected) as context:
            function(*args)
    except AssertionError as e:
        return 'failed', str(e)
    return 'caught', type(context.exception).__name__, str(context.exception)


def call_form(m, expected, function, *args):
    try:
        m.TestCase().assertRaises(expected, function, *args)
    except (AssertionError, ZeroDivisionError) as e:
        return type(e).__name__, str(e)
    return 'passed'


def regex_form(m, regex, text):
    try:
        with m.TestCase().assertRaisesRegex(ValueError, regex):
            raise ValueError(text)
    except AssertionError as e:
        return str(e)
    return 'passed'


def nothing():
    pass


def divide(a, b):
    return a / b


same(raises_message, unittest, ours, ZeroDivisionError, divide, 1, 0)
same(raises_message, unittest, ours, ArithmeticError, divide, 1, 0)
same(raises_message, unittest, ours, (KeyError, ZeroDivisionError), divide, 1, 0)
same(raises_message, unittest, ours, ValueError, nothing)
same(raises_message, unittest, ours, (KeyError, ValueError), nothing)
same(call_form, unittest, ours, ZeroDivisionError, divide, 1, 0)
same(call_form, unittest, ours, ValueError, nothing)
same(call_form, unittest, ours, ValueError, divide, 1, 0)
same(regex_form, unittest, ours, 'in.al', 'invalid literal')
same(regex_form, unittest, ours, '^x', 'invalid literal')


def report(m, verbosity, failfast):
    log = []

    def note(*words):
        log.append(' '.join(map(str, words)))

    class Fixtures(m.TestCase):
        @classmethod
        def setUpClass(cls):
            note('setUpClass')

        @classmethod
        def tearDownClass(cls):
            note('tearDownClass')

        def setUp(self):
            note('setUp', self._testMethodName)

        def tearDown(self):
            note('tearDown', self._testMethodName)

        def test_pass(self):
            """Passes, with a docstring."""
            self.assertTrue(True)

        def test_fail(self):
            self.assertEqual([1, 2], [1, 3])

        def test_error(self):
            {}['missing']

        @m.skip('not today')
        def test_skipped(self):
            note('never')

        def test_skip_inside(self):
            self.skipTest('inside')

        @m.expectedFailure
        def test_expected(self):
            self.assertEqual(1, 0)

        @m.expectedFailure
        def test_unexpected(self):
            pass

        def test_subtests(self):
            for i in range(4):
                with self.subTest(i=i):
                    self.assertEqual(i % 2, 0)
            with self.subTest('labelled', x=1):
                raise KeyError('k')

        def test_chained(self):
            try:
                1 / 0
            except ZeroDivisionError as e:
                raise ValueError('again') from e

    class BrokenSetup(m.TestCase):
        @classmethod
        def setUpClass(cls):
            raise RuntimeError('no fixture')

        def test_never(self):
            note('never')

    @m.skip('whole class')
    class Skipped(m.TestCase):
        def test_one(self):
            note('never')

    stream = io.StringIO()
    loader = m.TestLoader()
    suite = m.TestSuite([loader.loadTestsFromTestCase(c) for c in (Fixtures, BrokenSetup, Skipped)])
    result = m.TextTestRunner(stream=stream, verbosity=verbosity, failfast=failfast).run(suite)
    text = re.sub(r'in \d+\.\d+s', 'in TIME', stream.getvalue())
    text = re.sub(r'File ".*[/\\]', 'File "', text)
    text = text.replace('ingot_unittest', 'unittest')
    return log, text, result.testsRun, result.wasSuccessful(), len(result.skipped), repr(result).split('.')[-1]


for verbosity in (0, 1, 2):
    same(report, unittest, ours, verbosity, False)
same(report, unittest, ours, 1, True)


def naming(m):
    class Named(m.TestCase):
        def test_a(self):
            """First line.

            More."""

        def test_b(self):
            pass

    test = Named('test_a')
    suite = m.TestLoader().loadTestsFromTestCase(Named)
    return (str(test).replace('naming.<locals>.', ''), test.id().split('.')[-1], test.shortDescription(),
            Named('test_b').shortDescription(), suite.countTestCases(), [t._testMethodName for t in suite])


def warns(m, category, regex, text, use_call):
    import warnings
    case = m.TestCase()
    try:
        if use_call:
            case.assertWarns(category, warnings.warn, text, UserWarning)
            return 'passed call'
        if regex is None:
            with case.assertWarns(category) as context:
                warnings.warn(text, UserWarning)
        else:
            with case.assertWarnsRegex(category, regex) as context:
                warnings.warn(text, UserWarning)
    except AssertionError as e:
        return str(e)
    return str(context.warning), type(context.warning).__name__, context.lineno > 0


same(warns, unittest, ours, UserWarning, None, 'careful', False)
same(warns, unittest, ours, Warning, 'car', 'careful', False)
same(warns, unittest, ours, Warning, '^x', 'careful', False)
same(warns, unittest, ours, DeprecationWarning, None, 'careful', False)
same(warns, unittest, ours, UserWarning, None, 'careful', True)
same(warns, unittest, ours, DeprecationWarning, None, 'careful', True)


same(naming, unittest, ours)
finish('unittest')

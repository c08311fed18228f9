# The runner's report written to a stream of the program's and printed: progress marks at
# verbosity 1 and lines at 2, the ERROR/FAIL blocks with their tracebacks
# (the test's frames only), and the summary; the time and the directory of
# the file are masked.
import re
import unittest


class Capture:
    """A stream for the runner's report."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass

    def getvalue(self):
        return "".join(self.parts)


class TestReport(unittest.TestCase):
    def test_equal_lists(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_equal_strings(self):
        self.assertEqual("first line\nsecond\n", "first line\nsecund\n")

    def test_helper(self):
        self.check_positive(-1)

    def check_positive(self, n):
        self.assertGreater(n, 0, "n must be positive")

    def test_key_error(self):
        data = {"a": 1}
        print(data["b"])

    def test_ok(self):
        """Passes; its docstring shows at verbosity 2."""
        self.assertIn(1, [1])

    @unittest.skip("skipped here")
    def test_skip(self):
        pass


def run(verbosity):
    stream = Capture()
    suite = unittest.TestLoader().loadTestsFromTestCase(TestReport)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    text = re.sub(r"in \d+\.\d+s", "in TIME", stream.getvalue())
    print(re.sub(r'File ".*/', 'File "', text))
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
    print(repr(result).split(".")[-1])


run(1)
run(2)
run(0)

# TestSuite, TestLoader and TestResult used by hand: suites of suites,
# countTestCases, test ids/str/repr, loadTestsFromName(s), a plain
# TestResult, cleanups, main(exit=False) with argv naming one class and
# a runner reporting into a file.
import sys
import unittest

events = []


class TestAlpha(unittest.TestCase):
    def setUp(self):
        self.addCleanup(events.append, "cleanup " + self._testMethodName)
        self.addCleanup(print, "first added, last run", self._testMethodName)

    def test_one(self):
        events.append("one")

    def test_two(self):
        events.append("two")
        self.assertEqual(1, 0)

    def helper(self):
        return "not a test"


class TestBeta(unittest.TestCase):
    def runTest(self):
        events.append("beta runTest")

    def test_x(self):
        events.append("beta x")


loader = unittest.TestLoader()
print(loader.getTestCaseNames(TestAlpha), loader.getTestCaseNames(TestBeta))
suite = loader.loadTestsFromTestCase(TestAlpha)
print(suite.countTestCases(), [t.id() for t in suite])
test = TestAlpha("test_one")
print(str(test), repr(test), test.id(), test.countTestCases())
print(test.shortDescription())
try:
    TestAlpha("test_missing")
except ValueError as e:
    print("ValueError:", e)

whole = unittest.TestSuite()
whole.addTest(suite)
whole.addTests([TestBeta("test_x"), TestBeta()])
print(whole.countTestCases())
result = unittest.TestResult()
whole.run(result)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
print(repr(result))
for failed, text in result.failures:
    print("failed:", failed, "|", text.splitlines()[-1])
print(events)

one = loader.loadTestsFromName("TestAlpha.test_one", sys.modules["__main__"])
print([t.id() for t in one])
many = loader.loadTestsFromNames(["TestBeta", "TestAlpha.test_two"], sys.modules["__main__"])
print(many.countTestCases())

direct = TestAlpha("test_two").run()
print("direct:", direct.testsRun, len(direct.failures))

with open("report.txt", "w") as stream:
    program = unittest.main(argv=["prog", "TestBeta"], exit=False, testRunner=unittest.TextTestRunner(stream=stream))
with open("report.txt") as stream:
    report = stream.read().splitlines()
print(program.result.testsRun, program.result.wasSuccessful(), report[0], report[-1])
program = unittest.main(argv=["prog", "-q"], exit=False)
print(program.result.testsRun, len(program.result.failures))

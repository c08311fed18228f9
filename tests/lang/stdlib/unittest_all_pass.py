# unittest.main() over passing tests: discovery of the TestCase classes in
# __main__ (sorted by name, methods sorted), setUp/tearDown and the class
# fixtures in their order (printed to stdout), the assert family passing.
import unittest


class TestNumbers(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass", cls.__name__)

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass", cls.__name__)

    def setUp(self):
        self.values = [3, 1, 2]
        print("setUp", self._testMethodName)

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_sorting(self):
        self.assertEqual(sorted(self.values), [1, 2, 3])
        self.assertListEqual(sorted(self.values, reverse=True), [3, 2, 1])
        self.assertCountEqual(self.values, [1, 2, 3])

    def test_comparisons(self):
        self.assertGreater(3, 2)
        self.assertGreaterEqual(3, 3)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertNotAlmostEqual(1.0, 1.1, places=3)
        self.assertNotEqual(1, 2)

    def test_identity(self):
        self.assertIs(None, None)
        self.assertIsNot([], [])
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertTrue([1])
        self.assertFalse("")


class TestContainers(unittest.TestCase):
    def test_membership(self):
        self.assertIn(2, [1, 2])
        self.assertNotIn("z", "abc")
        self.assertIsInstance(1, int)
        self.assertIsInstance("s", (int, str))
        self.assertNotIsInstance(1.5, int)

    def test_collections(self):
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertTupleEqual((1, 2), (1, 2))
        self.assertSetEqual({1, 2}, {2, 1})
        self.assertSequenceEqual([1, 2], (1, 2))
        self.assertMultiLineEqual("a\nb", "a\nb")
        self.assertEqual({"k": [1, 2]}, {"k": [1, 2]})

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print("caught:", cm.exception)
        self.assertRaises(ValueError, int, "x")
        with self.assertRaisesRegex(KeyError, "miss"):
            {}["missing"]
        with self.assertRaises((TypeError, ValueError)):
            int("y")

    def test_regex(self):
        self.assertRegex("hello world", r"w\w+d")
        self.assertNotRegex("hello", r"\d")


if __name__ == "__main__":
    unittest.main()

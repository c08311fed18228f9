# The assert methods' messages, caught and printed: reprs, long reprs cut
# short, the diffs under failed list/tuple/dict/set/string comparisons,
# maxDiff, msg= with longMessage, and assertRaises' own failures.
import unittest

case = unittest.TestCase()


def show(method, *args, **kwargs):
    try:
        method(*args, **kwargs)
    except AssertionError as e:
        print("---", method.__name__)
        print(e)
    else:
        print("---", method.__name__, "passed")


show(case.assertEqual, 1, 2)
show(case.assertEqual, "abc", "abd")
show(case.assertEqual, "one\ntwo\nthree\n", "one\nTWO\nthree\n")
show(case.assertEqual, [1, 2, 3], [1, 2, 4])
show(case.assertEqual, [1, 2], [1, 2, 3])
show(case.assertEqual, (1, "a"), (1, "b", None))
show(case.assertEqual, {"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})
show(case.assertEqual, {1, 2, 3}, {2, 3, 4})
show(case.assertEqual, 1, "1")
show(case.assertEqual, "x" * 100 + "a", "x" * 100 + "b")
show(case.assertEqual, list(range(60)), list(range(1, 61)))
show(case.assertEqual, 1, 2, "custom note")
show(case.assertNotEqual, "same", "same")
show(case.assertTrue, 0)
show(case.assertFalse, [0])
show(case.assertIs, 1, None)
show(case.assertIsNot, None, None)
show(case.assertIsNone, "value")
show(case.assertIsNotNone, None)
show(case.assertIn, 1, [2, 3])
show(case.assertNotIn, "b", "abc")
show(case.assertIsInstance, 1, str)
show(case.assertNotIsInstance, 1, int)
show(case.assertGreater, 1, 2)
show(case.assertGreaterEqual, 1, 2)
show(case.assertLess, 2, 1)
show(case.assertLessEqual, 2, 1)
show(case.assertAlmostEqual, 1.0, 1.1)
show(case.assertAlmostEqual, 1.0, 1.5, delta=0.25)
show(case.assertNotAlmostEqual, 2.0, 2.0)
show(case.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 1])
show(case.assertCountEqual, ["a", "b"], ["b", "a"])
show(case.assertSetEqual, {1}, {1, 2})
show(case.assertDictEqual, {"k": 1}, {})
show(case.assertSequenceEqual, [1, 2], (1, 3))
show(case.assertRegex, "hello", "wor+ld")
show(case.assertNotRegex, "hello world", "o w")
show(case.fail, "explicit")
show(case.assertRaises, ValueError, int, "5")
case.maxDiff = None
show(case.assertEqual, [str(i) * 10 for i in range(30)], [str(i) * 10 for i in range(1, 31)])
case.longMessage = False
show(case.assertEqual, 1, 2, "only this")
try:
    with case.assertRaises(KeyError):
        pass
except AssertionError as e:
    print("with:", e)
try:
    with case.assertRaisesRegex(ValueError, "^x"):
        raise ValueError("invalid")
except AssertionError as e:
    print("regex:", e)
with case.assertRaises(ArithmeticError) as cm:
    1 // 0
print(type(cm.exception).__name__, cm.exception)

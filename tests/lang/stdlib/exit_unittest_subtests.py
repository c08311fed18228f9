# subTest: each failing subtest is reported on its own and the test goes
# on; nested subTests combine their parameters; verbosity 2.
import unittest


class TestEven(unittest.TestCase):
    def test_numbers(self):
        for i in range(6):
            with self.subTest(i=i):
                print("checking", i)
                self.assertEqual(i % 2, 0)
        print("after the loop")

    def test_nested(self):
        for a in (1, 2):
            with self.subTest("outer", a=a):
                for b in (1, 2):
                    with self.subTest(b=b):
                        self.assertLess(a + b, 4)

    def test_error_in_subtest(self):
        with self.subTest(key="k"):
            {}["k"]
        print("still running")

    def test_all_pass(self):
        for word in ["a", "bb"]:
            with self.subTest(word=word):
                self.assertTrue(word)


if __name__ == "__main__":
    unittest.main(verbosity=2)

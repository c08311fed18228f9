# unittest.main() with failures, errors, skips, expected failures and an
# unexpected success: exit status 1 and the summary line
# FAILED (failures=.., errors=.., skipped=.., ...) on stderr.
import unittest


class TestMixed(unittest.TestCase):
    def setUp(self):
        print("setUp", self._testMethodName)

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_a_pass(self):
        self.assertEqual(2 + 2, 4)

    def test_b_fail(self):
        self.assertEqual(1, 2)

    def test_c_error(self):
        raise ValueError("boom")

    @unittest.skip("not ready")
    def test_d_skip(self):
        print("never runs")

    @unittest.skipIf(True, "condition holds")
    def test_e_skip_if(self):
        print("never runs")

    @unittest.skipUnless(True, "runs")
    def test_f_skip_unless(self):
        print("runs")

    def test_g_skip_inside(self):
        print("before skipTest")
        self.skipTest("decided inside")

    @unittest.expectedFailure
    def test_h_expected(self):
        self.assertEqual([1], [2])

    @unittest.expectedFailure
    def test_i_unexpected(self):
        pass

    def test_j_message(self):
        self.assertTrue(False, "with a message")


class TestSetUpError(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp broke")

    def tearDown(self):
        print("tearDown never runs")

    def test_never(self):
        print("never runs")


@unittest.skip("whole class")
class TestSkippedClass(unittest.TestCase):
    def test_one(self):
        print("never runs")


if __name__ == "__main__":
    unittest.main()

import unittest

class MathTest(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0

    def test_truth(self):
        self.assertTrue([1])
        self.assertFalse([])
        self.assertIn(2, [1, 2])
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)

tc = MathTest("test_add")
tc.test_add()
tc.test_raises()
tc.test_truth()
print("assertions passed")
try:
    tc.assertEqual(1, 2)
except AssertionError as e:
    print("AssertionError:", e)
try:
    tc.assertIn(5, [1, 2])
except AssertionError as e:
    print("AssertionError:", e)

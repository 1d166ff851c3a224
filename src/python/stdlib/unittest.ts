import { defineStdlib } from "./index.js";

// unittest, in Python: TestCase with the common assertions, skips, setUp/tearDown (and the class
// variants), TestSuite/TestLoader/TextTestRunner and main() printing CPython's report to stderr.
// Known gap: assertEqual on long strings, lists and dicts gives CPython's first lines but not its
// difflib diff.
defineStdlib(
  "unittest",
  () => String.raw`
# A package in CPython: unittest.mock (unittest-mock.ts) is its submodule.
__path__ = []
import sys as _sys
import time as _time
import traceback as _traceback

class SkipTest(Exception):
    pass

class _ExpectedFailure(Exception):
    pass

def skip(reason):
    def decorator(test_item):
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if callable(reason) and not isinstance(reason, str):
        test_item, reason = reason, ""
        return decorator(test_item)
    return decorator

def skipIf(condition, reason):
    return skip(reason) if condition else (lambda obj: obj)

def skipUnless(condition, reason):
    return skip(reason) if not condition else (lambda obj: obj)

def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item

def _seq_diff_message(kind, first, second):
    n = min(len(first), len(second))
    for i in range(n):
        if first[i] != second[i]:
            return f"{kind} differ: {first!r} != {second!r}\n\nFirst differing element {i}:\n{first[i]!r}\n{second[i]!r}\n"
    if len(first) > len(second):
        return f"{kind} differ: {first!r} != {second!r}\n\nFirst {kind[:-1].lower() if kind != 'Sequences' else 'sequence'} contains {len(first) - len(second)} additional elements.\nFirst extra element {n}:\n{first[n]!r}\n"
    return f"{kind} differ: {first!r} != {second!r}\n\nSecond {kind[:-1].lower() if kind != 'Sequences' else 'sequence'} contains {len(second) - len(first)} additional elements.\nFirst extra element {n}:\n{second[n]!r}\n"

class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg
        self.exception = None
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                name = self.expected.__name__
            except AttributeError:
                name = str(self.expected)
            self.test_case.fail(self.test_case._formatMessage(self.msg, f"{name} not raised"))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is not None:
            import re
            pattern = self.expected_regex
            if not re.search(pattern, str(exc_value)):
                self.test_case.fail(self.test_case._formatMessage(self.msg, f'"{pattern}" does not match "{exc_value}"'))
        return True

class _AssertWarnsContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg
    def __enter__(self):
        import warnings
        self._cm = warnings.catch_warnings(record=True)
        self._log = self._cm.__enter__()
        warnings.simplefilter("always")
        return self
    def __exit__(self, exc_type, exc_value, tb):
        self._cm.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        for w in self._log:
            if issubclass(w.category, self.expected):
                self.warning = w.message
                return
        self.test_case.fail(self.test_case._formatMessage(self.msg, f"{self.expected.__name__} not triggered"))

class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName

    def setUp(self):
        pass
    def tearDown(self):
        pass
    @classmethod
    def setUpClass(cls):
        pass
    @classmethod
    def tearDownClass(cls):
        pass

    def id(self):
        return f"{type(self).__module__}.{type(self).__qualname__}.{self._testMethodName}"

    def __str__(self):
        return f"{self._testMethodName} ({type(self).__module__}.{type(self).__qualname__}.{self._testMethodName})"

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__} testMethod={self._testMethodName}>"

    def shortDescription(self):
        doc = getattr(self, self._testMethodName).__doc__
        return doc.strip().split("\n")[0].strip() if doc else None

    def skipTest(self, reason):
        raise SkipTest(reason)

    def _formatMessage(self, msg, standardMsg):
        if msg is None:
            return standardMsg
        if not self.longMessage:
            return msg
        return f"{standardMsg} : {msg}"

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, f"{expr!r} is not true"))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, f"{expr!r} is not false"))

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            if type(first) is type(second) and type(first) in (list, tuple):
                kind = "Lists" if type(first) is list else "Tuples"
                standard = _seq_diff_message(kind, first, second)
            else:
                standard = f"{first!r} != {second!r}"
            self.fail(self._formatMessage(msg, standard))

    assertEquals = assertEqual

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, f"{first!r} == {second!r}"))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, f"{expr1!r} is not {expr2!r}"))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, f"unexpectedly identical: {expr1!r}"))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, f"{obj!r} is not None"))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, "unexpectedly None"))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, f"{member!r} not found in {container!r}"))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, f"{member!r} unexpectedly found in {container!r}"))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, f"{obj!r} is not an instance of {cls!r}"))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, f"{obj!r} is an instance of {cls!r}"))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, f"{a!r} not greater than {b!r}"))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, f"{a!r} not greater than or equal to {b!r}"))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, f"{a!r} not less than {b!r}"))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, f"{a!r} not less than or equal to {b!r}"))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = f"{first!r} != {second!r} within {delta!r} delta ({diff!r} difference)"
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = f"{first!r} != {second!r} within {places!r} places ({diff!r} difference)"
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = f"{first!r} == {second!r} within {delta!r} delta ({diff!r} difference)"
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standard = f"{first!r} == {second!r} within {places!r} places"
        self.fail(self._formatMessage(msg, standard))

    def assertCountEqual(self, first, second, msg=None):
        a, b = list(first), list(second)
        if sorted(map(repr, a)) != sorted(map(repr, b)):
            self.fail(self._formatMessage(msg, "Element counts were not equal"))

    def assertListEqual(self, first, second, msg=None):
        self.assertEqual(first, second, msg)

    def assertTupleEqual(self, first, second, msg=None):
        self.assertEqual(first, second, msg)

    def assertDictEqual(self, first, second, msg=None):
        self.assertEqual(first, second, msg)

    def assertSetEqual(self, first, second, msg=None):
        self.assertEqual(first, second, msg)

    def assertSequenceEqual(self, first, second, msg=None, seq_type=None):
        if list(first) != list(second):
            self.fail(self._formatMessage(msg, _seq_diff_message("Sequences", first, second)))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertEqual(first, second, msg)

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if not re.search(expected_regex, text):
            pattern = expected_regex if isinstance(expected_regex, str) else expected_regex.pattern
            self.fail(self._formatMessage(msg, f"Regex didn't match: {pattern!r} not found in {text!r}"))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        m = re.search(unexpected_regex, text)
        if m:
            self.fail(self._formatMessage(msg, f"Regex matched: {text[m.start():m.end()]!r} matches {unexpected_regex!r} in {text!r}"))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, msg=kwargs.pop("msg", None))
        if not args:
            return context
        callable_obj, *args = args
        with context:
            callable_obj(*args, **kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex, msg=kwargs.pop("msg", None))
        if not args:
            return context
        callable_obj, *args = args
        with context:
            callable_obj(*args, **kwargs)

    assertRaisesRegexp = assertRaisesRegex

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self)
        if not args:
            return context
        callable_obj, *args = args
        with context:
            callable_obj(*args, **kwargs)

    def subTest(self, msg=None, **params):
        import contextlib
        return contextlib.nullcontext()

    def run(self, result):
        method = getattr(self, self._testMethodName)
        result.startTest(self)
        if getattr(type(self), "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
            why = getattr(type(self), "__unittest_skip_why__", "") or getattr(method, "__unittest_skip_why__", "")
            result.addSkip(self, why)
            return
        expecting_failure = getattr(method, "__unittest_expecting_failure__", False)
        try:
            self.setUp()
        except SkipTest as e:
            result.addSkip(self, str(e))
            return
        except BaseException as e:
            result.addError(self, e)
            return
        try:
            method()
        except SkipTest as e:
            result.addSkip(self, str(e))
        except self.failureException as e:
            if expecting_failure:
                result.addExpectedFailure(self, e)
            else:
                result.addFailure(self, e)
        except BaseException as e:
            result.addError(self, e)
        else:
            if expecting_failure:
                result.addUnexpectedSuccess(self)
            else:
                result.addSuccess(self)
        try:
            self.tearDown()
        except BaseException as e:
            result.addError(self, e)

    def __call__(self, result):
        return self.run(result)

class TestResult:
    def __init__(self, stream=None, verbosity=1):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self.stream = stream or _sys.stderr
        self.verbosity = verbosity
    def _mark(self, short, long):
        if self.verbosity > 1:
            self.stream.write(long + "\n")
        elif self.verbosity == 1:
            self.stream.write(short)
    def startTest(self, test):
        self.testsRun += 1
        if self.verbosity > 1:
            self.stream.write(f"{test} ... ")
    def addSuccess(self, test):
        self._mark(".", "ok")
    def addFailure(self, test, err):
        self.failures.append((test, "".join(_traceback.format_exception(err))))
        self._mark("F", "FAIL")
    def addError(self, test, err):
        self.errors.append((test, "".join(_traceback.format_exception(err))))
        self._mark("E", "ERROR")
    def addSkip(self, test, reason):
        self.skipped.append((test, reason))
        self._mark("s", f"skipped {reason!r}")
    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, err))
        self._mark("x", "expected failure")
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        self._mark("u", "unexpected success")
    def wasSuccessful(self):
        return not self.failures and not self.errors and not self.unexpectedSuccesses

class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        for t in tests:
            self.addTest(t)
    def addTest(self, test):
        self._tests.append(test)
    def addTests(self, tests):
        for t in tests:
            self.addTest(t)
    def __iter__(self):
        return iter(self._tests)
    def countTestCases(self):
        return sum(t.countTestCases() if isinstance(t, TestSuite) else 1 for t in self._tests)
    def run(self, result):
        classes_done = set()
        for t in self._tests:
            if isinstance(t, TestSuite):
                t.run(result)
                continue
            cls = type(t)
            if cls not in classes_done:
                classes_done.add(cls)
                cls.setUpClass()
            t.run(result)
        for cls in classes_done:
            cls.tearDownClass()
        return result
    def __call__(self, result):
        return self.run(result)

class TestLoader:
    testMethodPrefix = "test"
    def getTestCaseNames(self, testCaseClass):
        names = set()
        for klass in testCaseClass.__mro__:
            for name in klass.__dict__:
                if name.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, name)):
                    names.add(name)
        return sorted(names)
    def loadTestsFromTestCase(self, testCaseClass):
        return TestSuite(testCaseClass(n) for n in self.getTestCaseNames(testCaseClass))
    def loadTestsFromModule(self, module):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase:
                tests.append(self.loadTestsFromTestCase(obj))
        return TestSuite(tests)

defaultTestLoader = TestLoader()

class TextTestRunner:
    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False, **kwargs):
        self.stream = stream or _sys.stderr
        self.verbosity = verbosity
    def run(self, test):
        result = TestResult(self.stream, self.verbosity)
        start = _time.perf_counter()
        test(result)
        elapsed = _time.perf_counter() - start
        w = self.stream.write
        if self.verbosity == 1 and result.testsRun:
            w("\n")
        for flavour, errors in (("ERROR", result.errors), ("FAIL", result.failures)):
            for test, err in errors:
                w("=" * 70 + "\n")
                w(f"{flavour}: {test}\n")
                w("-" * 70 + "\n")
                w(err + "\n")
        w("-" * 70 + "\n")
        w(f"Ran {result.testsRun} test{'s' if result.testsRun != 1 else ''} in {elapsed:.3f}s\n\n")
        infos = []
        if result.failures:
            infos.append(f"failures={len(result.failures)}")
        if result.errors:
            infos.append(f"errors={len(result.errors)}")
        if result.skipped:
            infos.append(f"skipped={len(result.skipped)}")
        if result.expectedFailures:
            infos.append(f"expected failures={len(result.expectedFailures)}")
        if result.unexpectedSuccesses:
            infos.append(f"unexpected successes={len(result.unexpectedSuccesses)}")
        w("OK" if result.wasSuccessful() else "FAILED")
        w(f" ({', '.join(infos)})\n" if infos else "\n")
        return result

class TestProgram:
    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None, testLoader=defaultTestLoader, exit=True, verbosity=1, **kwargs):
        if isinstance(module, str):
            module = _sys.modules[module]
        suite = testLoader.loadTestsFromModule(module)
        runner = testRunner or TextTestRunner(verbosity=verbosity)
        if isinstance(runner, type):
            runner = runner(verbosity=verbosity)
        self.result = runner.run(suite)
        if exit:
            _sys.exit(not self.result.wasSuccessful())

main = TestProgram
`,
);

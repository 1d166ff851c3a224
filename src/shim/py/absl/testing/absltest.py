# absl.testing.absltest: TestCase with absltest's extra assertions over unittest.TestCase. An expected
# exception never swallows tfscope's unsupported-feature error or a skip: a test that reaches an
# unimplemented feature must not pass because it expected, say, any Exception.
import re
import unittest

import _tftest


class _AssertRaisesContext(object):
    def __init__(self, expected, test_case, expected_regex=None, predicate=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.predicate = predicate
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            name = getattr(self.expected, "__name__", str(self.expected))
            self.test_case.fail(self.test_case._formatMessage(self.msg, "%s not raised" % name))
        if issubclass(exc_type, (TfscopeUnsupported, unittest.SkipTest)):
            return False
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is not None:
            pattern = self.expected_regex
            if isinstance(pattern, str):
                pattern = re.compile(pattern)
            if not pattern.search(str(exc_value)):
                self.test_case.fail(self.test_case._formatMessage(
                    self.msg, '"%s" does not match "%s"' % (pattern.pattern, str(exc_value))))
        if self.predicate is not None and not self.predicate(exc_value):
            raise AssertionError("Exception %s does not match the predicate" % repr(exc_value))
        return True


def _run_or_return(context, args, kwargs):
    if not args:
        return context
    callable_obj = args[0]
    with context:
        callable_obj(*args[1:], **kwargs)


class TestCase(unittest.TestCase):
    def assertRaises(self, expected_exception, *args, **kwargs):
        msg = kwargs.pop("msg", None)
        return _run_or_return(_AssertRaisesContext(expected_exception, self, msg=msg), args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        msg = kwargs.pop("msg", None)
        return _run_or_return(_AssertRaisesContext(expected_exception, self, expected_regex, msg=msg), args, kwargs)

    assertRaisesRegexp = assertRaisesRegex

    def assertRaisesWithPredicateMatch(self, expected_exception, predicate, *args, **kwargs):
        if not callable(predicate):
            regex = predicate
            predicate = lambda e: re.search(regex, str(e)) is not None
        return _run_or_return(_AssertRaisesContext(expected_exception, self, predicate=predicate), args, kwargs)

    def assertRegexpMatches(self, text, regex, msg=None):
        return self.assertRegex(text, regex, msg)

    def assertCountEqual(self, first, second, msg=None):
        # unittest's fallback for unhashable elements: match each element by ==, counting both sides.
        first, second = list(first), list(second)
        missing = list(second)
        unexpected = []
        for x in first:
            for i, y in enumerate(missing):
                if x is y or x == y:
                    del missing[i]
                    break
            else:
                unexpected.append(x)
        if unexpected or missing:
            lines = ["Element counts were not equal:"]
            lines += ["First has 1, Second has 0:  %r" % (x,) for x in unexpected]
            lines += ["First has 0, Second has 1:  %r" % (y,) for y in missing]
            self.fail(self._formatMessage(msg, "\n".join(lines)))

    assertItemsEqual = assertCountEqual

    def assertLen(self, container, expected_len, msg=None):
        if len(container) != expected_len:
            self.fail(self._formatMessage(
                msg, "%s has length of %d, expected %d." % (repr(container)[:80], len(container), expected_len)))

    def assertEmpty(self, container, msg=None):
        if len(container):
            self.fail(self._formatMessage(msg, "%r has length of %d." % (container, len(container))))

    def assertNotEmpty(self, container, msg=None):
        if not len(container):
            self.fail(self._formatMessage(msg, "%r has length of 0." % (container,)))

    def assertStartsWith(self, actual, expected_start, msg=None):
        if not actual.startswith(expected_start):
            self.fail(self._formatMessage(msg, "%r does not start with %r" % (actual, expected_start)))

    def assertSameElements(self, expected_seq, actual_seq, msg=None):
        missing = [x for x in expected_seq if x not in actual_seq]
        unexpected = [x for x in actual_seq if x not in expected_seq]
        if missing or unexpected:
            self.fail(self._formatMessage(msg, "Expected %r, found %r" % (missing, unexpected)))

    def assertContainsSubset(self, expected_subset, actual_set, msg=None):
        missing = [x for x in expected_subset if x not in actual_set]
        if missing:
            self.fail(self._formatMessage(msg, "Missing elements %r" % (missing,)))


def main(*args, **kwargs):
    unittest.main(module="__main__")


__getattr__ = _tftest.lazy_module(__name__)

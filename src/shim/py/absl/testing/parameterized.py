# absl.testing.parameterized: parameters/named_parameters expand a test method into one method per
# case when the TestCase subclass is created (absl names them `testFoo0`, `testFoo1`, ... and
# `testFoo<name>` (TF names its cases with a leading underscore)).
import _tftest
from absl.testing import absltest


class _Cases(object):
    def __init__(self, cases, named):
        self.cases = cases
        self.named = named


def _mark(cases, named):
    if len(cases) == 1 and not isinstance(cases[0], (tuple, dict)) and hasattr(cases[0], "__iter__") and \
            not isinstance(cases[0], str):
        cases = tuple(cases[0])

    def decorator(f):
        f._tftest_cases = _Cases(cases, named)
        return f

    return decorator


def parameters(*testcases):
    return _mark(testcases, False)


def named_parameters(*testcases):
    return _mark(testcases, True)


def _bind(f, case):
    if isinstance(case, dict):
        kwargs = {k: v for k, v in case.items() if k != "testcase_name"}
        return lambda self: f(self, **kwargs)
    if not isinstance(case, tuple):
        case = (case,)
    return lambda self: f(self, *case)


def _expand(cls):
    for name, f in list(cls.__dict__.items()):
        marked = getattr(f, "_tftest_cases", None)
        if marked is None:
            continue
        delattr(cls, name)
        for i, case in enumerate(marked.cases):
            if marked.named:
                suffix = case["testcase_name"] if isinstance(case, dict) else case[0]
                body = case if isinstance(case, dict) else case[1:]
                new_name = name + str(suffix)
            else:
                body = case
                new_name = name + str(i)
            setattr(cls, new_name, _bind(f, body))


class TestCase(absltest.TestCase):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _expand(cls)


__getattr__ = _tftest.lazy_module(__name__)

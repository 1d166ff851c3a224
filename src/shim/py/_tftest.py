# What TensorFlow's own unit tests need beyond the `tensorflow` namespace: lazy stubs for the parts of
# TF tfscope does not implement (they load, and raise the unsupported-feature error only when used),
# the eager-execution skip, and the driver `run_module` that `tfscope test` calls.
import sys as _sys
import traceback as _traceback
import unittest as _unittest


def unsupported(feature):
    raise TfscopeUnsupported("unsupported by tfscope: " + feature)


class EagerSkip(_unittest.SkipTest):
    """Raised where a test asks for eager execution: tfscope runs TF 1.15's graph mode only."""


EAGER_REASON = "eager execution is not run by tfscope (graph mode only)"


def eager_skip(what):
    raise EagerSkip(EAGER_REASON + ": " + what)


class _StubMeta(type):
    # Calling a stub, or reading an attribute of it, is using the feature: it raises. Subclassing one
    # (a module-level `class X(composite_tensor.CompositeTensor)`) must still work, so a module loads.
    def __call__(cls, *args, **kwargs):
        unsupported(cls._tftest_feature)

    def __getattr__(cls, name):
        if name.startswith("__"):
            raise AttributeError(name)
        unsupported(cls._tftest_feature + "." + name)


def stub(feature):
    """A placeholder for the TF name `feature` (a dotted path) that raises unsupported when used."""
    return _StubMeta(feature.rsplit(".", 1)[-1], (object,), {"_tftest_feature": feature})


def lazy_module(module_name):
    """A module `__getattr__`: every name the module does not define becomes a cached stub."""
    cache = {}

    def __getattr__(name):
        if name.startswith("__"):
            raise AttributeError("module %r has no attribute %r" % (module_name, name))
        if name not in cache:
            cache[name] = stub(module_name + "." + name)
        return cache[name]

    return __getattr__


class NullContext(object):
    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        return False


# ---- the driver

def _first_line(text):
    return text.strip().split("\n")[0] if text else ""


def _outcome(exc):
    # (status, reason) of a test method that raised `exc`.
    if isinstance(exc, _unittest.SkipTest):
        return "skip", str(exc)
    if isinstance(exc, TfscopeUnsupported):
        return "error", _first_line(str(exc)).replace("unsupported by tfscope: ", "unsupported: ", 1)
    if isinstance(exc, AssertionError):
        return "fail", "AssertionError: " + _first_line(str(exc))
    return "error", type(exc).__name__ + ": " + _first_line(str(exc))


def _format(exc):
    return "".join(_traceback.format_exception(type(exc), exc, exc.__traceback__))


def _selected(select, cls_name, method):
    if not select:
        return True
    return cls_name in select or (cls_name + "." + method) in select


def _test_classes(namespace):
    # unittest.TestLoader.loadTestsFromModule: every TestCase subclass bound in the module, in dir() order.
    out = []
    for name in sorted(namespace):
        obj = namespace[name]
        if isinstance(obj, type) and issubclass(obj, _unittest.TestCase):
            out.append((name, obj))
    return out


def _run_one(cls, method):
    # One method as unittest.TestCase.run does it: setUp, the method, tearDown; the first exception wins.
    fn = getattr(cls, method)
    if getattr(cls, "__unittest_skip__", False) or getattr(fn, "__unittest_skip__", False):
        why = getattr(cls, "__unittest_skip_why__", "") or getattr(fn, "__unittest_skip_why__", "")
        return "skip", why, None
    try:
        case = cls(method)
        case.setUp()
    except BaseException as e:
        status, reason = _outcome(e)
        return status, reason, None if status == "skip" else _format(e)
    result = ("pass", None, None)
    try:
        getattr(case, method)()
    except BaseException as e:
        status, reason = _outcome(e)
        result = (status, reason, None if status == "skip" else _format(e))
    try:
        case.tearDown()
    except BaseException as e:
        if result[0] == "pass":
            status, reason = _outcome(e)
            result = (status, reason, _format(e))
    return result


def run_module(namespace, select):
    """Runs the TestCase classes of a loaded test module; returns one tuple per result:
    (class, method, mode, status, reason, traceback). `mode` is "graph"/"eager" for the two halves of a
    run_in_graph_and_eager_modes method, else None."""
    results = []
    for cls_name, cls in _test_classes(namespace):
        loader = _unittest.TestLoader()
        methods = [m for m in loader.getTestCaseNames(cls) if _selected(select, cls_name, m)]
        if not methods:
            continue
        try:
            cls.setUpClass()
        except BaseException as e:
            status, reason = _outcome(e)
            for m in methods:
                results.append((cls_name, m, None, status, reason, _format(e)))
            continue
        for m in methods:
            status, reason, tb = _run_one(cls, m)
            if getattr(getattr(cls, m), "_tftest_graph_and_eager", False):
                results.append((cls_name, m, "graph", status, reason, tb))
                results.append((cls_name, m, "eager", "skip", EAGER_REASON, None))
            else:
                results.append((cls_name, m, None, status, reason, tb))
        try:
            cls.tearDownClass()
        except BaseException:
            pass
    return results

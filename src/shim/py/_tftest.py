# What TensorFlow's own unit tests need beyond the `tensorflow` namespace: lazy stubs for the parts of
# TF tfscope does not implement (they load, and raise the unsupported-feature error only when used),
# the eager-execution skip, and the driver (plan, run_method, run_class_hook) that src/shim/testing.ts
# calls.
import traceback as _traceback
import unittest as _unittest


def unsupported(feature):
    raise TfscopeUnsupported("unsupported by tfscope: " + feature)


def reset_graph_stack():
    """ops._default_graph_stack.reset() (TensorFlowTestCase.setUp): drops graphs a failed test left
    entered."""
    import _tftest_native
    _tftest_native.reset_graph_stack()


class EagerSkip(_unittest.SkipTest):
    """Raised where a test asks for eager execution: tfscope runs TF 1.15's graph mode only."""


EAGER_REASON = "eager execution is not run by tfscope (graph mode only)"


def eager_skip(what):
    raise EagerSkip(EAGER_REASON + ": " + what)


_loading = [False]


def set_loading(flag):
    """While a test module's top level runs, stubs may be called: module-level tables and decorator
    arguments (`@parameterized.parameters(indexed_slices.IndexedSlicesSpec(), ...)`) must load. What
    such a call returns raises unsupported as soon as a test uses it."""
    _loading[0] = flag


class StubValue(object):
    def __init__(self, feature):
        object.__setattr__(self, "_tftest_feature", feature)

    def __repr__(self):
        return "<tfscope stub %s>" % self._tftest_feature

    def _use(self, *args, **kwargs):
        if _loading[0]:
            return StubValue(self._tftest_feature + "(...)")
        unsupported(self._tftest_feature)

    __call__ = _use

    def __getattr__(self, name):
        unsupported(self._tftest_feature + "." + name)

    def __setattr__(self, name, value):
        unsupported(self._tftest_feature + "." + name)

    def __bool__(self):
        unsupported(self._tftest_feature)

    def __eq__(self, other):
        unsupported(self._tftest_feature)

    def __hash__(self):
        return id(self)

    def __iter__(self):
        unsupported(self._tftest_feature)


class _StubType(type):
    """The type of a stub class: a name read from the class (`inspect_checkpoint.print_tensors_in_checkpoint_file`
    when the module was taken as a name) is part of what tfscope lacks, not an AttributeError."""

    def __getattr__(cls, name):
        if name.startswith("__"):
            raise AttributeError("type object %r has no attribute %r" % (cls.__name__, name))
        unsupported(type.__getattribute__(cls, "_tfscope_feature") + "." + name)


def stub(feature):
    """A placeholder class for the TF name `feature` (a dotted path): calling it, or instantiating a
    subclass, raises unsupported (during module loading it gives a StubValue). Subclassing must work
    (a module-level `class X(composite_tensor.CompositeTensor)`), so modules load."""
    class Stub(object, metaclass=_StubType):
        _tfscope_feature = feature

        def __new__(cls, *args, **kwargs):
            what = feature if cls is Stub else "%s (subclassed by %s)" % (feature, cls.__name__)
            if _loading[0]:
                return StubValue(what + "(...)")
            unsupported(what)

    Stub.__name__ = Stub.__qualname__ = feature.rsplit(".", 1)[-1]
    Stub.__module__ = feature.rsplit(".", 1)[0]
    return Stub


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


def plan(namespace, select):
    """The tests of a loaded module, in unittest's order: (class, method, graph_and_eager) tuples."""
    out = []
    loader = _unittest.TestLoader()
    for cls_name, cls in _test_classes(namespace):
        for m in loader.getTestCaseNames(cls):
            if _selected(select, cls_name, m):
                out.append((cls_name, m, bool(getattr(getattr(cls, m), "_tftest_graph_and_eager", False))))
    return out


def run_class_hook(namespace, cls_name, hook):
    """setUpClass/tearDownClass: None, or the (status, reason, traceback) its exception gives."""
    try:
        getattr(namespace[cls_name], hook)()
    except BaseException as e:
        status, reason = _outcome(e)
        return status, hook + ": " + reason, _format(e)
    return None


def run_method(namespace, cls_name, method):
    """Runs one test method with its setUp/tearDown: (status, reason, traceback)."""
    return _run_one(namespace[cls_name], method)

# tensorflow.python.framework.test_util: TensorFlowTestCase and the decorators that pick graph or
# eager mode. The graph half of every test runs; eager halves are reported as skipped by the runner.
import contextlib
import functools
import random
import re
import unittest

import numpy as np

import _tf
import _tftest
from _tfcore import Session
from absl.testing import absltest
from tensorflow.python.eager import context
from tensorflow.python.framework import ops
from tensorflow.python.framework import random_seed

__getattr__ = _tftest.lazy_module(__name__)


def _graph_half(f, use_gpu, config):
    def graph_half(self, *args, **kwargs):
        try:
            with context.graph_mode():
                with self.test_session(use_gpu=use_gpu, config=config):
                    f(self, *args, **kwargs)
        except _tftest.EagerSkip:
            raise
        except unittest.SkipTest:
            # test_util.py: a skip inside the graph half is swallowed; the eager half still runs.
            pass
    return graph_half


def run_in_graph_and_eager_modes(func=None, config=None, use_gpu=True, reset_test=True,
                                 assert_no_eager_garbage=False):
    def decorator(f):
        if isinstance(f, type):
            raise ValueError(
                "`run_in_graph_and_eager_modes` only supports test methods. "
                "Did you mean to use `run_all_in_graph_and_eager_modes`?")
        graph_half = _graph_half(f, use_gpu, config)

        def decorated(self, *args, **kwargs):
            graph_half(self, *args, **kwargs)
            if reset_test:
                self.tearDown()
                self._tempdir = None

        decorated._tftest_graph_and_eager = True
        decorated.__name__ = f.__name__
        return decorated

    if func is not None:
        return decorator(func)
    return decorator


def run_all_in_graph_and_eager_modes(cls):
    for name in dir(cls):
        if (not name.startswith(unittest.TestLoader.testMethodPrefix) or name.startswith("testSkipEager")
                or name.startswith("test_skip_eager") or name == "test_session"):
            continue
        value = getattr(cls, name, None)
        if callable(value):
            setattr(cls, name, run_in_graph_and_eager_modes(value))
    return cls


def deprecated_graph_mode_only(func=None):
    # Under TF 1.15 (tf2 disabled) the test simply runs; for a class, so do setUp and every test.
    def decorator(f):
        return f

    if func is not None:
        return decorator(func)
    return decorator


run_deprecated_v1 = deprecated_graph_mode_only


def run_v1_only(reason, func=None):
    if not isinstance(reason, str):
        raise ValueError("'reason' should be string, got {}".format(type(reason)))

    def decorator(f):
        return f

    if func is not None:
        return decorator(func)
    return decorator


def run_v2_only(func=None):
    def decorator(f):
        if isinstance(f, type):
            raise ValueError("`run_v2_only` only supports test methods.")

        def decorated(self, *args, **kwargs):
            self.skipTest("Test is only compatible with v2")
            return f(self, *args, **kwargs)

        return decorated

    if func is not None:
        return decorator(func)
    return decorator


def run_gpu_only(func=None):
    def decorator(f):
        if isinstance(f, type):
            raise ValueError("`run_gpu_only` only supports test methods.")

        def decorated(self, *args, **kwargs):
            self.skipTest("Test requires GPU")

        return decorated

    if func is not None:
        return decorator(func)
    return decorator


run_cuda_only = run_gpu_only


def also_run_as_tf_function(f):
    def decorated(*args, **kwargs):
        _tftest.eager_skip("also_run_as_tf_function")
    return decorated


def enable_control_flow_v2(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        _tftest.unsupported("control flow v2 (test_util.enable_control_flow_v2)")
    return wrapper


def for_all_test_methods(decorator, *args, **kwargs):
    def all_test_methods_impl(cls):
        for name in dir(cls):
            value = getattr(cls, name)
            if callable(value) and name.startswith("test") and name != "test_session":
                setattr(cls, name, decorator(*args, **kwargs)(value))
        return cls
    return all_test_methods_impl


def _no_op_decorator(*unused_args, **unused_kwargs):
    # Decorators about XLA, GPUs and garbage checks: they change nothing tfscope models.
    def decorator(f):
        return f
    return decorator


disable_xla = _no_op_decorator
no_xla_auto_jit = _no_op_decorator
xla_allow_fallback = _no_op_decorator


def assert_no_new_pyobjects_executing_eagerly(f):
    return f


def assert_no_new_tensors(f):
    return f


def assert_no_garbage_created(f):
    return f


def is_gpu_available(cuda_only=False, min_cuda_compute_capability=None):
    return False


def gpu_device_name():
    return ""


def IsGoogleCudaEnabled():
    return False


class _EagerSessionWarner(object):
    def __getattr__(self, attr):
        raise AttributeError(
            "Trying to access properties or call methods on the result of self.session(), "
            "self.cached_session(), etc while eager execution is enabled. If you're porting this "
            "test case to TF 2.0, either adapt the test to work with eager execution or insert a "
            "call to tf.disable_eager_execution() in the main() function of this test file.")


class TensorFlowTestCase(absltest.TestCase):
    """TF's test base: a fresh default graph per test, cached sessions, evaluate, array asserts."""

    def __init__(self, methodName="runTest"):
        super(TensorFlowTestCase, self).__init__(methodName)
        self._threads = []
        self._tempdir = None
        self._cached_session = None

    def setUp(self):
        self._ClearCachedSession()
        random.seed(random_seed.DEFAULT_GRAPH_SEED)
        np.random.seed(random_seed.DEFAULT_GRAPH_SEED)
        _tftest.reset_graph_stack()
        ops.reset_default_graph()
        random_seed.set_random_seed(random_seed.DEFAULT_GRAPH_SEED)
        if self.id().endswith(".test_session"):
            self.skipTest("Not a test.")

    def tearDown(self):
        self._ClearCachedSession()

    def _ClearCachedSession(self):
        if self._cached_session is not None:
            self._cached_session.close()
            self._cached_session = None

    def evaluate(self, tensors):
        if context.executing_eagerly():
            _tftest.unsupported("evaluate() under eager execution")
        sess = ops.get_default_session()
        if sess is None:
            with self.test_session() as sess:
                return sess.run(tensors)
        return sess.run(tensors)

    def _create_session(self, graph, config, force_gpu):
        return Session(graph=graph, config=config)

    def _get_cached_session(self, graph=None, config=None, force_gpu=False, crash_if_inconsistent_args=True):
        if self._cached_session is None:
            sess = self._create_session(graph=graph, config=config, force_gpu=force_gpu)
            self._cached_session = sess
            self._cached_graph = graph
            self._cached_config = config
            self._cached_force_gpu = force_gpu
            return sess
        if crash_if_inconsistent_args and self._cached_graph is not graph:
            raise ValueError("The graph used to get the cached session is different than the one that was "
                             "used to create the session. Maybe create a new session with self.session()")
        if crash_if_inconsistent_args and self._cached_config is not config:
            raise ValueError("The config used to get the cached session is different than the one that was "
                             "used to create the session. Maybe create a new session with self.session()")
        if crash_if_inconsistent_args and self._cached_force_gpu is not force_gpu:
            raise ValueError("The force_gpu value used to get the cached session is different than the one "
                             "that was used to create the session. Maybe create a new session with "
                             "self.session()")
        return self._cached_session

    @contextlib.contextmanager
    def _constrain_devices_and_set_default(self, sess):
        with sess.graph.as_default(), sess.as_default():
            yield sess

    @contextlib.contextmanager
    def session(self, graph=None, config=None, use_gpu=False, force_gpu=False):
        if context.executing_eagerly():
            yield _EagerSessionWarner()
        else:
            with self._create_session(graph, config, force_gpu) as sess:
                with self._constrain_devices_and_set_default(sess):
                    yield sess

    @contextlib.contextmanager
    def cached_session(self, graph=None, config=None, use_gpu=False, force_gpu=False):
        if context.executing_eagerly():
            _tftest.eager_skip("cached_session() under eager execution")
        sess = self._get_cached_session(graph, config, force_gpu, crash_if_inconsistent_args=True)
        with self._constrain_devices_and_set_default(sess) as cached:
            yield cached

    @contextlib.contextmanager
    def test_session(self, graph=None, config=None, use_gpu=False, force_gpu=False):
        if self.id().endswith(".test_session"):
            self.skipTest("Not a test.")
        if context.executing_eagerly():
            yield None
        elif graph is None:
            sess = self._get_cached_session(graph, config, force_gpu, crash_if_inconsistent_args=False)
            with self._constrain_devices_and_set_default(sess) as cached:
                yield cached
        else:
            with self.session(graph, config, use_gpu, force_gpu) as sess:
                yield sess

    def _GetNdArray(self, a):
        if isinstance(a, ops.Tensor):
            a = self.evaluate(a)
        if not isinstance(a, np.ndarray):
            return np.array(a)
        return a

    def assertAllClose(self, a, b, rtol=1e-6, atol=1e-6, msg=None):
        a = self._GetNdArray(a)
        b = self._GetNdArray(b)
        self.assertEqual(a.shape, b.shape, "Shape mismatch: expected %s, got %s." % (a.shape, b.shape))
        if not np.allclose(a, b, rtol=rtol, atol=atol):
            self.fail(self._formatMessage(msg, "\nNot equal to tolerance rtol=%g, atol=%g\n x: %r\n y: %r"
                                          % (rtol, atol, a, b)))

    def assertAllEqual(self, a, b, msg=None):
        a = self._GetNdArray(a)
        b = self._GetNdArray(b)
        self.assertEqual(a.shape, b.shape, "Shape mismatch: expected %s, got %s." % (a.shape, b.shape))
        if not np.array_equal(a, b):
            self.fail(self._formatMessage(msg, "\nArrays are not equal\n x: %r\n y: %r" % (a, b)))

    def assertNear(self, f1, f2, err, msg=None):
        self.assertTrue(f1 == f2 or abs(f1 - f2) <= err,
                        "%f != %f +/- %f%s" % (f1, f2, err, " (%s)" % msg if msg is not None else ""))

    def assertArrayNear(self, farray1, farray2, err, msg=None):
        # test_util.py: equal lengths, then assertNear element by element.
        self.assertEqual(len(farray1), len(farray2), msg=msg)
        for f1, f2 in zip(farray1, farray2):
            self.assertNear(float(f1), float(f2), err, msg=msg)

    def assertDeviceEqual(self, device1, device2, msg=None):
        from _tfdevice import canonical_name
        device1 = canonical_name(device1)
        device2 = canonical_name(device2)
        self.assertEqual(device1, device2, "Devices %s and %s are not equal. %s" % (device1, device2, msg))

    def get_temp_dir(self):
        # TF makes a directory on disk; tfscope's tests have no files.
        _tftest.unsupported("TensorFlowTestCase.get_temp_dir (a directory on disk)")

    @contextlib.contextmanager
    def assertRaisesWithPredicateMatch(self, exception_type, expected_err_re_or_predicate):
        # test_util.py 2480-2520: the OpError's message (with its op chain), or str(e), searched with re;
        # whatever else escapes the block becomes an AssertionError naming it. tfscope's own
        # unsupported error passes through: it is not an outcome TF could have.
        if callable(expected_err_re_or_predicate):
            predicate = expected_err_re_or_predicate
        else:
            def predicate(e):
                from tensorflow.python.framework import errors
                err_str = e.message if isinstance(e, errors.OpError) else str(e)
                op = e.op if isinstance(e, errors.OpError) else None
                while op is not None:
                    err_str += "\nCaused by: " + op.name
                    op = op._original_op
                return re.search(expected_err_re_or_predicate, err_str)
        try:
            yield
            self.fail(exception_type.__name__ + " not raised")
        except TfscopeUnsupported:
            raise
        except Exception as e:
            if not isinstance(e, exception_type) or not predicate(e):
                raise AssertionError("Exception of type %s: %s" % (str(type(e)), str(e)))

    def assertRaisesOpError(self, expected_err_re_or_predicate):
        from tensorflow.python.framework import errors
        return self.assertRaisesWithPredicateMatch(errors.OpError, expected_err_re_or_predicate)

    def assertProtoEquals(self, expected_message_maybe_ascii, message, msg=None):
        # test_util.py assertProtoEquals: a message of the same type compares by its text format
        # (compare.assertProtoEqual's assertMultiLineEqual); text to parse is not modelled.
        import _tfproto
        msg = msg if msg else ""
        if isinstance(expected_message_maybe_ascii, type(message)):
            if not isinstance(message, _tfproto._Message):
                _tftest.unsupported("assertProtoEquals of a %s" % type(message).__name__)
            self.assertMultiLineEqual(str(expected_message_maybe_ascii), str(message), msg=msg)
        elif isinstance(expected_message_maybe_ascii, str):
            _tftest.unsupported("assertProtoEquals of text (protobuf's text_format.Merge)")
        else:
            assert False, ("Can't compare protos of type %s and %s. %s" %
                           (type(expected_message_maybe_ascii), type(message), msg))

import { describe, expect, it } from "vitest";
import { runTestModule } from "../../src/shim/testing.js";

// Small unittest modules in TF's style; the expected statuses are what CPython's unittest and TF's
// test_util would report for them.
const run = (source: string, select?: string[]) => runTestModule(source, { filename: "x_test.py", select });
const rows = (source: string, select?: string[]) =>
  run(source, select).results.map((r) => `${r.class}.${r.method}${r.mode ? `(${r.mode})` : ""} ${r.status}`);

describe("runTestModule: unittest semantics", () => {
  it("gives TF's tearDown its gc.collect() and empty gc.garbage, where a document's gc is a stand-in", () => {
    // variable_scope_test.py's VariableScopeTest.tearDown: gc.collect(), then assertEqual(0, len(gc.garbage)).
    const src = `
import gc
import unittest
class T(unittest.TestCase):
    def tearDown(self):
        gc.collect()
        self.assertEqual(0, len(gc.garbage))
    def test_a(self):
        pass
`;
    expect(rows(src)).toEqual(["T.test_a pass"]);
  });

  it("runs test methods alphabetically with setUp/tearDown and reports each status", () => {
    const src = `
import unittest
log = []
class B(unittest.TestCase):
    def setUp(self):
        log.append("setUp")
    def tearDown(self):
        log.append("tearDown")
    def test_z(self):
        self.assertEqual(log, ["setUp", "tearDown"] * 3 + ["setUp"])
    def test_b(self):
        self.assertEqual([1, 2], [1, 3])
    def test_a(self):
        pass
    def test_c(self):
        raise KeyError("k")
    @unittest.skip("not today")
    def test_d(self):
        pass
    def helper(self):
        raise AssertionError("never run")
`;
    expect(rows(src)).toEqual(["B.test_a pass", "B.test_b fail", "B.test_c error", "B.test_d skip", "B.test_z pass"]);
    const r = run(src).results;
    expect(r[1]!.reason).toBe("AssertionError: Lists differ: [1, 2] != [1, 3]");
    expect(r[2]!.reason).toBe("KeyError: 'k'");
    expect(r[2]!.traceback).toMatch(/^Traceback \(most recent call last\):\n[\s\S]*KeyError: 'k'\n$/);
    expect(r[3]!.reason).toBe("not today");
    expect(run(src).counts).toEqual({ passed: 2, failed: 1, errors: 1, skipped: 1 });
  });

  it("selects classes and single methods", () => {
    const src = `
import unittest
class A(unittest.TestCase):
    def test_1(self): pass
    def test_2(self): pass
class C(unittest.TestCase):
    def test_3(self): pass
`;
    expect(rows(src, ["C", "A.test_2"])).toEqual(["A.test_2 pass", "C.test_3 pass"]);
  });

  it("reports a module that does not load instead of running anything", () => {
    const r = run("import unittest\nraise ValueError('at import')\n");
    expect(r.results).toEqual([]);
    expect(r.loadError).toMatch(/ValueError: at import\n$/);
  });
});

describe("runTestModule: TensorFlow's test harness", () => {
  it("gives every TensorFlowTestCase a fresh default graph and a cached session", () => {
    const src = `
from tensorflow.python.framework import constant_op, ops
from tensorflow.python.platform import test
class T(test.TestCase):
    def test_a_builds(self):
        constant_op.constant(1.0, name="c")
        self.assertEqual(len(ops.get_default_graph().get_operations()), 1)
    def test_b_fresh(self):
        self.assertEqual(ops.get_default_graph().get_operations(), [])
        with self.cached_session() as sess:
            self.assertIs(ops.get_default_session(), sess)
            self.assertEqual(self.evaluate(constant_op.constant(3) + 4), 7)
            self.assertAllEqual([[1, 2]], constant_op.constant([[1, 2]]))
            self.assertAllClose(constant_op.constant(0.5), 0.5000001)
`;
    // unittest's loader also collects TensorFlowTestCase.test_session, which TF's setUp skips.
    expect(rows(src)).toEqual(["T.test_a_builds pass", "T.test_b_fresh pass", "T.test_session skip"]);
    expect(run(src).results[2]!.reason).toBe("Not a test.");
  });

  it("runs the graph half of run_in_graph_and_eager_modes and reports the eager half as skipped", () => {
    const src = `
from tensorflow.python.framework import ops, test_util
from tensorflow.python.eager import context
from tensorflow.python.platform import test
class T(test.TestCase):
    @test_util.run_in_graph_and_eager_modes
    def testGood(self):
        self.assertFalse(context.executing_eagerly())
        self.assertIsNotNone(ops.get_default_session())
    @test_util.run_in_graph_and_eager_modes
    def testBad(self):
        with ops.name_scope("a") as s:
            self.assertEqual(s, "b/")
    def testEagerOnly(self):
        with context.eager_mode():
            pass
`;
    expect(rows(src, ["T.testBad", "T.testEagerOnly", "T.testGood"])).toEqual([
      "T.testBad(graph) fail",
      "T.testBad(eager) skip",
      "T.testEagerOnly skip",
      "T.testGood(graph) pass",
      "T.testGood(eager) skip",
    ]);
    expect(run(src, ["T.testEagerOnly"]).results[0]!.reason).toMatch(/^eager execution is not run by tfscope/);
  });

  it("never lets an expected exception swallow tfscope's unsupported-feature error", () => {
    const src = `
from tensorflow.python.framework import sparse_tensor
from tensorflow.python.platform import test
class T(test.TestCase):
    def testExpectsAnything(self):
        with self.assertRaises(Exception):
            sparse_tensor.SparseTensor([[0]], [1.0], [1])
`;
    const [r] = run(src, ["T"]).results;
    expect(r!.status).toBe("error");
    expect(r!.reason).toBe("unsupported: tensorflow.python.framework.sparse_tensor.SparseTensor");
  });

  it("checks assertRaisesRegexp's pattern against the message, as a context manager and as a call", () => {
    const src = `
from tensorflow.python.ops import variable_scope
from tensorflow.python.platform import test
class T(test.TestCase):
    def testCall(self):
        variable_scope.get_variable("v", [1])
        self.assertRaisesRegexp(ValueError, "already exists", variable_scope.get_variable, "v", [1])
    def testWrongPattern(self):
        with self.assertRaisesRegexp(ValueError, "no such words"):
            variable_scope.get_variable("w", [1])
            variable_scope.get_variable("w", [1])
    def testNotRaised(self):
        with self.assertRaises(ValueError):
            pass
`;
    const r = run(src, ["T.testCall", "T.testNotRaised", "T.testWrongPattern"]).results;
    expect(r.map((x) => `${x.method} ${x.status}`)).toEqual(["testCall pass", "testNotRaised fail", "testWrongPattern fail"]);
    expect(r[1]!.reason).toBe("AssertionError: ValueError not raised");
    expect(r[2]!.reason).toMatch(/^AssertionError: "no such words" does not match "Variable w already exists/);
  });

  it("fails a test whose thread stopped at an unimplemented feature, though threads only print errors", () => {
    const src = `
import threading
import unittest
class T(unittest.TestCase):
    def test_waits(self):
        never = threading.Event()
        t = threading.Thread(target=never.wait)
        t.start()
        t.join()
    def test_thread_assertion(self):
        def body():
            raise AssertionError("only printed")
        t = threading.Thread(target=body)
        t.start()
        t.join()
`;
    const r = run(src).results;
    // CPython prints a thread's exception and the test passes; tfscope cannot vouch for a thread that
    // hit something it does not implement.
    expect(r.map((x) => `${x.method} ${x.status}`)).toEqual(["test_thread_assertion pass", "test_waits error"]);
    expect(r[1]!.reason).toMatch(/^unsupported \(in a thread\): /);
  });

  it("expands absl parameterized cases into one method each", () => {
    const src = `
from absl.testing import parameterized
class T(parameterized.TestCase):
    @parameterized.parameters((1, 1), (2, 3))
    def testEq(self, a, b):
        self.assertEqual(a, b)
    @parameterized.named_parameters(("_one", 1), ("_two", 2))
    def testPositive(self, a):
        self.assertGreater(a, 0)
`;
    expect(rows(src)).toEqual(["T.testEq0 pass", "T.testEq1 fail", "T.testPositive_one pass", "T.testPositive_two pass"]);
  });
});

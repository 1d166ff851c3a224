/**
 * ops.init_scope out of a graph that builds a function (ops.py 5480-5590, TF 1.15): ops go to the
 * innermost entered graph that is not building one (else the global graph), under the inner graph's name
 * scope and its innermost non-empty device stack; a layer's variable made there is lifted the same way.
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

function run(source: string) {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  return { stdout: r.stdout, last: r.stderr.trimEnd().split("\n").pop() ?? "" };
}

describe("init_scope in a function-building graph", () => {
  it("lifts ops into the outer graph, keeping the name scope and lending the inner device stack", () => {
    const r = run(`import tensorflow as tf
from tensorflow.python.framework import ops
g0 = tf.Graph()
g1 = tf.Graph()
g1._building_function = True
with g0.as_default(), tf.device("/cpu:0"):
    with g1.as_default():
        with tf.name_scope("outer"):
            with ops.init_scope():
                c = tf.constant(1.0, name="c")
                print(tf.get_default_graph() is g0, c.name, repr(c.device))
            with tf.device("/gpu:0"), ops.init_scope():
                d = tf.constant(1.0, name="d")
                print(d.graph is g0, d.name, d.device)
        print(tf.get_default_graph() is g1, g1._building_function, len(g1.get_operations()))
`);
    // g1's device stack is empty at first, so g0's own (/cpu:0) applies; then g1's /gpu:0 is lent.
    expect(r.stdout).toBe("True outer/c:0 '/device:CPU:0'\nTrue outer/d:0 /device:GPU:0\nTrue True 0\n");
  });

  it("lifts a layer's variable out of the function-building graph", () => {
    const r = run(`import tensorflow as tf
outer = tf.get_default_graph()
fn_graph = tf.Graph()
fn_graph._building_function = True
with outer.as_default(), fn_graph.as_default():
    layer = tf.layers.Layer(name="my_layer")
    v = layer.add_variable("v", [2])
print(v.name, v.graph is outer, [x.name for x in layer.trainable_variables])
print([x.name for x in outer.get_collection("trainable_variables")], fn_graph.get_collection("variables"))
`);
    // The variable's ops and collections go where init_scope leads (variables.py builds under it).
    expect(r.stdout).toBe("my_layer/v:0 True ['my_layer/v:0']\n['my_layer/v:0'] []\n");
  });

  it("refuses a global graph that builds a function, as TF does", () => {
    const r = run(`import tensorflow as tf
from tensorflow.python.framework import ops
tf.get_default_graph()._building_function = True
with ops.init_scope():
    pass
`);
    expect(r.last).toBe("RuntimeError: The global graph is building a function.");
  });
});

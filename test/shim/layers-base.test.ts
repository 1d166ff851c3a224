// tf.layers.Layer subclassed in Python (layers/base.py over keras base_layer.py): naming and scopes as
// the built-in layers, build/call/add_variable from Python, keras input_spec.py's checks and messages.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });

describe("a Python subclass of tf.layers.Layer", () => {
  it("is named like a built-in layer (name counted from 1, scope from 0) and builds once", () => {
    const r = run(`import tensorflow as tf
class MyLayer(tf.layers.Layer):
    def build(self, input_shape):
        self.w = self.add_variable("w", (), tf.float32)
        self.built = True
    def call(self, inputs):
        return tf.multiply(inputs, self.w, name="my_op")
x = tf.placeholder(tf.float32, (), "x")
a = MyLayer()
y = a(x)
b = MyLayer(name="my_layer")
z = b(y)
a(x)
print(a.name, a.w.name, y.name, b.name, b.w.name, z.name, a._scope.name, a.built, a.dtype, len(tf.global_variables()))
c = tf.layers.Layer(name="plain", dtype="int64", trainable=False)
v = c.add_variable("v", [2, 2])
print(v.name, v.dtype, c.trainable_variables, c.non_trainable_variables == [v], c.updates, c.losses)
try:
    tf.layers.Layer(foo=1)
except TypeError as e:
    print(e)
`);
    // base_test.py testNameScopeIsConsistentWithVariableScope: an unnamed layer's scope is my_layer,
    // so a later layer named "my_layer" gets my_layer_1.
    expect(r.stdout).toBe(
      "my_layer_1 my_layer/w:0 my_layer/my_op:0 my_layer my_layer_1/w:0 my_layer_1/my_op:0 my_layer True float32 2\n" +
      "plain/v:0 <dtype: 'int64_ref'> [] True [] []\n" +
      "('Keyword argument not understood:', 'foo')\n",
    );
  });
  it("keras InputSpec checks run before build, with input_spec.py's messages", () => {
    const r = run(`import tensorflow as tf
from tensorflow.python.keras.engine import input_spec
class Spec(tf.layers.Layer):
    def __init__(self, **kw):
        super(Spec, self).__init__()
        self.input_spec = input_spec.InputSpec(**kw)
for kw, t in [(dict(ndim=2), tf.placeholder(tf.int32)), (dict(min_ndim=2), tf.constant([1])),
              (dict(dtype="float32"), tf.constant(1)), (dict(axes={-1: 2}), tf.constant([[1, 2, 3]])),
              (dict(shape=(2, None)), tf.constant([[1, 2]]))]:
    try:
        Spec(**kw)(t)
    except ValueError as e:
        print(e)
print(input_spec.InputSpec(ndim=2, axes={1: 3}))
`);
    expect(r.stdout).toBe(
      "Input 0 of layer spec_1 is incompatible with the layer: its rank is undefined, but the layer requires a defined rank.\n" +
      // TF 1.15's min_ndim message has a doubled colon.
      "Input 0 of layer spec_2 is incompatible with the layer: : expected min_ndim=2, found ndim=1. Full shape received: [1]\n" +
      "Input 0 of layer spec_3 is incompatible with the layer: expected dtype=float32, found dtype=<dtype: 'int32'>\n" +
      "Input 0 of layer spec_4 is incompatible with the layer: expected axis -1 of input shape to have value 2 but received input with shape [1, 3]\n" +
      "Input 0 is incompatible with layer spec_5: expected shape=(2, None), found shape=[1, 2]\n" +
      "InputSpec(ndim=2, axes={1: 3})\n",
    );
  });
  it("build called directly makes the weights under the layer's scope; count_params counts them", () => {
    const r = run(`import tensorflow as tf
d = tf.layers.Dense(16)
d.build((None, 4))
print(d.count_params(), d.built, d.dtype, [v.name for v in d.weights])
try:
    tf.layers.Dense(3).count_params()
except ValueError as e:
    print(e)
`);
    // base_test.py test_count_params: 16 * 4 + 16; keras count_params's message before a build.
    expect(r.stdout).toBe(
      "80 True None ['dense/kernel:0', 'dense/bias:0']\n" +
      "You tried to call \`count_params\` on dense_2, but the layer isn't built. You can build it manually via: \`dense_2.build(batch_input_shape)\`.\n",
    );
  });
  it("add_loss tags losses added without inputs unconditional; get_losses_for follows the graph from the inputs", () => {
    const r = run(`import tensorflow as tf
class MyLayer(tf.layers.Layer):
    def build(self, input_shape):
        self.a = self.add_variable("a", (), tf.float32, trainable=False)
        self.add_loss(self.a)
        self.built = True
    def call(self, inputs):
        self.add_loss(inputs * 2.0, inputs=True)
        return inputs + 1
layer = MyLayer()
x = tf.placeholder(tf.float32, (), "x")
mid = x + 1
out = layer.apply(mid)
print(len(layer.losses), len(layer.get_losses_for(None)), len(layer.get_losses_for([x])), len(layer.get_losses_for([out])))
print(len(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)), [t.name for t in layer.get_losses_for(mid)])
`);
    // base_test.py testGetLossesFor; the legacy add_loss also fills REGULARIZATION_LOSSES.
    expect(r.stdout).toBe("2 1 1 0\n2 ['my_layer/mul:0']\n");
  });
  it("copy.deepcopy follows base.py __deepcopy__: tensors shared, the copy calls its own methods in the same scope", () => {
    const r = run(`import copy
import tensorflow as tf
class MyLayer(tf.layers.Layer):
    def call(self, inputs):
        return tf.square(inputs * self.k)
layer = MyLayer(name="my_layer")
layer.k = 2.0
layer._t = tf.constant(1.0)
layer._names = ["a"]
y = layer.apply(tf.constant(3.0))
c = copy.deepcopy(layer)
c.k = 5.0
z = c.apply(tf.constant(3.0))
print(c.name, c._scope.name, c._t is layer._t, c._names == layer._names, c._names is layer._names, c.built, y.name, z.name)
print(tf.Session().run([y, z]))
d = tf.layers.Dense(2, bias_initializer=tf.constant_initializer(0.5))
e = copy.deepcopy(d)
print(e.name == d.name, type(e.bias_initializer).__name__, e.bias_initializer is d.bias_initializer)
d(tf.zeros((1, 3)))
copy.deepcopy(d)
`);
    // The copy's ops reuse the original name scope my_layer/ (keras __call__ re-enters original_name_scope).
    expect(r.stdout).toBe("my_layer my_layer True True False True my_layer/Square:0 my_layer/Square_1:0\n[36.0, 225.0]\nTrue Constant False\n");
    expect(r.unsupported?.feature).toBe("copy.deepcopy of a tf.layers.Layer with weights or losses");
  });
  it("add_update: updates added in a call and reachable from its inputs are conditional; __call__ fills UPDATE_OPS", () => {
    const r = run(`import tensorflow as tf
class MyLayer(tf.layers.Layer):
    def build(self, input_shape):
        self.a = self.add_variable("a", (), tf.float32, trainable=False)
        self.add_update(tf.assign_add(self.a, 1., name="b_update"))
        self.built = True
    def call(self, inputs):
        self.add_update([lambda: tf.assign_add(self.a, inputs, name="a_update")])
        return inputs + 1
layer = MyLayer(name="l")
x = tf.placeholder(tf.float32, (), "x")
y = layer.apply(x)
print([u.name for u in layer.updates], [u.name for u in layer.get_updates_for(None)], [u.name for u in layer.get_updates_for(x)], layer.get_updates_for(y))
print([u.name for u in tf.get_collection(tf.GraphKeys.UPDATE_OPS)])
frozen = MyLayer(name="f", trainable=False)
frozen.apply(x)
print(frozen.updates, len(frozen._update_pairs), len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)))
`);
    // keras Layer.updates is [] for a layer neither trainable nor stateful, so base.py adds nothing to UPDATE_OPS.
    expect(r.stdout).toBe(
      "['l/b_update', 'l/a_update'] ['l/b_update'] ['l/a_update'] []\n" +
      "['l/b_update', 'l/a_update']\n" +
      "[] 2 2\n",
    );
  });
  it("a Python layer takes a list or dict: build gets the structure's shapes, dtype comes from the first input", () => {
    const r = run(`import tensorflow as tf
class Swap(tf.layers.Layer):
    def build(self, input_shape):
        print("build", input_shape)
    def call(self, inputs):
        if isinstance(inputs, dict):
            return {"l" + key: inputs[key] for key in inputs}
        return [tf.identity(inputs[1]), tf.identity(inputs[0])]
s = Swap(name="swap", activity_regularizer=tf.reduce_sum)
out = s([tf.zeros((2, 3), tf.float64), tf.ones((2,), tf.float32)])
print(s.dtype, [o.name for o in out], [l.name for l in s.losses])
d = Swap()
res = d({"ogits": tf.placeholder(tf.int32), "abel": tf.placeholder(tf.float32, (4,))})
print(d.dtype, sorted(res))
`);
    // Keras _maybe_build takes the dtype of nest.flatten(inputs)[0] (the dict's sorted keys: "abel" first);
    // one ActivityRegularizer name scope holds the losses of every output.
    expect(r.stdout).toBe(
      "build [TensorShape([Dimension(2), Dimension(3)]), TensorShape([Dimension(2)])]\n" +
      "float64 ['swap/Identity:0', 'swap/Identity_1:0'] ['swap/ActivityRegularizer/truediv:0', 'swap/ActivityRegularizer/truediv_1:0']\n" +
      "build {'ogits': TensorShape(None), 'abel': TensorShape([Dimension(4)])}\n" +
      "float32 ['label', 'logits']\n",
    );
  });
  it("a Layer member TF has and tfscope does not model is refused by name", () => {
    const r = run(`import tensorflow as tf
tf.layers.Layer(name="l").add_metric
`);
    expect(r.unsupported?.feature).toBe("tf.layers.Layer.add_metric");
  });
});

// tf.sin, tf.cos, tf.tan (gen_math_ops, one op each) and tf.nn.elu, softplus, softsign (gen_nn_ops), with
// the gradients TF 1.15 registers: math_grad.py _SinGrad/_CosGrad/_TanGrad (under a control dependency
// on grad; Tan's `secx2 * grad`, as forward_compatible(2019, 9, 14) is false at the 2019-08-21 horizon)
// and nn_grad.py _EluGrad (EluGrad), _SoftplusGrad (grad * sigmoid), _SoftsignGrad (SoftsignGrad).
// Values: the formulas in float64, rounded to 5 places (the kernels are Eigen's to the last float32 bit).
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  return r.stdout + (r.exception ? `${r.exception.type}: ${r.exception.message}` : "");
};

describe("trigonometric and activation ops with their gradients", () => {
  it("names the ops and their gradient ops as TF builds them", () => {
    expect(run(`import tensorflow as tf
x = tf.constant([-1., 0., 2.])
ys = [f(x) for f in (tf.sin, tf.cos, tf.tan, tf.nn.elu, tf.nn.softplus, tf.nn.softsign)]
print([y.name for y in ys])
print([tf.gradients(y, x)[0].name for y in ys])
g = tf.get_default_graph()
print([o.name for o in g.get_operations() if "_grad/" in o.name and o.name.split("/")[0] in ("gradients_1", "gradients_2", "gradients_4")])
print([i.name for i in g.get_operation_by_name("gradients_2/Tan_grad/Cos").control_inputs])
`)).toBe(
      "['Sin:0', 'Cos:0', 'Tan:0', 'Elu:0', 'Softplus:0', 'Softsign:0']\n" +
        "['gradients/Sin_grad/mul:0', 'gradients_1/Cos_grad/mul:0', 'gradients_2/Tan_grad/mul:0', 'gradients_3/Elu_grad/EluGrad:0', " +
        "'gradients_4/Softplus_grad/mul:0', 'gradients_5/Softsign_grad/SoftsignGrad:0']\n" +
        "['gradients_1/Cos_grad/Neg', 'gradients_1/Cos_grad/Sin', 'gradients_1/Cos_grad/mul', 'gradients_2/Tan_grad/Cos', " +
        "'gradients_2/Tan_grad/Reciprocal', 'gradients_2/Tan_grad/Square', 'gradients_2/Tan_grad/mul', 'gradients_4/Softplus_grad/Sigmoid', " +
        "'gradients_4/Softplus_grad/mul']\n['gradients_2/Fill']\n",
    );
  });

  it("computes the values and the gradients", () => {
    expect(run(`import tensorflow as tf
x = tf.constant([-1., 0., 2.])
ys = [f(x) for f in (tf.sin, tf.cos, tf.tan, tf.nn.elu, tf.nn.softplus, tf.nn.softsign)]
with tf.Session() as s:
    for y, g in zip(s.run(ys), s.run([tf.gradients(y, x)[0] for y in ys])):
        print([round(float(v), 5) for v in y], [round(float(v), 5) for v in g])
`)).toBe(
      "[-0.84147, 0.0, 0.9093] [0.5403, 1.0, -0.41615]\n" +
        "[0.5403, 1.0, -0.41615] [0.84147, -0.0, -0.9093]\n" +
        "[-1.55741, 0.0, -2.18504] [3.42552, 1.0, 5.7744]\n" +
        "[-0.63212, 0.0, 2.0] [0.36788, 1.0, 1.0]\n" +
        "[0.31326, 0.69315, 2.12693] [0.26894, 0.5, 0.8808]\n" +
        "[-0.5, 0.0, 0.66667] [0.25, 1.0, 0.11111]\n",
    );
  });
});

// init_ops.py's orthogonal, identity, uniform-unit-scaling, variance-scaling and convolutional
// orthogonal initializers through Python: the ops TF 1.15 builds for them (names derived from
// init_ops.py 548-1220, random_ops.py, math_ops.py's r_binary_op_wrapper) and the properties TF's
// init_ops_test.py checks of their values.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

const run = (source: string) => runTf(source, { filename: "prog.py", profile: "1.15" });

describe("tf.orthogonal_initializer", () => {
  it("draws a normal matrix, takes Q of its QR times sign(diag(R)), reshapes it and scales by the gain", () => {
    const r = run(`import tensorflow as tf
tf.get_variable("v", [4, 3], initializer=tf.orthogonal_initializer(seed=1))
print(" ".join(op.name[len("v/Initializer/"):] for op in tf.get_default_graph().get_operations() if op.name.startswith("v/I")))
`);
    // `self.gain * reshape(q)`: float * Tensor is __rmul__ under a fresh `mul_1` scope, its x converted as mul_1/x.
    expect(r.stdout).toBe("random_normal/shape random_normal/mean random_normal/stddev random_normal/RandomStandardNormal "
      + "random_normal/mul random_normal Qr DiagPart Sign mul Reshape/shape Reshape mul_1/x mul_1\n");
  });

  it("gives orthonormal columns for a tall kernel and orthonormal rows for a wide one", () => {
    const r = run(`import tensorflow as tf
import numpy as np
for shape in [(10, 4), (4, 10), (3, 3, 5)]:
    with tf.Graph().as_default(), tf.Session() as s:
        t = s.run(tf.orthogonal_initializer(dtype=tf.float64)(shape))
        t = t.reshape((np.prod(t.shape[:-1]), t.shape[-1]))
        g = np.dot(t.T, t) if t.shape[0] > t.shape[1] else np.dot(t, t.T)
        print(t.shape, np.allclose(g, np.eye(min(t.shape)), rtol=1e-12, atol=1e-12))
`);
    expect(r.stdout).toBe("(10, 4) True\n(4, 10) True\n(9, 5) True\n");
  });

  it("repeats a seeded draw, differs across seeds, and scales by gain exactly", () => {
    const r = run(`import tensorflow as tf
import numpy as np
def draw(**kw):
    with tf.Graph().as_default(), tf.Session() as s:
        return s.run(tf.orthogonal_initializer(**kw)((6, 6)))
a, b, c, g = draw(seed=1), draw(seed=1), draw(seed=2), draw(seed=1, gain=3.14)
print(np.array_equal(a, b), np.allclose(a, c), np.allclose(a, g / 3.14))
`);
    expect(r.stdout).toBe("True False True\n");
  });

  it("refuses a rank-1 shape and a non-float dtype with TF's ValueErrors", () => {
    const r = run(`import tensorflow as tf
for f in (lambda: tf.orthogonal_initializer()([5]), lambda: tf.orthogonal_initializer(dtype=tf.string)):
    try:
        f()
    except ValueError as e:
        print(e)
`);
    expect(r.stdout).toBe("The tensor to initialize must be at least two-dimensional\nExpected floating point type, got <dtype: 'string'>.\n");
  });
});

describe("tf.initializers.identity", () => {
  it("builds eye as ones on the diagonal of zeros (MatrixSetDiag) when not square, times the gain", () => {
    const r = run(`import tensorflow as tf
w = tf.get_variable("w", [3, 2], initializer=tf.initializers.identity(gain=2.0))
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("w/I")])
with tf.Session() as s:
    s.run(w.initializer)
    print(s.run(w))
`);
    expect(r.stdout).toBe("['w/Initializer/eye/ones', 'w/Initializer/eye/zeros', 'w/Initializer/eye/set_diag', "
      + "'w/Initializer/mul/x', 'w/Initializer/mul']\n[[2. 0.]\n [0. 2.]\n [0. 0.]]\n");
  });
});

describe("variance scaling and uniform unit scaling", () => {
  it("draw through random_ops' module attributes, so a mock.patch.object of them sees the call", () => {
    const r = run(`import tensorflow as tf
from tensorflow.python.ops import init_ops, random_ops
from tensorflow.python.platform import test
with test.mock.patch.object(random_ops, "random_normal", wraps=random_ops.random_normal) as m:
    t = init_ops.variance_scaling_initializer(distribution="untruncated_normal")([2, 3])
print(m.called, m.call_args[0][1:3], t.op.name)
with test.mock.patch.object(random_ops, "random_uniform", wraps=random_ops.random_uniform) as m:
    init_ops.uniform_unit_scaling_initializer(factor=2.0)([3, 4])
print(m.call_args)
`);
    // fan_in 2: stddev sqrt(1/2); unit scaling: limit sqrt(3 / 3) * 2.
    expect(r.stdout).toBe("True (0.0, 0.7071067811865476) random_normal\ncall([3, 4], -2.0, 2.0, tf.float32, seed=None)\n");
  });
});

describe("the convolutional orthogonal initializers", () => {
  it("delta orthogonal puts an orthogonal matrix at the centre tap only", () => {
    const r = run(`import tensorflow as tf
import numpy as np
from tensorflow.python.ops import init_ops
with tf.Session() as s:
    k = s.run(init_ops.convolutional_delta_orthogonal(seed=3)([3, 3, 4, 4]))
centre = k[1, 1]
print(np.allclose(np.dot(centre, centre.T), np.eye(4), atol=1e-6), (k != 0).sum(), (centre != 0).sum(),
      "%.5f" % abs(float(np.linalg.det(centre))))
`);
    expect(r.stdout).toBe("True 16 16 1.00000\n");
  });

  it("a 2-D orthogonal kernel's taps sum to an orthogonal matrix, and a set seed moves on per draw", () => {
    const r = run(`import tensorflow as tf
import numpy as np
from tensorflow.python.ops import init_ops
init = init_ops.convolutional_orthogonal_2d(seed=5)
with tf.Session() as s:
    k = s.run(init([3, 3, 4, 4]))
y = np.sum(k, axis=(0, 1))
print(k.shape, "%.5f" % abs(float(np.linalg.det(y))), init.seed)
`);
    // One orthogonal matrix and 2 x 2 symmetric projections (each two draws): 1 + 2 * 2 * 2 = 9 seeds used.
    expect(r.stdout).toBe("(3, 3, 4, 4) 1.00000 14\n");
  });
});

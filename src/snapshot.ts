/**
 * The entry of tfscope's V8 start-up snapshot (built by build-snapshot.ts): `tfscope run` loaded, and an
 * interpreter that has already run `import tensorflow` (warm-host.ts), which the restored process's
 * `tfscope run` uses when the program begins with that statement. The heap is kept small, since a
 * start deserialises all of it: the parse trees of the warm-up are dropped (a fresh interpreter, for any
 * other program, reads the trees it imports from py-ast.json), and so are TF's API texts (read again from
 * files when a run needs them, surface/text.ts). Randomness and clocks are read at call time.
 */
import { startupSnapshot } from "node:v8";
import { exitWith, runCommand, takeDebug } from "./cli-run.js";
import { forgetShimSources } from "./shim/py-sources.js";
import { forgetApiTexts } from "./shim/surface/text.js";
import { prepareWarmHost } from "./shim/warm-host.js";

/** A program like those `run` is given, run once before the snapshot is taken (warm-host.ts); it ends
 * raising TF's error for a variable defined twice, with its traceback. */
const WARM_UP_PROGRAM = `"""Doc."""
import tensorflow as tf
import numpy as np
from tensorflow import nn as nn2, layers
x, y = 1, 2.5e-3
class C(object):
    k: int = 0
    def f(self, a, *args, b=None, **kw):
        return [i ** 2 for i in range(a) if i % 2] + list({k: v for k, v in kw.items()})
print(C().f(4, b=2, z=3), f"{x!r:>4}", 'q', b"b", -x, not y, x and y or None)
with tf.variable_scope("s", reuse=tf.AUTO_REUSE) as scope:
    v = tf.get_variable("v", shape=[2, 3], initializer=tf.zeros_initializer())
    w = tf.Variable(np.ones((3, 1), dtype=np.float32), name="w")
    with tf.name_scope("n"):
        t = tf.matmul(v, w) + tf.constant(1.0)
    print(v.name, w, t, t.shape, t.op.name, scope.name, tf.get_default_graph())
for i in range(3):
    if i == 1 or i >= 2:
        continue
    elif i < 0:
        break
try:
    assert x < 0, "m"
except (ValueError, AssertionError) as e:
    print(repr(e))
finally:
    del x
print(tf.trainable_variables(), (lambda q: q[1:2])([1, 2, 3]))
def make():
    return tf.get_variable("v", [1])
make()
make()
`;

prepareWarmHost(WARM_UP_PROGRAM);
forgetShimSources();
forgetApiTexts();

// A snapshot start has no script in argv: `node --snapshot-blob BLOB args...` gives [node, ...args]. The
// launcher starts only `run` from the snapshot; the other commands' modules are not in it.
startupSnapshot.setDeserializeMainFunction(() => {
  const [cmd, ...rest] = takeDebug(process.argv.slice(1));
  if (cmd === "run") return exitWith(runCommand(rest), true);
  process.stderr.write("tfscope: the start-up snapshot runs `tfscope run` only (dist/bin/tfscope starts the other commands without it)\n");
  process.exitCode = 2;
});

/**
 * numpy's bytes types as TF tests and tutorials meet them (numpy 1.17): `np.bytes_` subclasses bytes,
 * `np.object_(x)` is x, an element of an object array (how TF fetches strings) is the Python bytes
 * object it holds.
 */
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";

function run(source: string) {
  const r = runTf(source, { filename: "prog.py", profile: "1.15" });
  return { stdout: r.stdout, last: r.stderr.trimEnd().split("\n").pop() ?? "" };
}

describe("numpy bytes", () => {
  it("np.bytes_ is a bytes subclass named numpy.bytes_", () => {
    const r = run(`import numpy as np
b = np.bytes_(b"ab")
print(repr(b), isinstance(b, bytes), type(b), b == b"ab", b + b"c", np.string_ is np.bytes_)
print(np.object_(5), np.object_, np.dtype(object).type)
`);
    expect(r.stdout).toBe("b'ab' True <class 'numpy.bytes_'> True b'abc' True\n5 <class 'numpy.object_'> <class 'numpy.object_'>\n");
  });

  it("an object array's elements and a fetched TF string are Python bytes", () => {
    const r = run(`import numpy as np
import tensorflow as tf
from tensorflow.python.util import compat
a = np.array([b"x", b"yy"], dtype=object)
print(repr(a[1]), type(a[1]))
with tf.Session() as sess:
    s = sess.run(tf.constant(b"q"))
    print(repr(s), type(s), compat.as_bytes(s))
    print(repr(sess.run(tf.constant([b"q", b"r"]))))
`);
    expect(r.stdout).toBe("b'yy' <class 'bytes'>\nb'q' <class 'bytes'> b'q'\narray([b'q', b'r'], dtype=object)\n");
  });
});

describe("Graph._variable_creator_stack", () => {
  it("is the stack itself: a saved stack restores, and variable_creator_scope checks nesting by identity", () => {
    const r = run(`import tensorflow as tf
def creator(next_creator, **kwargs):
    return next_creator(**kwargs)
g = tf.get_default_graph()
old = g._variable_creator_stack
print(old, old is g._variable_creator_stack)
scope = tf.variable_creator_scope(creator)
scope.__enter__()
print(g._variable_creator_stack == [(100, creator)])
with tf.variable_creator_scope(creator):
    try:
        scope.__exit__(None, None, None)
    except RuntimeError as e:
        print(e)
g._variable_creator_stack = old
print(g._variable_creator_stack is old)
`);
    // ops.py 2956-2958: the outer scope's exit finds another stack in place.
    expect(r.stdout).toBe("[] True\nTrue\nExiting variable_creator_scope without proper nesting.\nTrue\n");
  });
});

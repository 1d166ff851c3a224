// TF's public API surface (src/shim/surface/, from TF 1.15.5's API goldens): every name TF has exists
// with its signature, names TF lacks are TF's AttributeError, dir() lists what TF's module lists.
import { describe, expect, it } from "vitest";
import { runTf } from "../../src/shim/run.js";
import { API_V1 } from "../../src/shim/surface/api-v1.js";
import { API_V2 } from "../../src/shim/surface/api-v2.js";
import { apiMember, apiMembers, type ApiMember } from "../../src/shim/surface/index.js";

function run(source: string, profile: "1.15" | "2" = "1.15") {
  const r = runTf(source, { filename: "prog.py", profile });
  const last = r.stderr.trimEnd().split("\n").pop() ?? "";
  return { stdout: r.stdout, last };
}

const publicNames = (api: "v1" | "v2", path: string) => [...apiMembers(api, path)!.keys()].sort();

describe("the API data", () => {
  it("holds TF 1.15's names and getargspec signatures (golden v1/tensorflow.nn.pbtxt, tensorflow.pbtxt)", () => {
    // tensorflow.nn.pbtxt: conv2d(input, filter=None, strides=None, padding=None, use_cudnn_on_gpu=True,
    // data_format='NHWC', dilations=[1, 1, 1, 1], name=None, filters=None): eight defaults, one required.
    expect(apiMember("v1", "tensorflow.nn", "conv2d")).toEqual({
      kind: "f",
      signature: {
        args: ["input", "filter", "strides", "padding", "use_cudnn_on_gpu", "data_format", "dilations", "name", "filters"],
        required: 1,
        varargs: false,
        varkw: false,
      },
    });
    expect(apiMember("v1", "tensorflow", "train")).toEqual({ kind: "m" });
    expect(apiMember("v1", "tensorflow", "GIT_VERSION")).toEqual({ kind: "v", type: "str" });
    expect(apiMember("v1", "tensorflow", "Dimension")).toEqual({ kind: "c" });
    // A TF 2 module equal to TF 1's is stored once (`@path=`) and read back whole.
    expect(apiMember("v2", "tensorflow", "variable_scope")).toBeUndefined();
    expect(apiMember("v2", "tensorflow.compat", "as_bytes")?.kind).toBe("f");
  });
});

describe("the API tables against a plain reading of the text", () => {
  // index.ts copies each path's member lines out of the text before splitting them (so that nothing it
  // keeps holds the whole text, which a start-up snapshot drops): every path must read as the text says.
  const plain = (text: string) => {
    const out = new Map<string, Map<string, ApiMember> | "base">();
    let cur: Map<string, ApiMember> | null = null;
    for (const line of text.split("\n")) {
      if (line.startsWith("@")) {
        cur = null;
        if (line.endsWith("=")) out.set(line.slice(1, -1), "base");
        else out.set(line.slice(1), (cur = new Map()));
      } else if (cur !== null && line !== "") {
        const [name, kind, detail] = line.split("\t") as [string, ApiMember["kind"], string | undefined];
        const m: ApiMember = { kind };
        if (kind === "f") {
          const [args, required, flags] = detail!.split("|");
          m.signature = { args: args === "" ? [] : args!.split(","), required: Number(required), varargs: flags!.startsWith("*") && flags !== "**", varkw: flags!.endsWith("**") };
        } else if (detail !== undefined) m.type = detail;
        cur.set(name, m);
      }
    }
    return out;
  };
  it("every module and class of v1 and v2 has the members its lines give, empty ones and the last included", () => {
    const v1 = plain(API_V1);
    for (const [api, text] of [["v1", API_V1], ["v2", API_V2]] as const) {
      const paths = plain(text);
      expect(paths.size).toBeGreaterThan(600);
      for (const [path, want] of paths) {
        const expected = want === "base" ? v1.get(path) : want;
        expect(new Map(apiMembers(api, path)!), `${api} ${path}`).toEqual(expected);
      }
    }
    expect(apiMembers("v1", "tensorflow.no_such_module")).toBeNull();
  });
});

describe("the tensorflow modules against the API", () => {
  it("dir(tf), dir(tf.nn), dir(tf.compat.v1) list TF's public names, and each of them resolves", () => {
    const r = run(`import tensorflow as tf
for m in (tf, tf.nn, tf.compat.v1, tf.train, tf.layers):
    names = [n for n in dir(m) if not n.startswith("_")]
    print(len(names), all(hasattr(m, n) for n in names))
    print(",".join(names))
`);
    const lines = r.stdout.trimEnd().split("\n");
    const expected = [["v1", "tensorflow"], ["v1", "tensorflow.nn"], ["v1", "tensorflow"], ["v1", "tensorflow.train"], ["v1", "tensorflow.layers"]] as const;
    expected.forEach(([api, path], i) => {
      const names = publicNames(api, path);
      expect(lines[2 * i]).toBe(`${names.length} True`);
      expect(lines[2 * i + 1]).toBe(names.join(","));
    });
  });

  it("a name TF lacks is TF's AttributeError, with the module name TF 1.15 gives (api_template_v1)", () => {
    const r = run(`import tensorflow as tf
print(hasattr(tf, "no_such"), hasattr(tf.nn, "no_such"), hasattr(tf, "Template"), hasattr(tf, "get_name_scope"))
for f in (lambda: tf.no_such, lambda: tf.nn.no_such, lambda: tf.compat.v1.no_such, lambda: tf.train.no_such):
    try:
        f()
    except AttributeError as e:
        print(e)
`);
    expect(r.stdout).toBe(`False False False False
module 'tensorflow' has no attribute 'no_such'
module 'tensorflow_core._api.v1.nn' has no attribute 'no_such'
module 'tensorflow_core._api.v1.compat.v1' has no attribute 'no_such'
module 'tensorflow_core._api.v1.train' has no attribute 'no_such'
`);
  });

  it("a name TF has but tfscope does not model binds its arguments as TF's function, then says unsupported", () => {
    const r = run(`import tensorflow as tf
print(tf.train.ProximalAdagradOptimizer, tf.nn.max_pool.__name__)
for f in (lambda: tf.nn.max_pool(1, 2, 3), lambda: tf.nn.max_pool(1, 2, 3, "SAME", bad=1),
          lambda: tf.train.ProximalAdagradOptimizer(0.1, 0.1, 0.0, 0.0, False, "PA", 7)):
    try:
        f()
    except TypeError as e:
        print(e)
tf.train.ProximalAdagradOptimizer(0.1)
`);
    expect(r.stdout).toBe(`<class 'tensorflow.python.training.proximal_adagrad.ProximalAdagradOptimizer'> max_pool
max_pool() missing 1 required positional argument: 'padding'
max_pool() got an unexpected keyword argument 'bad'
ProximalAdagradOptimizer() takes from 1 to 6 positional arguments but 7 were given
`);
    expect(r.last).toBe("tfscope.TfscopeUnsupported: unsupported by tfscope: tf.train.ProximalAdagradOptimizer");
  });

  it("a class TF has can be subclassed; making an instance says unsupported", () => {
    const r = run(`import tensorflow as tf
class Hook(tf.train.SessionRunHook):
    def __init__(self):
        super(Hook, self).__init__()
Hook()
`);
    expect(r.last).toBe("tfscope.TfscopeUnsupported: unsupported by tfscope: tf.train.SessionRunHook (subclassed by Hook)");
  });

  it("a class whose golden gives no __init__ argspec (a namedtuple's) takes any arguments, then says unsupported", () => {
    // tensorflow.train.-session-run-args.pbtxt lists `member_method { name: "__init__" }` without an argspec;
    // session_run_hook.py's SessionRunArgs is namedtuple(fetches, feed_dict, options).
    expect(run("import tensorflow as tf\ntf.train.SessionRunArgs(fetches=1, feed_dict=None)\n").last).toBe("tfscope.TfscopeUnsupported: unsupported by tfscope: tf.train.SessionRunArgs");
  });

  it("a constant TF has but tfscope lacks exists, and says unsupported when used", () => {
    expect(run("import tensorflow as tf\nq = tf.QUANTIZED_DTYPES\nprint(q)\n").last).toBe(
      "tfscope.TfscopeUnsupported: unsupported by tfscope: tf.QUANTIZED_DTYPES");
  });

  it("a class TF has keeps its enum members and nested names: they exist, and say unsupported when used", () => {
    // golden v1/tensorflow.autograph.experimental.-feature.pbtxt lists LISTS among Feature's members.
    const r = run(`import tensorflow as tf
F = tf.autograph.experimental.Feature
print(hasattr(F, "LISTS"), hasattr(F, "NOT_A_MEMBER"), hasattr(tf.distribute.experimental.CollectiveCommunication, "NCCL"))
print(F.LISTS)
`);
    expect(r.stdout).toBe("True False True\n");
    expect(r.last).toBe("tfscope.TfscopeUnsupported: unsupported by tfscope: tf.autograph.experimental.Feature.LISTS");
  });

  it("a module whose members the goldens do not record (tf.keras.applications) is a gap, not an AttributeError", () => {
    // golden v1/tensorflow.keras.pbtxt lists the module `applications`, and no golden lists its members.
    expect(run("import tensorflow as tf\nm = tf.keras.applications.inception_v3\n").last).toBe(
      "tfscope.TfscopeUnsupported: unsupported by tfscope: tf.keras.applications.inception_v3");
  });

  it("under TF 2, tf.* is TF 2's API and tf.compat.v1.* TF 1's", () => {
    const r = run(`import tensorflow as tf
print(hasattr(tf, "variable_scope"), hasattr(tf, "layers"), hasattr(tf.compat.v1, "variable_scope"))
print(hasattr(tf.compat.v1.train, "AdamOptimizer"), hasattr(tf.train, "AdamOptimizer"), hasattr(tf.compat.v2, "function"))
print(len([n for n in dir(tf) if not n.startswith("_")]))
try:
    tf.train.AdamOptimizer
except AttributeError as e:
    print(e)
`, "2");
    expect(r.stdout).toBe(`False False True
True False True
${publicNames("v2", "tensorflow").length}
module 'tensorflow._api.v2.train' has no attribute 'AdamOptimizer'
`);
  });
});

describe("TF's internal modules", () => {
  it("import as TF 1.15's tree has them (modules.ts); what tfscope lacks says unsupported when used", () => {
    const r = run(`from tensorflow.python.ops import nn_ops, gen_array_ops, random_ops
from tensorflow.python.framework import errors_impl
from tensorflow.core.framework import types_pb2
import tensorflow.python.platform.tf_logging
print(nn_ops.__name__, gen_array_ops.__name__, types_pb2.__name__)
try:
    import tensorflow.python.ops.no_such_ops
except ImportError as e:
    print(type(e).__name__, e)
nn_ops.fractional_max_pool(1)
`);
    expect(r.stdout).toBe(`tensorflow.python.ops.nn_ops tensorflow.python.ops.gen_array_ops tensorflow.core.framework.types_pb2
ModuleNotFoundError No module named 'tensorflow.python.ops.no_such_ops'
`);
    expect(r.last).toBe("tfscope.TfscopeUnsupported: unsupported by tfscope: tensorflow.python.ops.nn_ops.fractional_max_pool");
  });
});

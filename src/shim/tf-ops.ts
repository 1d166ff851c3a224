/**
 * TF's op functions (`tf.constant`, `tf.add`, `tf.nn.relu`, initializers, variable helpers...) as
 * native functions with TF 1.15's Python signatures.
 */
import { type ModuleBuilder, type PyValue, asList, isDict, isList, isNone, isStr, isTuple } from "../python/index.js";
import * as tf from "../tf/index.js";
import * as ops from "../tf/ops/index.js";
import { select } from "../tf/gradients/grad-ops.js";
import { fusedBatchNormV3 } from "../tf/ops/fused-batch-norm.js";
import type { Adapters } from "./adapters.js";
import type { NativeKit } from "./native.js";

type Args = (PyValue | undefined)[];

export function installOpFunctions(k: NativeKit, m: ModuleBuilder, ad: Adapters): void {
  const { host, bridge } = k;
  const def = (name: string, names: string[], required: number, impl: (a: Args) => unknown, pyName = name) =>
    m.fn(name, k.bound(pyName, { names, required }, impl));
  // An argument left out is its signature default, None.
  const x = (v: PyValue | undefined): ops.OpInput => bridge.describe(v === undefined ? k.none() : v);
  const name = (v: PyValue | undefined, dflt: string | null = null) => k.name(v, dflt);
  const dtype = (v: PyValue | undefined, dflt: tf.DType) => bridge.dtypeArg(v) ?? dflt;
  // tensor_util.make_tensor_proto: `shape = [int(dim) for dim in shape]` (so 2.5 is 2, "3" is 3, and
  // int()'s own errors); a string shape meets numpy first, which tfscope does not model.
  const builtinInt = host.getAttr(host.importModule("builtins"), "int");
  const dims = (v: PyValue | undefined): number[] | null => {
    if (v === undefined || isNone(v)) return null;
    if (isStr(v)) throw new tf.Unsupported("tf.constant(shape=...)");
    return asList(v).map((e) => Number(host.call(builtinInt, [e])));
  };
  const seed = (v: PyValue | undefined) => (v === undefined || isNone(v) ? null : k.intArg("a random op", "seed", v));
  const axisArg = (v: PyValue | undefined) => (v === undefined || isNone(v) ? null : x(v));

  def("constant", ["value", "dtype", "shape", "name", "verify_shape"], 1, (a) =>
    ops.constant(bridge.describe(a[0]!), bridge.dtypeArg(a[1]), dims(a[2]), name(a[3], "Const"), k.bool(a[4], false)));
  def("placeholder", ["dtype", "shape", "name"], 1, (a) => {
    const s = bridge.shapeArg(a[1]);
    return ops.placeholder(bridge.dtypeRequired(a[0]), s === undefined ? null : tf.asShape(s), name(a[2]));
  });
  def("placeholder_with_default", ["input", "shape", "name"], 2, (a) =>
    ops.placeholderWithDefault(x(a[0]), tf.asShape(bridge.shapeArg(a[1]) ?? null), name(a[2])));
  def("identity", ["input", "name"], 1, (a) => ops.identity(x(a[0]), name(a[1])));

  const binary: [string, (p: ops.OpInput, q: ops.OpInput, n: string | null) => tf.Tensor][] = [
    ["add", ops.add], ["subtract", ops.subtract], ["multiply", ops.multiply], ["divide", ops.divide],
    ["truediv", ops.truediv], ["div", ops.div], ["floordiv", ops.floordiv], ["realdiv", ops.realdiv],
    ["maximum", ops.maximum], ["minimum", ops.minimum], ["pow", ops.pow], ["equal", ops.equal],
    ["not_equal", ops.notEqual], ["less", ops.less], ["less_equal", ops.lessEqual], ["greater", ops.greater],
    ["greater_equal", ops.greaterEqual], ["logical_and", ops.logicalAnd], ["logical_or", ops.logicalOr],
    ["floormod", ops.floormod],
  ];
  for (const [n, f] of binary) def(n, ["x", "y", "name"], 2, (a) => f(x(a[0]), x(a[1]), name(a[2])));

  const unary: [string, (p: ops.OpInput, n: string | null) => tf.Tensor][] = [
    ["negative", ops.negative], ["square", ops.square], ["sqrt", ops.sqrt], ["exp", ops.exp], ["log", ops.log],
    ["tanh", ops.tanh], ["sigmoid", ops.sigmoid], ["abs", ops.abs], ["sign", ops.sign], ["logical_not", ops.logicalNot], ["relu", ops.relu],
    ["relu6", ops.relu6], ["sin", ops.sin], ["cos", ops.cos], ["tan", ops.tan], ["elu", ops.elu], ["softplus", ops.softplus],
    ["softsign", ops.softsign], ["floor", ops.floor], ["ceil", ops.ceil], ["rint", ops.rint], ["round", ops.round],
    ["rsqrt", ops.rsqrt], ["reciprocal", ops.reciprocal],
  ];
  def("l2_loss", ["t", "name"], 1, (a) => ops.l2Loss(x(a[0]), name(a[1])));
  def("diag", ["diagonal", "name"], 1, (a) => ops.diag(x(a[0]), name(a[1])));
  def("cross", ["a", "b", "name"], 2, (a) => ops.cross(x(a[0]), x(a[1]), name(a[2])));
  for (const [n, f] of unary) def(n, ["x", "name"], 1, (a) => f(x(a[0]), name(a[1])));

  def("cast", ["x", "dtype", "name"], 2, (a) => ops.cast(x(a[0]), bridge.dtypeRequired(a[1]), name(a[2])));
  def("matmul", ["a", "b", "transpose_a", "transpose_b", "adjoint_a", "adjoint_b", "a_is_sparse", "b_is_sparse", "name"], 2, (a) =>
    ops.matmul(x(a[0]), x(a[1]), {
      transposeA: k.bool(a[2], false),
      transposeB: k.bool(a[3], false),
      adjointA: k.bool(a[4], false),
      adjointB: k.bool(a[5], false),
      name: name(a[8]),
    }));

  const reductions: [string, (v: ops.OpInput, o: ops.ReduceOptions) => tf.Tensor][] = [
    ["reduce_sum", ops.reduceSum], ["reduce_mean", ops.reduceMean], ["reduce_max", ops.reduceMax],
    ["reduce_min", ops.reduceMin], ["reduce_prod", ops.reduceProd], ["reduce_all", ops.reduceAll], ["reduce_any", ops.reduceAny],
  ];
  for (const [n, f] of reductions) {
    def(n, ["input_tensor", "axis", "keepdims", "name", "reduction_indices", "keep_dims"], 1, (a) =>
      f(x(a[0]), {
        axis: axisArg(a[1] !== undefined && !isNone(a[1]) ? a[1] : a[4]),
        keepdims: a[2] !== undefined && !isNone(a[2]) ? host.truthy(a[2]) : a[5] !== undefined && !isNone(a[5]) ? host.truthy(a[5]) : false,
        name: name(a[3]),
      }));
  }

  def("zeros", ["shape", "dtype", "name"], 1, (a) => ops.zeros(x(a[0]), dtype(a[1], tf.float32), name(a[2])));
  def("ones", ["shape", "dtype", "name"], 1, (a) => ops.ones(x(a[0]), dtype(a[1], tf.float32), name(a[2])));
  def("zeros_like", ["tensor", "dtype", "name", "optimize"], 1, (a) => ops.zerosLike(x(a[0]), bridge.dtypeArg(a[1]), name(a[2]), k.bool(a[3], true)));
  def("ones_like", ["tensor", "dtype", "name", "optimize"], 1, (a) => ops.onesLike(x(a[0]), bridge.dtypeArg(a[1]), name(a[2]), k.bool(a[3], true)));
  def("fill", ["dims", "value", "name"], 2, (a) => ops.fill(x(a[0]), x(a[1]), name(a[2])));
  def("reshape", ["tensor", "shape", "name"], 2, (a) => ops.reshape(x(a[0]), x(a[1]), name(a[2])));
  def("tile", ["input", "multiples", "name"], 2, (a) => ops.tile(x(a[0]), x(a[1]), name(a[2])));
  def("reverse_v2", ["tensor", "axis", "name"], 2, (a) => ops.reverseV2(x(a[0]), x(a[1]), name(a[2])));
  def("concat", ["values", "axis", "name"], 2, (a) => ops.concat(asList(a[0]!).map((v) => x(v)), x(a[1]), name(a[2], "concat")!));
  def("stack", ["values", "axis", "name"], 1, (a) => {
    // array_ops.stack converts the whole list first, then looks at values[0]: only a non-empty list or
    // tuple is modelled.
    const values = isList(a[0]!) || isTuple(a[0]!) ? asList(a[0]!) : [];
    if (values.length === 0) throw new tf.Unsupported("tf.stack(values=...)");
    return ops.stack(values.map((v) => x(v)), a[1] === undefined ? 0 : k.intArg("tf.stack", "axis", a[1]), name(a[2], "stack")!);
  });
  def("transpose", ["a", "perm", "name", "conjugate"], 1, (a) => ops.transpose(x(a[0]), axisArg(a[1]), name(a[2], "transpose")!));
  def("expand_dims", ["input", "axis", "name", "dim"], 1, (a) => ops.expandDims(x(a[0]), axisArg(a[1] ?? a[3]), name(a[2])));
  def("squeeze", ["input", "axis", "name", "squeeze_dims"], 1, (a) => {
    const ax = a[1] ?? a[3];
    const axis = ax === undefined || isNone(ax) ? null : typeof ax === "number" ? ax : asList(ax).map(Number);
    return ops.squeeze(x(a[0]), axis, name(a[2]));
  });
  // state_ops.is_variable_initialized: IsVariableInitialized on a ref, the variable's is_initialized() on a handle.
  def("is_variable_initialized", ["variable"], 1, (a) => {
    const e = bridge.engineOf(a[0]!);
    return e instanceof tf.Variable ? e.isInitialized() : ops.isVariableInitialized(x(a[0]));
  });
  def("split_v", ["value", "size_splits", "axis", "num_split", "name"], 4, (a) =>
    [...ops.splitV(x(a[0]), x(a[1]), x(a[2]), k.intArg("split_v", "num_split", a[3]!), name(a[4], "split")!)]);
  // math_ops.py reduce_logsumexp_v1: axis or reduction_indices, keepdims or keep_dims.
  def("reduce_logsumexp", ["input_tensor", "axis", "keepdims", "name", "reduction_indices", "keep_dims"], 1, (a) => {
    const given = (i: number) => a[i] !== undefined && !isNone(a[i]!);
    if (given(1) && given(4)) throw new tf.TFError("ValueError", "Cannot specify both 'reduction_indices' and 'axis'");
    if (given(2) && given(5)) throw new tf.TFError("ValueError", "Cannot specify both 'keep_dims' and 'keepdims'");
    const axis = axisArg(given(1) ? a[1] : a[4]);
    const keep = given(2) ? host.truthy(a[2]!) : given(5) ? host.truthy(a[5]!) : false;
    return ops.reduceLogSumExp(x(a[0]), axis ?? null, keep, name(a[3]));
  });
  def("split_num", ["axis", "num_split", "value", "name"], 4, (a) =>
    [...ops.split(x(a[0]), x(a[2]), k.intArg("split", "num_split", a[1]!), name(a[3], "split")!)]);
  def("unpack", ["value", "num", "axis", "name"], 4, (a) =>
    [...ops.unpack(x(a[0]), k.intArg("unstack", "num", a[1]!), k.intArg("unstack", "axis", a[2]!), name(a[3], "unstack")!)]);
  def("where_index", ["input", "name"], 1, (a) => ops.whereIndices(x(a[0]), name(a[1])));
  def("shape", ["input", "name", "out_type"], 1, (a) => ops.shape(x(a[0]), name(a[1]), dtype(a[2], tf.int32)));
  def("size", ["input", "name", "out_type"], 1, (a) => ops.size(x(a[0]), name(a[1]), dtype(a[2], tf.int32)));
  def("rank", ["input", "name"], 1, (a) => ops.rank(x(a[0]), name(a[1])));
  // array_ops.rank_internal: optimize=False always builds the Rank op (no folding of a known rank).
  def("rank_internal", ["input", "name", "optimize"], 1, (a) => ops.rank(x(a[0]), name(a[1]), k.bool(a[2], true)));
  def("range", ["start", "limit", "delta", "dtype", "name"], 1, (a) =>
    ops.range(x(a[0]), a[1] === undefined || isNone(a[1]) ? null : x(a[1]), a[2] === undefined ? ops.pyInt(1) : x(a[2]), bridge.dtypeArg(a[3]), name(a[4], "range")!));
  def("gather", ["params", "indices", "validate_indices", "name", "axis", "batch_dims"], 2, (a) =>
    ops.gather(x(a[0]), x(a[1]), a[4] === undefined || isNone(a[4]) ? null : k.intArg("tf.gather", "axis", a[4]), name(a[3])));

  const randomOpts = (a: Args, dIdx: number, sIdx: number, nIdx: number): ops.RandomOptions => ({
    dtype: dtype(a[dIdx], tf.float32), seed: seed(a[sIdx]), name: name(a[nIdx]),
  });
  def("random_normal", ["shape", "mean", "stddev", "dtype", "seed", "name"], 1, (a) =>
    ops.randomNormal(x(a[0]), a[1] === undefined ? ops.pyFloat(0) : x(a[1]), a[2] === undefined ? ops.pyFloat(1) : x(a[2]), randomOpts(a, 3, 4, 5)));
  def("truncated_normal", ["shape", "mean", "stddev", "dtype", "seed", "name"], 1, (a) =>
    ops.truncatedNormal(x(a[0]), a[1] === undefined ? ops.pyFloat(0) : x(a[1]), a[2] === undefined ? ops.pyFloat(1) : x(a[2]), randomOpts(a, 3, 4, 5)));
  def("random_uniform", ["shape", "minval", "maxval", "dtype", "seed", "name"], 1, (a) =>
    ops.randomUniform(x(a[0]), a[1] === undefined ? ops.pyInt(0) : x(a[1]), a[2] === undefined || isNone(a[2]) ? null : x(a[2]), randomOpts(a, 3, 4, 5)));
  def("set_random_seed", ["seed"], 1, (a) => {
    ops.setRandomSeed(seed(a[0]));
    return null;
  });

  // tf.nn
  def("softmax", ["logits", "axis", "name", "dim"], 1, (a) => {
    const ax = a[1] ?? a[3];
    return ops.softmax(x(a[0]), ax === undefined || isNone(ax) ? null : Number(ax), name(a[2]));
  });
  def("log_softmax", ["logits", "axis", "name", "dim"], 1, (a) => {
    const ax = a[1] ?? a[3];
    return ops.logSoftmax(x(a[0]), ax === undefined || isNone(ax) ? null : Number(ax), name(a[2]));
  });
  // Ints or lists of ints (strides, dilations); other kinds are refused by name.
  const intOrInts = (fname: string, arg: string, v: PyValue): number | number[] =>
    isList(v) || isTuple(v) ? asList(v).map((e) => k.intArg(fname, arg, e)) : k.intArg(fname, arg, v);
  // `nn_conv2d`: `_tf.conv2d` is tf.layers.conv2d's (tf-layers.ts), which used to replace this one.
  // TF 1.15's signature: only `input` is required; `filters` is the new name of `filter`
  // (nn_ops.py 1993: deprecation.deprecated_argument_lookup("filters", filters, "filter", filter)).
  def("nn_conv2d", ["input", "filter", "strides", "padding", "use_cudnn_on_gpu", "data_format", "dilations", "name", "filters"], 1, (a) => {
    const given = (v: PyValue | undefined) => v !== undefined && !isNone(v);
    if (given(a[1]) && given(a[8])) throw new tf.TFError("ValueError", "Cannot specify both 'filter' and 'filters'");
    if (!given(a[2])) throw new tf.Unsupported("tf.nn.conv2d(strides=None)");
    if (!isStr(a[3] ?? k.none())) throw new tf.Unsupported("tf.nn.conv2d(padding=...)");
    return ops.conv2d(x(a[0]), x(given(a[1]) ? a[1] : a[8]), {
      strides: intOrInts("tf.nn.conv2d", "strides", a[2] ?? k.none()),
      padding: a[3] as string,
      dataFormat: k.str(a[5]),
      dilations: a[6] === undefined || isNone(a[6]) ? undefined : intOrInts("tf.nn.conv2d", "dilations", a[6]),
      name: name(a[7]),
    });
  }, "conv2d");
  // A float attr from a Python int or float (op_def_library `_MakeFloat`); other kinds are refused by name.
  const realArg = (fname: string, arg: string, v: PyValue | undefined, dflt: number): number => {
    if (v === undefined) return dflt;
    const dv = bridge.describe(v);
    if (dv.kind === "float" || dv.kind === "int") return Number(dv.value);
    throw new tf.Unsupported(`${fname}(${arg}=...)`);
  };
  // gen_nn_ops.fused_batch_norm_v3 (nn_impl.py fused_batch_norm does the argument handling in Python).
  def("fused_batch_norm_v3", ["x", "scale", "offset", "mean", "variance", "epsilon", "data_format", "is_training", "name"], 8, (a) =>
    fusedBatchNormV3(x(a[0]), x(a[1]), x(a[2]), x(a[3]), x(a[4]), {
      epsilon: realArg("tf.nn.fused_batch_norm", "epsilon", a[5], 0.0001),
      dataFormat: k.str(a[6], "NHWC")!, isTraining: host.truthy(a[7]!),
    }, name(a[8])));
  // Pooling (nn_ops.py): the value/input lookup runs in Python (tensorflow/nn/__init__.py).
  const poolArgs = (fname: string, a: Args) => {
    if (!isStr(a[3] ?? k.none())) throw new tf.Unsupported(`${fname}(padding=...) other than a string`);
    return [intOrInts(fname, "ksize", a[1]!), intOrInts(fname, "strides", a[2]!), a[3] as string, k.str(a[4]), name(a[5])] as const;
  };
  def("nn_max_pool", ["value", "ksize", "strides", "padding", "data_format", "name"], 4, (a) =>
    ops.maxPool(x(a[0]), ...poolArgs("tf.nn.max_pool", a)), "max_pool");
  def("nn_max_pool2d", ["input", "ksize", "strides", "padding", "data_format", "name"], 4, (a) =>
    ops.maxPool2d(x(a[0]), ...poolArgs("tf.nn.max_pool2d", a)), "max_pool2d");
  def("nn_avg_pool", ["value", "ksize", "strides", "padding", "data_format", "name"], 4, (a) =>
    ops.avgPool(x(a[0]), ...poolArgs("tf.nn.avg_pool", a)), "avg_pool");
  def("leaky_relu", ["features", "alpha", "name"], 1, (a) =>
    ops.leakyRelu(x(a[0]), realArg("tf.nn.leaky_relu", "alpha", a[1], 0.2), name(a[2])));
  def("bias_add", ["value", "bias", "data_format", "name"], 2, (a) => ops.biasAdd(x(a[0]), x(a[1]), k.str(a[2]), name(a[3])));
  // tf.nn.dropout's keep_prob/rate lookup runs in Python (tensorflow/nn/__init__.py); this is dropout_v2.
  def("nn_dropout", ["x", "rate", "noise_shape", "seed", "name"], 2, (a) =>
    ops.dropout(x(a[0]), x(a[1]), { noiseShape: a[2] === undefined || isNone(a[2]) ? null : x(a[2]), seed: seed(a[3]), name: name(a[4]) }), "dropout");

  // state ops
  const assignLike = (f: typeof ops.assign) => (a: Args) => f(x(a[0]), x(a[1]), { validateShape: k.optBool(a[2]), useLocking: k.optBool(a[3]), name: name(a[4]) });
  def("assign", ["ref", "value", "validate_shape", "use_locking", "name"], 2, assignLike(ops.assign));
  def("assign_add", ["ref", "value", "use_locking", "name"], 2, (a) => ops.assignAdd(x(a[0]), x(a[1]), { useLocking: k.optBool(a[2]), name: name(a[3]) }));
  def("assign_sub", ["ref", "value", "use_locking", "name"], 2, (a) => ops.assignSub(x(a[0]), x(a[1]), { useLocking: k.optBool(a[2]), name: name(a[3]) }));

  // control and initialization
  def("no_op", ["name"], 0, (a) => ops.noOp(name(a[0])));
  m.fn("group", k.guard((args, kw) => {
    const n = kw.get("name");
    for (const key of kw.keys()) {
      if (key !== "name") return host.raise("TypeError", `Unknown keyword arguments: dict_keys(['${key}'])`);
    }
    // control_flow_ops.group: nest.flatten(inputs), then every item must be a graph element.
    const groupArg = (v: PyValue): unknown => {
      const e = bridge.engineOf(v);
      if (e instanceof tf.Tensor || e instanceof tf.Operation || e instanceof tf.Variable) return e;
      if (e === undefined && (isList(v) || isTuple(v))) return asList(v).map(groupArg);
      if (e === undefined && isDict(v)) throw new tf.Unsupported("tf.group of a dict");
      return bridge.describe(v);
    };
    return bridge.toPy(ops.group(args.map(groupArg), name(n)));
  }));
  def("global_variables_initializer", [], 0, () => ops.globalVariablesInitializer());
  def("initialize_all_variables", [], 0, () => ops.globalVariablesInitializer());
  def("local_variables_initializer", [], 0, () => ops.localVariablesInitializer());
  // variables.py variables_initializer: `group(*[v.initializer for v in var_list])` when var_list is
  // truthy, so any iterable of variables; an item without `.initializer` is Python's AttributeError.
  const initializables = (v: PyValue): ops.Initializable[] => {
    if (!host.truthy(v)) return [];
    return asList(v).map((item) => {
      const e = bridge.engineOf(item);
      if (e instanceof tf.Variable || e instanceof tf.EagerVariable) return e as unknown as ops.Initializable;
      if (bridge.engineOf(item) === undefined && !host.truthy(host.call(host.getAttr(host.importModule("builtins"), "hasattr"), [item, "initializer"])))
        return host.raise("AttributeError", `'${bridge.typeName(item)}' object has no attribute 'initializer'`);
      throw new tf.Unsupported("tf.variables_initializer(var_list=...) of objects other than variables");
    });
  };
  def("variables_initializer", ["var_list", "name"], 1, (a) => ops.variablesInitializer(initializables(a[0]!), name(a[1], "init")!));
  def("initialize_variables", ["var_list", "name"], 1, (a) => ops.variablesInitializer(initializables(a[0]!), name(a[1], "init")!));

  const collectionFn = (key: string) => (a: Args) => tf.getDefaultGraph().getCollection(key, k.str(a[0]));
  def("global_variables", ["scope"], 0, collectionFn("variables"));
  def("all_variables", [], 0, collectionFn("variables"));
  def("trainable_variables", ["scope"], 0, collectionFn("trainable_variables"));
  def("local_variables", ["scope"], 0, collectionFn("local_variables"));
  def("model_variables", ["scope"], 0, collectionFn("model_variables"));
  def("moving_average_variables", ["scope"], 0, collectionFn("moving_average_variables"));

  // initializer objects (the Python classes in _tfcore call these)
  m.fn("make_initializer", k.guard((a) => host.opaque(makeInitializer(k, host.str(a[0]!), asList(a[1]!).map((s) => host.str(s)), asList(a[2]!), a[3]!))));
  m.fn("initializer_call", k.guard((a) => {
    const init = host.unwrap<ops.Initializer>(a[0]!);
    // A shape: a TensorShape (fully known; a partial one meets each initializer's own conversion,
    // which tfscope does not model) or a sequence of ints.
    const ts = bridge.engineOf(a[1]!);
    if (ts instanceof tf.TensorShape && !ts.isFullyDefined()) throw new tf.Unsupported("an initializer called with a partially known TensorShape");
    const shape = ts instanceof tf.TensorShape ? (ts.asList() as number[])
      : asList(a[1]!).map((v) => {
        const d = bridge.engineOf(v);
        return d instanceof tf.Dimension && d.value !== null ? d.value : k.intArg("an initializer", "shape", v);
      });
    return bridge.toPy(init(shape, bridge.dtypeArg(a[2]) ?? undefined, null));
  }));
  m.fn("initializer_config", k.guard((a) => {
    const cfg = host.unwrap<ops.Initializer>(a[0]!).getConfig();
    const out: [PyValue, PyValue][] = Object.entries(cfg).map(([key, v]) => [key, bridge.toPy(v)]);
    return k.host.call(k.host.getAttr(k.host.importModule("builtins"), "dict"), [k.host.call(k.host.getAttr(k.host.importModule("builtins"), "list"), [bridge.tuple(out.map((p) => bridge.tuple(p)))])]);
  }));
  // The math ops tf.losses builds (ops/loss-math.ts); `select` is gen_math_ops.select, which the
  // losses call directly (tf.where's three-argument form is _tfmask.py's).
  def("squared_difference", ["x", "y", "name"], 2, (a) => ops.squaredDifference(x(a[0]), x(a[1]), name(a[2])));
  def("div_no_nan", ["x", "y", "name"], 2, (a) => ops.divNoNan(x(a[0]), x(a[1]), name(a[2])));
  def("log1p", ["x", "name"], 1, (a) => ops.log1p(x(a[0]), name(a[1])));
  def("stop_gradient", ["input", "name"], 1, (a) => ops.stopGradient(x(a[0]), name(a[1])));
  // array_ops.pad (CONSTANT mode); `zero` is the Python side's `not is_tensor(cv) and cv == 0`.
  def("pad", ["tensor", "paddings", "mode", "name", "constant_values", "zero"], 6, (a) =>
    ops.pad(x(a[0]), x(a[1]), k.str(a[2]) ?? "CONSTANT", name(a[3]), x(a[4]), host.truthy(a[5]!)));
  def("select", ["condition", "x", "y", "name"], 3, (a) => select(x(a[0]), x(a[1]), x(a[2]), name(a[3])));
  // The fused cross-entropy ops (ops/nn-xent.ts) under their gen_nn_ops names; _tfxent.py wraps them.
  def("softmax_xent", ["features", "labels", "name"], 2, (a) => bridge.tuple(ops.softmaxXentOp(x(a[0]), x(a[1]), name(a[2])).map((t) => bridge.toPy(t))));
  def("sparse_softmax_xent", ["features", "labels", "name"], 2, (a) =>
    bridge.tuple(ops.sparseSoftmaxXentOp(x(a[0]), x(a[1]), name(a[2])).map((t) => bridge.toPy(t))));
  void ad;
}

/** An init_ops.py initializer from its class kind and the Python constructor arguments. */
function makeInitializer(k: NativeKit, kind: string, params: string[], args: PyValue[], kwargs: PyValue): ops.Initializer {
  const kw = new Map<string, PyValue>();
  for (const item of asList(k.host.call(k.host.getAttr(kwargs, "items"), []))) {
    const [key, v] = asList(item);
    kw.set(k.host.str(key!), v!);
  }
  const a = k.host.parseArgs(kind, args, kw, params, 0);
  const get = (p: string) => {
    const i = params.indexOf(p);
    const v = i < 0 ? undefined : a[i];
    return v === undefined || isNone(v) ? undefined : v;
  };
  const b = k.bridge;
  const dt = (dflt: tf.DType) => b.dtypeArg(get("dtype")) ?? dflt;
  const num = (p: string, dflt: ops.PyValue) => {
    const v = get(p);
    return v === undefined ? dflt : b.describe(v);
  };
  const seedOf = () => {
    const v = get("seed");
    return v === undefined ? null : Number(v);
  };
  const value = get("value");
  if (kind === "constant" && value !== undefined && b.engineOf(value) !== undefined) {
    // init_ops.py Constant: a Tensor, Variable or other TF object is no scalar, list, tuple or
    // ndarray; TF's TypeError shows its class as `type(value)` prints it.
    const type = k.host.call(k.host.getAttr(k.host.importModule("builtins"), "type"), [value]);
    throw ops.invalidConstantValue(k.host.repr(type));
  }
  switch (kind) {
    case "zeros": return ops.zerosInitializer(dt(tf.float32));
    case "ones": return ops.onesInitializer(dt(tf.float32));
    case "constant": return ops.constantInitializer(num("value", ops.pyInt(0)), dt(tf.float32), get("verify_shape") !== undefined && k.host.truthy(get("verify_shape")!));
    case "random_uniform": return ops.randomUniformInitializer(num("minval", ops.pyInt(0)), get("maxval") === undefined ? null : num("maxval", ops.pyNone), seedOf(), dt(tf.float32));
    case "random_normal": return ops.randomNormalInitializer(num("mean", ops.pyFloat(0)), num("stddev", ops.pyFloat(1)), seedOf(), dt(tf.float32));
    case "truncated_normal": return ops.truncatedNormalInitializer(num("mean", ops.pyFloat(0)), num("stddev", ops.pyFloat(1)), seedOf(), dt(tf.float32));
    case "glorot_uniform": return ops.glorotUniformInitializer(seedOf());
    case "glorot_normal": return ops.glorotNormalInitializer(seedOf());
  }
  throw new tf.Unsupported(`the ${kind} initializer`);
}

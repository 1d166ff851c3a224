/**
 * Natives behind `tf.gradients`, `tf.add_n`, `tf.argmax`/`tf.argmin`, `tf.nn.xw_plus_b` and `tf.train`'s optimizers (`_tftrain.py` holds the
 * Python classes; the engine's Optimizer objects cross as opaque handles).
 */
import { type ModuleBuilder, type PyValue, asList, isList, isNone, isStr, isTuple } from "../python/index.js";
import * as tf from "../tf/index.js";
import type * as ops from "../tf/ops/index.js";
import { addN } from "../tf/gradients/add-n.js";
import { gradients } from "../tf/gradients/gradients.js";
import { argReduce } from "../tf/ops/arg-reduce.js";
import { xwPlusB } from "../tf/ops/xw-plus-b.js";
import { GradientDescentOptimizer } from "../tf/train/gradient-descent.js";
import { MomentumOptimizer } from "../tf/train/momentum.js";
import { AdamOptimizer } from "../tf/train/adam.js";
import { AdagradOptimizer } from "../tf/train/adagrad.js";
import { RMSPropOptimizer } from "../tf/train/rmsprop.js";
import { AdadeltaOptimizer } from "../tf/train/adadelta.js";
import { ProximalGradientDescentOptimizer } from "../tf/train/proximal-gradient-descent.js";
import type { Optimizer } from "../tf/train/optimizer.js";
import { buildSaver } from "../tf/train/saver.js";
import type { NativeKit } from "./native.js";

type Args = (PyValue | undefined)[];

export function installTrainFunctions(k: NativeKit, m: ModuleBuilder): void {
  const { host, bridge } = k;
  const def = (name: string, names: string[], required: number, impl: (a: Args) => unknown) =>
    m.fn(name, k.bound(name, { names, required }, impl));
  const x = (v: PyValue | undefined): ops.OpInput => bridge.describe(v!);
  const isSeq = (v: PyValue) => isList(v) || isTuple(v);
  const absent = (v: PyValue | undefined) => v === undefined || isNone(v);
  // gradients_util.py `_AsList`: a list or tuple as is, anything else as a one-element list.
  const asInputs = (v: PyValue | undefined): ops.OpInput[] =>
    absent(v) ? [] : (isSeq(v!) ? asList(v!).map((e) => x(e)) : [x(v)]);
  const maybeInputs = (v: PyValue | undefined): (ops.OpInput | null)[] | null =>
    absent(v) ? null : (isSeq(v!) ? asList(v!).map((e) => (isNone(e) ? null : x(e))) : [x(v)]);
  const int = (v: PyValue | undefined): number | null => (absent(v) ? null : Number(v));
  const unconnected = (v: PyValue | undefined): "none" | "zero" => {
    const s = absent(v) ? "none" : isStr(v!) ? v : host.str(host.getAttr(v!, "value"));
    if (s !== "none" && s !== "zero") throw new tf.TFError("ValueError", `Unknown value for unconnected_gradients: ${host.repr(v!)}`);
    return s;
  };

  def("gradients", ["ys", "xs", "grad_ys", "name", "colocate_gradients_with_ops", "gate_gradients", "aggregation_method",
    "stop_gradients", "unconnected_gradients"], 2, (a) =>
    gradients(asInputs(a[0]), asInputs(a[1]), {
      gradYs: maybeInputs(a[2]),
      name: a[3] === undefined ? "gradients" : k.name(a[3]),
      colocateGradientsWithOps: k.bool(a[4], false),
      gateGradients: k.bool(a[5], false),
      aggregationMethod: int(a[6]),
      stopGradients: asInputs(a[7]),
      unconnectedGradients: unconnected(a[8]),
    }));

  def("add_n", ["inputs", "name"], 1, (a) => {
    const v = a[0]!;
    const seq = isSeq(v);
    return addN(seq ? asList(v).map((e) => x(e)) : null, k.name(a[1]));
  });

  for (const [fname, which] of [["argmax", "ArgMax"], ["argmin", "ArgMin"]] as const) {
    def(fname, ["input", "axis", "name", "dimension", "output_type"], 1, (a) =>
      argReduce(which, x(a[0]), absent(a[1]) ? null : x(a[1]), absent(a[3]) ? null : x(a[3]), bridge.dtypeArg(a[4]) ?? tf.int64, k.name(a[2])));
  }

  def("xw_plus_b", ["x", "weights", "biases", "name"], 3, (a) => xwPlusB(x(a[0]), x(a[1]), x(a[2]), k.name(a[3])));

  def("train_gradient_descent", ["learning_rate", "use_locking", "name"], 3, (a) =>
    host.opaque(new GradientDescentOptimizer(() => x(host.call(a[0]!, [])), k.bool(a[1], false), k.name(a[2]) ?? "")));

  const tensorOf = (v: PyValue): tf.Tensor => {
    const e = bridge.engineOf(v);
    if (e instanceof tf.Tensor) return e;
    throw new tf.Unsupported("a gradient that is not a Tensor (IndexedSlices or a Python value) in apply_gradients");
  };
  def("train_momentum", ["learning_rate", "momentum", "use_locking", "name", "use_nesterov"], 5, (a) =>
    host.opaque(new MomentumOptimizer(() => x(host.call(a[0]!, [])), () => x(host.call(a[1]!, [])), k.bool(a[2], false),
      k.name(a[3]) ?? "", k.bool(a[4], false))));
  def("train_adam", ["learning_rate", "beta1", "beta2", "epsilon", "use_locking", "name", "beta1_value", "beta2_value"], 8, (a) =>
    host.opaque(new AdamOptimizer({
      learningRate: () => x(host.call(a[0]!, [])), beta1: () => x(host.call(a[1]!, [])),
      beta2: () => x(host.call(a[2]!, [])), epsilon: () => x(host.call(a[3]!, [])),
      beta1Value: x(a[6]), beta2Value: x(a[7]),
    }, k.bool(a[4], false), k.name(a[5]) ?? "")));
  def("train_adagrad", ["learning_rate", "initial_accumulator_value", "use_locking", "name"], 4, (a) =>
    host.opaque(new AdagradOptimizer(() => x(host.call(a[0]!, [])), numberOf(a[1]!), host.str(a[1]!), k.bool(a[2], false), k.name(a[3]) ?? "")));
  const hyper = (v: PyValue | undefined) => () => x(host.call(v!, []));
  def("train_rmsprop", ["learning_rate", "decay", "momentum", "epsilon", "use_locking", "centered", "name"], 7, (a) =>
    host.opaque(new RMSPropOptimizer({ learningRate: hyper(a[0]), decay: hyper(a[1]), momentum: hyper(a[2]), epsilon: hyper(a[3]) },
      k.bool(a[4], false), k.bool(a[5], false), k.name(a[6]) ?? "")));
  def("train_adadelta", ["learning_rate", "rho", "epsilon", "use_locking", "name"], 5, (a) =>
    host.opaque(new AdadeltaOptimizer({ learningRate: hyper(a[0]), rho: hyper(a[1]), epsilon: hyper(a[2]) }, k.bool(a[3], false),
      k.name(a[4]) ?? "")));
  def("train_proximal_gradient_descent", ["learning_rate", "l1_regularization_strength", "l2_regularization_strength", "use_locking", "name"], 5,
    (a) => host.opaque(new ProximalGradientDescentOptimizer(x(a[0]), x(a[1]), x(a[2]), k.bool(a[3], false), k.name(a[4]) ?? "")));
  def("train_get_slot", ["opt", "var", "name"], 3, (a) => {
    const v = bridge.engineOf(a[1]!);
    return v instanceof tf.Variable ? opt(a[0]).getSlot(v, host.str(a[2]!)) : null;
  });
  def("train_get_slot_names", ["opt"], 1, (a) => opt(a[0]).getSlotNames());

  const numberOf = (v: PyValue): number => {
    const e = x(v);
    if (!("kind" in e) || (e.kind !== "float" && e.kind !== "int")) throw new tf.Unsupported("a non-number initial_accumulator_value");
    return Number(e.value);
  };
  const opt = (v: PyValue | undefined) => host.unwrap<Optimizer>(v!);
  const variable = (v: PyValue | undefined) => (absent(v) ? null : (bridge.engineOf(v!) as tf.Variable));
  def("train_compute_gradients", ["opt", "loss", "var_list", "gate_gradients", "aggregation_method",
    "colocate_gradients_with_ops", "grad_loss"], 2, (a) =>
    opt(a[0]).computeGradients(x(a[1]), {
      varList: absent(a[2]) ? null : asList(a[2]!).map((v) => bridge.engineOf(v) ?? x(v)),
      gateGradients: int(a[3]) ?? 1,
      aggregationMethod: int(a[4]),
      colocateGradientsWithOps: k.bool(a[5], false),
      gradLoss: absent(a[6]) ? null : x(a[6]),
    }).map(([g, v]) => [g, v]));
  // tf.train.Saver's graph (_tfsaver.py validates and sorts the saveables as saveable_object_util does).
  def("saver_build", ["saveables", "name", "filename", "reshape"], 4, (a) => {
    const saveables = asList(a[0]!).map((p) => {
      const [n, v] = asList(p);
      const variable = bridge.engineOf(v!);
      if (!(variable instanceof tf.Variable)) throw new tf.Unsupported("tf.train.Saver of a saveable that is not a Variable");
      return { name: host.str(n!), variable };
    });
    const g = buildSaver(saveables, k.name(a[1]), k.name(a[2]), k.bool(a[3], false));
    return [g.filenameTensor, g.saveTensor, g.restoreOp];
  });
  m.fn("logging_interactive", () => k.interactiveLogging);

  def("train_apply_gradients", ["opt", "grads_and_vars", "global_step", "name"], 2, (a) =>
    opt(a[0]).applyGradients(
      asList(a[1]!).map((p) => {
        const [g, v] = asList(p);
        return [absent(g) ? null : tensorOf(g!), bridge.engineOf(v!) ?? v] as const;
      }),
      variable(a[2]),
      k.name(a[3])));
}

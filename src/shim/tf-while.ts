/**
 * The native half of `tf.while_loop` (py/_tfwhile.py does the argument checks, the name scope, the
 * maximum_iterations wrapping and the nest structures): `_tf.while_build` makes the WhileContext and
 * builds the loop over flat loop variables, calling back into Python for the predicate and the body.
 */
import { type ModuleBuilder, type PyValue, asList, isNone } from "../python/index.js";
import * as tf from "../tf/index.js";
import { getDefaultGraph } from "../tf/context.js";
import { WhileContext } from "../tf/while-context.js";
import { Adapters } from "./adapters.js";
import type { NativeKit } from "./native.js";

export function installWhileFunctions(k: NativeKit, m: ModuleBuilder): void {
  const { host, bridge } = k;
  const ad = new Adapters(host, bridge);
  const tensor = (v: PyValue): tf.Tensor => bridge.expect(v, [tf.Tensor], "tf.while_loop");
  // while_build(flat_vars, cond, body, parallel_iterations, back_prop, swap_memory, flat_shapes, maximum_iterations)
  m.fn("while_build", k.bound("while_build", {
    names: ["loop_vars", "cond", "body", "parallel_iterations", "back_prop", "swap_memory", "shape_invariants", "maximum_iterations"],
    required: 8,
  }, (a) => {
    const vars = asList(a[0]!).map(tensor);
    const shapes = asList(a[6]!).map((s) => new tf.TensorShape(bridge.shapeArg(s) ?? null));
    const maxIter = a[7] === undefined || isNone(a[7]) ? null : tensor(a[7]);
    const ctx = new WhileContext(getDefaultGraph(), {
      parallelIterations: Number(a[3]!), backProp: host.truthy(a[4]!), swapMemory: host.truthy(a[5]!),
      maximumIterations: maxIter, shapeInvariants: shapes,
    });
    const flat = (ts: readonly tf.Tensor[]) => bridge.toPy(ts.slice());
    return ctx.buildLoop(vars, {
      cond: (ts) => ad.toEngineValue(host.call(a[1]!, [flat(ts)])),
      body: (ts) => asList(host.call(a[2]!, [flat(ts)])).map((x) => ad.toEngineValue(x)),
    });
  }));
  // ops.py 4891-4908 Graph.is_fetchable / is_feedable (what prevent_fetching / prevent_feeding marked).
  m.fn("graph_is_fetchable", k.guard((a) => {
    const g = bridge.expect(a[0]!, [tf.Graph], "is_fetchable");
    const e = bridge.engineOf(a[1]!);
    const op = e instanceof tf.Tensor ? e.op : e instanceof tf.Operation ? e : null;
    return bridge.toPy(op === null ? true : g.isFetchable(op));
  }));
  m.fn("graph_is_feedable", k.guard((a) => {
    const g = bridge.expect(a[0]!, [tf.Graph], "is_feedable");
    const e = bridge.engineOf(a[1]!);
    return bridge.toPy(e instanceof tf.Tensor ? g.isFeedable(e) : true);
  }));
}

/**
 * Devices and colocation for Python: `Graph.device`, `Graph.colocate_with`, DeviceSpec's parsing and
 * printing, `op.colocation_groups()`. The Python side (py/_tfdevice.py) turns DeviceSpec objects into
 * strings and wraps device functions so they return strings.
 */
import { type ModuleBuilder, type PyValue, isNone, isStr } from "../python/index.js";
import * as tf from "../tf/index.js";
import * as ops from "../tf/ops/index.js";
import type { NativeKit } from "./native.js";

export function installDeviceFunctions(k: NativeKit, m: ModuleBuilder): void {
  const { host, bridge } = k;
  const fn = (name: string, impl: (a: PyValue[]) => unknown) => m.fn(name, k.guard((a) => bridge.toPy(impl(a))));
  const graph = (v: PyValue) => bridge.expect(v, [tf.Graph], "graph");
  const opArg = (v: PyValue) => bridge.expect(v, [tf.Operation], "operation");

  // ops.py _UserDeviceSpec: a string merges, a callable is a device function, None resets.
  fn("graph_device", (a) => {
    const d = a[1]!;
    let entry: string | tf.DeviceFunction | null;
    if (isNone(d)) entry = null;
    else if (isStr(d)) entry = d;
    else entry = (op: tf.Operation) => {
      const r = host.call(d, [bridge.toPy(op)]);
      return isNone(r) ? null : host.str(r);
    };
    return host.opaque(graph(a[0]!).device(entry));
  });
  // ops.py `_op_to_colocate_with`: an op, the op of a tensor or variable, or a converted value's op.
  fn("graph_colocate_with", (a) => {
    const v = a[1]!;
    let op: tf.Operation | null = null;
    if (!isNone(v)) {
      const e = bridge.engineOf(v);
      if (e instanceof tf.Operation) op = e;
      else if (e instanceof tf.Tensor || e instanceof tf.Variable) op = e.op;
      else op = ops.convertToTensor(bridge.describe(v)).op;
    }
    return host.opaque(graph(a[0]!).colocateWith(op, host.truthy(a[2]!)));
  });
  fn("op_colocation_groups", (a) => tf.colocationGroups(opArg(a[0]!)));
  fn("device_parse", (a) => {
    const s = tf.DeviceSpec.fromString(host.str(a[0]!));
    return [s.job, s.replica, s.task, s.deviceType, s.deviceIndex];
  });
  fn("device_string", (a) => {
    const v = (i: number) => (isNone(a[i]!) ? null : a[i]!);
    const num = (i: number) => (v(i) === null ? null : Number(v(i)));
    return new tf.DeviceSpec(v(0) === null ? null : host.str(v(0)!), num(1), num(2), v(3) === null ? null : host.str(v(3)!), num(4)).toString();
  });
}

/**
 * Devices (tensorflow/python/framework/device_spec.py, device.py, and the device and colocation stacks
 * of ops.py `Graph`): DeviceSpec parsing, printing and merging; the per-thread device-function stack
 * that `tf.device`/`Graph.device` push; the colocation stack of `colocate_with`; and how both set an
 * op's `device` and `_class` attr when `Graph.createOp` makes it (ops.py `_create_op_helper`).
 */
import { tfError } from "./errors.js";
import type { Operation } from "./tensor.js";

/** The five components of a device string, null where unspecified. */
export class DeviceSpec {
  constructor(
    readonly job: string | null = null,
    readonly replica: number | null = null,
    readonly task: number | null = null,
    readonly deviceType: string | null = null,
    readonly deviceIndex: number | null = null,
  ) {}

  /** device_spec.py `_string_to_components` (ValueError on a second device type or an unknown field). */
  static fromString(spec: string | null): DeviceSpec {
    let job: string | null = null;
    let replica: number | null = null;
    let task: number | null = null;
    let type: string | null = null;
    let index: number | null = null;
    const s = spec ?? "";
    for (const part of s.split("/")) {
      const y = part.split(":");
      const ly = y.length;
      const head = y[0]!;
      if (ly === 2 && head === "job") job = y[1]!;
      else if (ly === 2 && head === "replica") replica = pyInt(y[1]!);
      else if (ly === 2 && head === "task") task = pyInt(y[1]!);
      else if ((ly === 1 || ly === 2) && (head.toUpperCase() === "GPU" || head.toUpperCase() === "CPU")) {
        if (type !== null) throw tfError(DM.multipleTypes, s);
        type = head.toUpperCase();
        if (ly === 2 && y[1] !== "*") index = pyInt(y[1]!);
      } else if (ly === 3 && head === "device") {
        if (type !== null) throw tfError(DM.multipleTypes, s);
        type = y[1]!;
        if (y[2] !== "*") index = pyInt(y[2]!);
      } else if (head !== "") {
        throw tfError(DM.unknownAttribute, head, s);
      }
    }
    return new DeviceSpec(job, replica, task, type, index);
  }

  /** `to_string()`: `/job:x/replica:0/task:0/device:CPU:0`, only the given fields. */
  toString(): string {
    let out = "";
    if (this.job !== null) out += `/job:${this.job}`;
    if (this.replica !== null) out += `/replica:${this.replica}`;
    if (this.task !== null) out += `/task:${this.task}`;
    if (this.deviceType !== null) out += `/device:${this.deviceType}:${this.deviceIndex ?? "*"}`;
    return out;
  }

  /** `make_merged_spec(dev)`: `dev`'s fields win where set. */
  mergedWith(dev: DeviceSpec): DeviceSpec {
    return new DeviceSpec(
      dev.job ?? this.job,
      dev.replica ?? this.replica,
      dev.task ?? this.task,
      dev.deviceType ?? this.deviceType,
      dev.deviceIndex ?? this.deviceIndex,
    );
  }
}

/** The messages of device_spec.py and ops.py's device and colocation scopes. */
export const DM = {
  multipleTypes: { type: "ValueError", text: "Cannot specify multiple device types: {0}" }, // device_spec.py 333
  unknownAttribute: { type: "ValueError", text: "Unknown attribute: '{0}' in '{1}'" }, // device_spec.py 345
  badNesting: { type: "RuntimeError", text: "Exiting device scope without proper scope nesting." }, // ops.py 4387
  resetColocation: { type: "ValueError", text: "Trying to reset colocation (op is None) but ignore_existing is not True" }, // ops.py 4264
} as const;

// Python int() of a device field: surrounding whitespace and a sign are allowed; anything else is
// int()'s own ValueError.
function pyInt(s: string): number {
  if (!/^\s*[+-]?\d+(_\d+)*\s*$/.test(s)) throw tfError({ type: "ValueError", text: "invalid literal for int() with base 10: {0}" }, `'${s}'`);
  return Number(s.replace(/_/g, "").trim());
}

/** device.py `canonical_name`: a device string in DeviceSpec's form. */
export function canonicalDevice(device: string | null): string {
  return device === null ? "" : DeviceSpec.fromString(device).toString();
}

/** A device function as the shim passes it: the op in, a device string (or null for `""`) out. */
export type DeviceFunction = (op: Operation) => string | null;

/** One entry of the device-function stack (ops.py `_UserDeviceSpec`): a merge of a (partial) spec,
 *  a device function, or `device(None)`, which hides every outer entry. */
export type DeviceEntry =
  | { readonly kind: "merge"; readonly spec: DeviceSpec; readonly text: string }
  | { readonly kind: "function"; readonly fn: DeviceFunction }
  | { readonly kind: "none" };

/** `_UserDeviceSpec(device_name_or_function)` for a string (or `DeviceSpec`), a function, or null. */
export function deviceEntry(device: string | DeviceSpec | DeviceFunction | null): DeviceEntry {
  if (device === null) return { kind: "none" };
  if (typeof device === "function") return { kind: "function", fn: device };
  const spec = typeof device === "string" ? DeviceSpec.fromString(device) : device;
  return { kind: "merge", spec, text: spec.toString() };
}

/** ops.py `_apply_device_functions`: from the innermost entry out, skipping empty merges and stopping
 *  at `device(None)`; each merge fills the fields the op's device does not set yet. */
export function applyDeviceFunctions(stack: readonly DeviceEntry[], op: Operation): void {
  for (let i = stack.length - 1; i >= 0; i--) {
    const e = stack[i]!;
    if (e.kind === "merge") {
      if (e.text === "") continue;
      op._setDevice(e.spec.mergedWith(DeviceSpec.fromString(op.device)).toString());
    } else if (e.kind === "function") {
      op._setDevice(e.fn(op) ?? "");
    } else {
      break;
    }
  }
}

/** `op.colocation_groups()` (ops.py 1837-1854): the `loc:@` entries of `_class`, or the op's own. */
export function colocationGroups(op: Operation): string[] {
  const cls = op.attrs?.["_class"];
  const groups = Array.isArray(cls) ? (cls as string[]).filter((s) => s.startsWith("loc:@")) : [];
  return groups.length > 0 ? groups : [`loc:@${op.name}`];
}

/** `_create_op_helper`'s colocation step: the sorted union of the stack's groups as `_class`, and the
 *  device of each colocation op that has one (the outermost such last, as TF loops). */
export function applyColocation(stack: readonly Operation[], op: Operation): void {
  if (stack.length === 0) return;
  const groups = new Set<string>();
  for (let i = stack.length - 1; i >= 0; i--) {
    const c = stack[i]!;
    for (const g of colocationGroups(c)) groups.add(g);
    if (c.device) op._setDevice(c.device);
  }
  op._setAttr("_class", [...groups].sort());
}

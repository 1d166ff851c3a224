/**
 * Sources, identity and stateful ops: Const, Placeholder, NoOp, Identity, RefVariable ops
 * (VariableV2, Assign*, IsVariableInitialized) and resource-variable ops
 * (tensorflow/core/kernels/constant_op.cc, variable_ops.cc, assign_op.h, resource_variable_ops.cc).
 */
import { coerce } from "../../numpy/dtype.js";
import { NDArray } from "../../numpy/ndarray.js";
import type { DType } from "../dtypes.js";
import { TFError } from "../errors.js";
import { numpyDTypeOf } from "../ops/tensor-proto.js";
import type { TensorShape } from "../shape.js";
import { type KernelContext, attr, handleKey, registerKernel, typeAttr } from "./registry.js";
import { shapeDebug } from "./math.js";
import { type HandleValue, RefSlot, type RefValue, type Value } from "./values.js";

/** TF's DataTypeString: the C++ type names, which differ from Python's for some floats. */
export function dataTypeString(d: DType): string {
  const base = d.baseDtype.name;
  const cpp = base === "float32" ? "float" : base === "float64" ? "double" : base === "float16" ? "half" : base;
  return d.isRef ? `${cpp}_ref` : cpp;
}

/** PartialTensorShape::DebugString: `[?,3]`, `[]`, `<unknown>`. */
export function partialShapeDebug(s: TensorShape): string {
  if (s.dims === null) return "<unknown>";
  return `[${s.dims.map((d) => (d.value === null ? "?" : String(d.value))).join(",")}]`;
}

const scalarBool = (b: boolean) => new NDArray("bool", [], [b ? 1 : 0]);

registerKernel("Const", { compute: (ctx) => [attr<NDArray>(ctx.op, "value")] });

registerKernel("NoOp", { compute: () => [] });

registerKernel(["Identity", "Snapshot", "StopGradient", "PreventGradient"], { compute: (ctx) => [ctx.inputs[0]] });

registerKernel("Placeholder", {
  compute: (ctx) => {
    // Reached only when the placeholder was not fed (constant_op.cc PlaceholderOp::Compute).
    const shape = attr<TensorShape>(ctx.op, "shape");
    const dtype = typeAttr(ctx.op, "dtype");
    const withShape = shape.dims !== null && shape.dims.length > 0 ? ` and shape ${partialShapeDebug(shape)}` : "";
    throw new TFError("InvalidArgumentError",
      `You must feed a value for placeholder tensor '${ctx.op.name}' with dtype ${dataTypeString(dtype)}${withShape}`);
  },
});

registerKernel("PlaceholderWithDefault", { compute: (ctx) => [ctx.inputs[0]] });

registerKernel(["VariableV2", "Variable"], {
  compute: (ctx) => {
    let slot = ctx.state.slots.get(ctx.op.name);
    if (slot === undefined) {
      const shape = attr<TensorShape>(ctx.op, "shape");
      const declared = shape.dims !== null && shape.dims.every((d) => d.value !== null) ? shape.dims.map((d) => d.value!) : null;
      slot = new RefSlot(numpyDTypeOf(typeAttr(ctx.op, "dtype")), declared);
      ctx.state.slots.set(ctx.op.name, slot);
    }
    return [{ kind: "ref", slot } satisfies RefValue];
  },
});

registerKernel("Assign", {
  refInputs: [0],
  allowsUninitialized: true,
  compute: (ctx) => {
    const ref = ctx.inputs[0] as RefValue, rhs = ctx.inputs[1] as NDArray;
    const old = ref.slot.value?.shape ?? ref.slot.declared;
    const lhs = `[${(old ?? []).join(",")}]`;
    if (attr<boolean>(ctx.op, "validate_shape") && old !== null && lhs !== shapeDebug(rhs)) {
      throw new TFError("InvalidArgumentError",
        `Assign requires shapes of both tensors to match. lhs shape= ${lhs} rhs shape= ${shapeDebug(rhs)}`);
    }
    ref.slot.value = rhs;
    ref.slot.taint = ctx.taint;
    return [ref];
  },
});

// dense_update_ops.cc DenseUpdateOp (the executor has already rejected an uninitialized ref).
function updateKernel(type: string, f: (x: number, y: number) => number) {
  registerKernel(type, {
    refInputs: [0],
    compute: (ctx) => {
      const ref = ctx.inputs[0] as RefValue, rhs = ctx.inputs[1] as NDArray;
      const old = ref.slot.value!;
      if (old.size !== rhs.size) throw new TFError("InvalidArgumentError", "Parameters and update must be the same size");
      const xs = old.numbers(), ys = rhs.numbers();
      ref.slot.value = new NDArray(old.dtype, old.shape, xs.map((x, i) => coerce(old.dtype, f(x, ys[i]))));
      ref.slot.taint |= ctx.taint;
      return [ref];
    },
  });
}

updateKernel("AssignAdd", (x, y) => x + y);
updateKernel("AssignSub", (x, y) => x - y);

registerKernel("IsVariableInitialized", {
  refInputs: [0],
  allowsUninitialized: true,
  compute: (ctx) => [scalarBool((ctx.inputs[0] as RefValue).slot.value !== null)],
});

// count_up_to_op.cc: the value plus one, or OutOfRange once it has reached the limit.
function countedUp(ctx: KernelContext, old: NDArray): NDArray {
  const limit = Number(attr<number>(ctx.op, "limit"));
  const before = old.numbers()[0]!;
  if (before >= limit) throw new TFError("OutOfRangeError", `Reached limit of ${limit}`);
  return new NDArray(old.dtype, old.shape, [coerce(old.dtype, before + 1)]);
}

// count_up_to_op.cc: OutOfRange once the value reaches the limit; otherwise the old value, then +1.
registerKernel("CountUpTo", {
  refInputs: [0],
  compute: (ctx) => {
    const ref = ctx.inputs[0] as RefValue;
    const old = ref.slot.value!;
    ref.slot.value = countedUp(ctx, old);
    return [old];
  },
});

registerKernel("VarHandleOp", {
  compute: (ctx) => {
    const container = String(ctx.op.attrs?.["container"] ?? "") || "localhost";
    const shared = String(ctx.op.attrs?.["shared_name"] ?? "") || ctx.op.name;
    return [{ kind: "handle", container, name: shared } satisfies HandleValue];
  },
});

/** ResourceMgr::Lookup's NotFound text; the type is `tensorflow::Var` as the Linux ABI mangles it. */
function notFound(h: HandleValue): string {
  return `Resource ${h.container}/${h.name}/N10tensorflow3VarE does not exist.`;
}

/** The variable behind a kernel's first (handle) input; TF's NotFoundError when it was never assigned. */
export function resourceEntry(ctx: KernelContext): { value: NDArray; taint: number } {
  const { h, entry } = lookup(ctx);
  if (entry === undefined) throw new TFError("NotFoundError", notFound(h));
  return entry;
}

function lookup(ctx: KernelContext): { h: HandleValue; entry: { value: NDArray; taint: number } | undefined } {
  const h = ctx.inputs[0] as HandleValue;
  return { h, entry: ctx.state.resources.get(handleKey(h)) };
}

registerKernel("ReadVariableOp", {
  compute: (ctx) => {
    const { h, entry } = lookup(ctx);
    if (entry === undefined) {
      throw new TFError("FailedPreconditionError",
        `Error while reading resource variable ${h.name} from Container: ${h.container}. This could mean that the variable was uninitialized. Not found: ${notFound(h)}`);
    }
    return { outputs: [entry.value], taint: entry.taint };
  },
});

registerKernel("AssignVariableOp", {
  compute: (ctx) => {
    const h = ctx.inputs[0] as HandleValue;
    ctx.state.resources.set(handleKey(h), { value: ctx.inputs[1] as NDArray, taint: ctx.taint });
    return [];
  },
});

function resourceUpdate(type: string, f: (x: number, y: number) => number) {
  registerKernel(type, {
    compute: (ctx) => {
      const { h, entry } = lookup(ctx);
      if (entry === undefined) throw new TFError("NotFoundError", notFound(h));
      const rhs = ctx.inputs[1] as NDArray, old = entry.value;
      if (shapeDebug(old) !== shapeDebug(rhs)) {
        throw new TFError("InvalidArgumentError",
          `Cannot update variable with shape ${shapeDebug(old)} using a Tensor with shape ${shapeDebug(rhs)}, shapes must be equal.`);
      }
      const ys = rhs.numbers();
      entry.value = new NDArray(old.dtype, old.shape, old.numbers().map((x, i) => coerce(old.dtype, f(x, ys[i]))));
      entry.taint |= ctx.taint;
      return [];
    },
  });
}

// resource_variable_ops.cc ResourceCountUpTo: as CountUpTo, on the variable behind the handle.
registerKernel("ResourceCountUpTo", {
  compute: (ctx) => {
    const { h, entry } = lookup(ctx);
    if (entry === undefined) throw new TFError("NotFoundError", notFound(h));
    const old = entry.value;
    entry.value = countedUp(ctx, old);
    return [old];
  },
});

resourceUpdate("AssignAddVariableOp", (x, y) => x + y);
resourceUpdate("AssignSubVariableOp", (x, y) => x - y);

registerKernel("VarIsInitializedOp", {
  compute: (ctx) => [scalarBool(lookup(ctx).entry !== undefined)],
});

export type { Value };

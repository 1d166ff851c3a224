/**
 * Kernels of the TensorArray V3 ops (tensorflow/core/kernels/tensor_array_ops.cc over tensor_array.h):
 * TensorArrayV3 creates a TensorArray in the session's resources, named `<tensor_array_name or node
 * name>_<process-wide counter>` (handle(1)); writes store an element once, reads clear it when
 * `clear_after_read`, and every misuse fails with tensor_array.h's InvalidArgument messages. The flow
 * outputs forward the flow input (SetupFlowControlInputs), a float scalar 0.
 */
import { type Elem, NDArray } from "../../numpy/ndarray.js";
import { nextTensorArrayId } from "../context.js";
import type { DType } from "../dtypes.js";
import { TFError, Unsupported } from "../errors.js";
import type { TensorShape } from "../shape.js";
import { numpyDTypeOf } from "../ops/tensor-proto.js";
import { type KernelContext, type KernelResult, type SessionState, attr, handleKey, registerKernel, typeAttr } from "./registry.js";
import type { HandleValue, Taint } from "./values.js";

type Partial = readonly (number | null)[] | null;

interface Entry {
  value: NDArray | null;
  shape: readonly number[] | null;
  taint: Taint;
  written: boolean;
  read: boolean;
  cleared: boolean;
}

interface TensorArray {
  readonly name: string;
  readonly dtype: DType;
  elementShape: Partial;
  readonly identical: boolean;
  readonly dynamic: boolean;
  readonly clearAfterRead: boolean;
  closed: boolean;
  readonly entries: Entry[];
}

const arraysOf = new WeakMap<SessionState, Map<string, TensorArray>>();

const newEntry = (): Entry => ({ value: null, shape: null, taint: 0, written: false, read: false, cleared: false });
const arr = (ctx: KernelContext, i: number) => ctx.inputs[i] as NDArray;
const flow = (ctx: KernelContext, i: number): NDArray => arr(ctx, i);
const shapeStr = (s: readonly number[]) => `[${s.join(",")}]`;
const partialStr = (s: Partial) => (s === null ? "<unknown>" : `[${s.map((x) => (x === null ? "?" : String(x))).join(",")}]`);
const fullyDefined = (s: Partial): s is readonly number[] => s !== null && s.every((x) => x !== null);
const compatible = (p: Partial, s: readonly number[]) => p === null || (p.length === s.length && p.every((x, i) => x === null || x === s[i]));
// DataTypeString: TF's C++ type names.
const cName = (t: DType) => ({ float32: "float", float64: "double", float16: "half" } as Record<string, string>)[t.baseDtype.name] ?? t.baseDtype.name;

function lookup(ctx: KernelContext, allowClosed = false): TensorArray {
  const h = ctx.inputs[0] as HandleValue;
  const ta = arraysOf.get(ctx.state)?.get(handleKey(h));
  if (ta === undefined) throw new Unsupported(`a TensorArray handle that its TensorArrayV3 did not make in this session (${h.name})`);
  if (ta.closed && !allowClosed) throw new TFError("InvalidArgumentError", `TensorArray ${ta.name} has already been closed.`);
  return ta;
}

function shapeDims(s: TensorShape): Partial {
  return s.dims === null ? null : s.dims.map((x) => x.value);
}

// tensor_array.h LockedWriteOrAggregate (multiple_writes_aggregate is false outside gradients).
function write(ta: TensorArray, index: number, value: NDArray, taint: Taint): void {
  if (index < 0 || (!ta.dynamic && index >= ta.entries.length)) {
    throw new TFError("InvalidArgumentError", `TensorArray ${ta.name}: Tried to write to index ${index} but array is not resizeable and size is: ${ta.entries.length}`);
  }
  while (ta.entries.length <= index) ta.entries.push(newEntry());
  const t = ta.entries[index]!;
  if (!compatible(ta.elementShape, value.shape)) {
    throw new TFError("InvalidArgumentError", `TensorArray ${ta.name}: Could not write to TensorArray index ${index} because the value shape is ${shapeStr(value.shape)} which is incompatible with the TensorArray's inferred element shape: ${partialStr(ta.elementShape)} (consider setting infer_shape=False).`);
  } else if (ta.identical && !fullyDefined(ta.elementShape)) {
    ta.elementShape = [...value.shape];
  }
  if (t.read) throw new TFError("InvalidArgumentError", `TensorArray ${ta.name}: Could not write to TensorArray index ${index} because it has already been read.`);
  if (t.written) throw new TFError("InvalidArgumentError", `TensorArray ${ta.name}: Could not write to TensorArray index ${index} because it has already been written to.`);
  Object.assign(t, { value, shape: [...value.shape], taint, written: true });
}

// tensor_array.h LockedRead (never a gradient TensorArray here).
function read(ta: TensorArray, index: number): Entry {
  if (index < 0 || index >= ta.entries.length) {
    throw new TFError("InvalidArgumentError", `Tried to read from index ${index} but array size is: ${ta.entries.length}`);
  }
  const t = ta.entries[index]!;
  if (!t.written) {
    if (!fullyDefined(ta.elementShape)) {
      throw new TFError("InvalidArgumentError", `TensorArray ${ta.name}: Could not read from TensorArray index ${index}.  Furthermore, the element shape is not fully defined: ${partialStr(ta.elementShape)}.  It is possible you are working with a resizeable TensorArray and stop_gradients is not allowing the gradients to be written.  If you set the full element_shape property on the forward TensorArray, the proper all-zeros tensor will be returned instead of incurring this error.`);
    }
    Object.assign(t, { shape: [...ta.elementShape], written: true });
  }
  if (t.cleared) {
    throw new TFError("InvalidArgumentError", `TensorArray ${ta.name}: Could not read index ${index} twice because it was cleared after a previous read (perhaps try setting clear_after_read = false?).`);
  }
  const shape = t.shape!;
  const value = t.value ?? new NDArray(numpyDTypeOf(ta.dtype), shape, new Array<Elem>(shape.reduce((a, b) => a * b, 1)).fill(0));
  const out: Entry = { ...t, value };
  t.read = true;
  if (ta.clearAfterRead) Object.assign(t, { value: null, cleared: true });
  return out;
}

function stackEntries(dtype: DType, values: readonly NDArray[]): NDArray {
  const data: Elem[] = [];
  for (const v of values) for (const x of v.data) data.push(x);
  return new NDArray(numpyDTypeOf(dtype), [values.length, ...values[0]!.shape], data);
}

const taintOf = (es: readonly Entry[]) => es.reduce((t, e) => t | e.taint, 0);

registerKernel("TensorArrayV3", {
  compute: (ctx) => {
    const size = arr(ctx, 0);
    if (size.ndim !== 0) throw new TFError("InvalidArgumentError", `TensorArray size must be scalar, but had shape: ${shapeStr(size.shape)}`);
    const n = size.numbers()[0]!;
    if (n < 0) throw new TFError("InvalidArgumentError", "Size should be >= 0.");
    const given = attr<string>(ctx.op, "tensor_array_name");
    const name = `${given === "" ? ctx.op.name : given}_${nextTensorArrayId()}`;
    const h: HandleValue = { kind: "handle", container: "_tensor_arrays", name };
    let arrays = arraysOf.get(ctx.state);
    if (arrays === undefined) arraysOf.set(ctx.state, (arrays = new Map()));
    arrays.set(handleKey(h), {
      name, dtype: typeAttr(ctx.op, "dtype"), elementShape: shapeDims(attr<TensorShape>(ctx.op, "element_shape")),
      identical: attr<boolean>(ctx.op, "identical_element_shapes"), dynamic: attr<boolean>(ctx.op, "dynamic_size"),
      clearAfterRead: attr<boolean>(ctx.op, "clear_after_read"), closed: false,
      entries: Array.from({ length: n }, newEntry),
    });
    return [h, new NDArray("float32", [], [0])];
  },
});

registerKernel("TensorArrayWriteV3", {
  compute: (ctx) => {
    const index = arr(ctx, 1), value = arr(ctx, 2);
    if (index.ndim !== 0) throw new TFError("InvalidArgumentError", `TensorArray index must be scalar, but had shape: ${shapeStr(index.shape)}`);
    const ta = lookup(ctx);
    const t = typeAttr(ctx.op, "T");
    if (t.baseDtype !== ta.dtype.baseDtype) throw new TFError("InvalidArgumentError", `TensorArray dtype is ${cName(ta.dtype)} but Op is trying to write dtype ${cName(t)}.`);
    write(ta, index.numbers()[0]!, value, ctx.taint);
    return [flow(ctx, 3)];
  },
});

registerKernel("TensorArrayReadV3", {
  compute: (ctx): KernelResult => {
    const ta = lookup(ctx);
    const dtype = typeAttr(ctx.op, "dtype");
    if (dtype.baseDtype !== ta.dtype.baseDtype) throw new TFError("InvalidArgumentError", `TensorArray dtype is ${cName(ta.dtype)} but Op requested dtype ${cName(dtype)}.`);
    const e = read(ta, arr(ctx, 1).numbers()[0]!);
    return { outputs: [e.value!], taint: e.taint };
  },
});

registerKernel("TensorArrayGatherV3", {
  compute: (ctx): KernelResult => {
    const ta = lookup(ctx);
    const dtype = typeAttr(ctx.op, "dtype");
    if (dtype.baseDtype !== ta.dtype.baseDtype) throw new TFError("InvalidArgumentError", `TensorArray dtype is ${cName(ta.dtype)} but Op requested dtype ${cName(dtype)}.`);
    const attrShape = shapeDims(attr<TensorShape>(ctx.op, "element_shape"));
    ta.elementShape = mergePartial(ta.elementShape, attrShape);
    const indices = arr(ctx, 1).numbers();
    if (indices.length === 0) {
      if (!fullyDefined(attrShape)) {
        throw new TFError("UnimplementedError", `TensorArray has size zero, but element shape ${partialStr(attrShape)} is not fully defined. Currently only static shapes are supported when packing zero-size TensorArrays.`);
      }
      return { outputs: [new NDArray(numpyDTypeOf(ta.dtype), [0, ...attrShape], [])] };
    }
    const es = indices.map((i) => read(ta, i));
    const first = es[0]!.value!;
    if (!compatible(attrShape, first.shape)) {
      throw new TFError("InvalidArgumentError", `TensorArray was passed element_shape ${partialStr(attrShape)} which does not match the Tensor at index 0: ${shapeStr(first.shape)}`);
    }
    es.forEach((e, i) => {
      if (shapeStr(e.value!.shape) !== shapeStr(first.shape)) {
        throw new TFError("InvalidArgumentError", `TensorArray has inconsistent shapes.  Index 0 has shape: ${shapeStr(first.shape)} but index ${i} has shape: ${shapeStr(e.value!.shape)}`);
      }
    });
    return { outputs: [stackEntries(ta.dtype, es.map((e) => e.value!))], taint: taintOf(es) };
  },
});

// PartialTensorShape::MergeWith (TensorArray::SetElemShape).
function mergePartial(a: Partial, b: Partial): Partial {
  if (a === null) return b;
  if (b === null) return a;
  if (a.length !== b.length || a.some((x, i) => x !== null && b[i] !== null && x !== b[i])) {
    throw new Unsupported("the runtime error of a TensorArray gather whose element_shape does not merge with the array's");
  }
  return a.map((x, i) => x ?? b[i]!);
}

function rows(value: NDArray): NDArray[] {
  const n = value.shape[0]!;
  const inner = value.shape.slice(1);
  const per = inner.reduce((a, b) => a * b, 1);
  return Array.from({ length: n }, (_, i) => new NDArray(value.dtype, inner, value.data.slice(i * per, (i + 1) * per)));
}

registerKernel("TensorArrayScatterV3", {
  compute: (ctx) => {
    const ta = lookup(ctx);
    const value = arr(ctx, 2);
    const t = typeAttr(ctx.op, "T");
    if (t.baseDtype !== ta.dtype.baseDtype) throw new TFError("InvalidArgumentError", `TensorArray dtype is ${cName(ta.dtype)} but Op is trying to write dtype ${cName(t)}.`);
    if (value.ndim === 0) throw new TFError("InvalidArgumentError", `Input value for unpack must be at least a vector but received shape: ${shapeStr(value.shape)}`);
    const indices = arr(ctx, 1).numbers();
    if (indices.length !== value.shape[0]) {
      throw new TFError("InvalidArgumentError", `Expected len(indices) == values.shape[0], but saw: ${indices.length} vs. ${value.shape[0]}`);
    }
    const maxIndex = indices.length === 0 ? -1 : Math.max(...indices);
    let size = ta.entries.length;
    if (ta.dynamic && size < maxIndex + 1) size = maxIndex + 1;
    if (maxIndex >= size) throw new TFError("InvalidArgumentError", `Max scatter index must be < array size (${maxIndex} vs. ${size})`);
    const rs = rows(value);
    indices.forEach((i, k) => write(ta, i, rs[k]!, ctx.taint));
    return [flow(ctx, 3)];
  },
});

registerKernel("TensorArrayConcatV3", {
  compute: (ctx): KernelResult => {
    const ta = lookup(ctx);
    const es = ta.entries.map((_, i) => read(ta, i));
    const except0 = shapeDims(attr<TensorShape>(ctx.op, "element_shape_except0"));
    es.forEach((e, i) => {
      const s = e.value!.shape;
      if (s.length === 0) throw new TFError("InvalidArgumentError", `Concat saw a scalar shape at index ${i} but requires at least vectors.  Did you mean to call pack?`);
      const rest = s.slice(1), first = es[0]!.value!.shape.slice(1);
      if (i === 0 && !compatible(except0, rest)) {
        throw new TFError("InvalidArgumentError", `TensorArray was passed element_shape_except0 ${partialStr(except0)} but index 0 has (excepting dimension 0) shape: ${shapeStr(rest)} which does not match.`);
      }
      if (i > 0 && shapeStr(rest) !== shapeStr(first)) {
        throw new TFError("InvalidArgumentError", `TensorArray has inconsistent shapes.  Index 0 has (excepting dimension 0) shape: ${shapeStr(first)} but index ${i} has (excepting dimension 0) shape: ${shapeStr(rest)}`);
      }
    });
    if (es.length === 0) throw new Unsupported("TensorArray.concat of an empty TensorArray");
    const lengths = es.map((e) => e.value!.shape[0]!);
    const total = lengths.reduce((a, b) => a + b, 0);
    const data: Elem[] = [];
    for (const e of es) for (const x of e.value!.data) data.push(x);
    const value = new NDArray(numpyDTypeOf(ta.dtype), [total, ...es[0]!.value!.shape.slice(1)], data);
    return { outputs: [value, new NDArray("int64", [lengths.length], lengths)], taint: taintOf(es) };
  },
});

registerKernel("TensorArraySplitV3", {
  compute: (ctx) => {
    const ta = lookup(ctx);
    const value = arr(ctx, 1), lengths = arr(ctx, 2).numbers();
    if (value.ndim === 0) throw new TFError("InvalidArgumentError", `Expected value to be at least a vector, but received shape: ${shapeStr(value.shape)}`);
    const total = lengths.reduce((a, b) => a + b, 0);
    if (total !== value.shape[0]) {
      throw new TFError("InvalidArgumentError", `Expected sum of lengths to be equal to values.shape[0], but sum of lengths is ${total} and value's shape is: ${shapeStr(value.shape)}`);
    }
    if (!ta.dynamic && ta.entries.length !== lengths.length) {
      throw new TFError("InvalidArgumentError", `TensorArray's size is not equal to the size of lengths (${ta.entries.length} vs. ${lengths.length}), and the TensorArray is not marked as dynamically resizeable`);
    }
    const t = typeAttr(ctx.op, "T");
    if (t.baseDtype !== ta.dtype.baseDtype) throw new TFError("InvalidArgumentError", `TensorArray dtype is ${cName(ta.dtype)} but Op is trying to write dtype ${cName(t)}.`);
    const inner = value.shape.slice(1);
    const per = inner.reduce((a, b) => a * b, 1);
    let at = 0;
    lengths.forEach((n, i) => {
      write(ta, i, new NDArray(value.dtype, [n, ...inner], value.data.slice(at * per, (at + n) * per)), ctx.taint);
      at += n;
    });
    return [flow(ctx, 3)];
  },
});

registerKernel("TensorArraySizeV3", {
  compute: (ctx) => [new NDArray("int32", [], [lookup(ctx).entries.length])],
});

registerKernel("TensorArrayCloseV3", {
  compute: (ctx) => {
    const ta = lookup(ctx, true);
    ta.closed = true;
    ta.entries.length = 0;
    return [];
  },
});

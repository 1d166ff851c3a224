/**
 * The kernel registry: one function per op type computing output values from input values,
 * as TF's CPU kernels (tensorflow/core/kernels) do.
 */
import type { NDArray } from "../../numpy/ndarray.js";
import { type DType, asDType } from "../dtypes.js";
import { Unsupported } from "../errors.js";
import type { Operation } from "../tensor.js";
import { Philox } from "./philox.js";
import { type HandleValue, RefSlot, type Taint, type Value } from "./values.js";

/** Per-session state the stateful kernels read and write. */
export interface SessionState {
  /** RefVariable storage by VariableV2 node name. */
  readonly slots: Map<string, RefSlot>;
  /** ResourceVariable values by `container/name`, with their taint. */
  readonly resources: Map<string, { value: NDArray; taint: Taint }>;
  /** Philox generators by node name: a random kernel continues its stream across runs. */
  readonly generators: Map<string, Philox>;
  /** Per-kernel call counters by node name (PrintOp's `call_counter_` for `first_n`). */
  readonly counters: Map<string, number>;
}

export interface KernelContext {
  readonly op: Operation;
  /** Input values; ref inputs are already dereferenced unless the kernel declared them as refs. */
  readonly inputs: readonly Value[];
  /** The union of the inputs' taints. */
  readonly taint: Taint;
  readonly state: SessionState;
}

export interface KernelResult {
  readonly outputs: readonly Value[];
  /** Taint added to every output (random draws, reads of stored state). */
  readonly taint?: Taint;
}

export interface KernelDef {
  readonly compute: (ctx: KernelContext) => KernelResult | readonly Value[];
  /** Input positions that take a reference (Assign's `ref`) rather than its value. */
  readonly refInputs?: readonly number[];
  /** TF's `SetAllowsUninitializedInput()` (Assign, IsVariableInitialized). */
  readonly allowsUninitialized?: boolean;
  /** Float outputs may differ from TF's in the last bits (they get the INEXACT taint). */
  readonly inexact?: boolean;
}

const kernels = new Map<string, KernelDef>();

export function registerKernel(types: string | readonly string[], def: KernelDef): void {
  for (const t of typeof types === "string" ? [types] : types) kernels.set(t, def);
}

export function kernelFor(op: Operation): KernelDef {
  const k = kernels.get(op.type);
  if (k === undefined) throw new Unsupported(`running ops of type ${op.type} in a Session`);
  return k;
}

/** A recorded attr, for kernels. */
export function attr<T>(op: Operation, name: string): T {
  return op.getAttr(name) as T;
}

/** A recorded type attr as a DType. */
export function typeAttr(op: Operation, name: string): DType {
  return asDType(op.getAttr(name) as DType | string);
}

/** The resource map key of a handle. */
export function handleKey(h: HandleValue): string {
  return `${h.container}/${h.name}`;
}

/** Whether a random op has no seed: TF then seeds its generator from the OS (GuardedPhiloxRandom::Init). */
export function unseeded(ctx: KernelContext): boolean {
  return Number(ctx.op.attrs?.["seed"] ?? 0) === 0 && Number(ctx.op.attrs?.["seed2"] ?? 0) === 0;
}

/**
 * GuardedPhiloxRandom::ReserveRandomOutputs(size, 256) for this op in this session: the generator
 * as it stands, while the kept one moves past the reserved samples.
 */
export function reserveSamples(ctx: KernelContext, size: number): Philox {
  const { op, state } = ctx;
  let g = state.generators.get(op.name);
  if (g === undefined) {
    g = unseeded(ctx)
      ? Philox.unseeded()
      : Philox.fromSeeds(BigInt(Number(op.attrs?.["seed"] ?? 0)), BigInt(Number(op.attrs?.["seed2"] ?? 0)));
    state.generators.set(op.name, g);
  }
  const local = g.clone();
  g.skip(size * 256);
  return local;
}

export { RefSlot };

/**
 * The gradient registry (ops.py `RegisterGradient`, `NotDifferentiable`, `get_gradient_function`): a
 * function per op type building the op's input gradients from its output gradients. A type TF
 * differentiates but tfscope has no function for is refused by name, never treated as None.
 */
import { TFError, Unsupported } from "../errors.js";
import type { Operation, Tensor } from "../tensor.js";

/** `grad_fn(op, *out_grads)` → one gradient (or null) per input of `op`. */
export type GradFn = (op: Operation, grads: readonly (Tensor | null)[]) => readonly (Tensor | null)[];

const registry = new Map<string, GradFn | null>();

export function registerGradient(types: string | readonly string[], fn: GradFn): void {
  for (const t of typeof types === "string" ? [types] : types) registry.set(t, fn);
}

/** `ops.NotDifferentiable(type)`: TF registers None, so the op's inputs get no gradient. */
export function notDifferentiable(...types: string[]): void {
  for (const t of types) registry.set(t, null);
}

/**
 * Op types TF 1.15 registers no gradient for at all: `get_gradient_function` raises LookupError for
 * them. Every other type without an entry here is one tfscope lacks.
 */
const NO_GRADIENT_IN_TF = new Set(["Assign", "AssignAdd", "AssignSub", "ApplyGradientDescent", "IsVariableInitialized", "IsFinite"]);

// logging_ops.py 388-390 _PrintGrad: the gradient passes to the printed input, none to the data.
registerGradient("Print", (op, grads) => [grads[0] ?? null, ...new Array<null>(op.inputs.length - 1).fill(null)]);
// resource_variable_ops.py 1960: ops.NotDifferentiable("Assert").
notDifferentiable("Assert");

/** ops.py `get_gradient_function`: null for an op without inputs or a NotDifferentiable type. */
export function gradientFunction(op: Operation): GradFn | null {
  if (op.inputs.length === 0) return null;
  const fn = registry.get(op.type);
  if (fn !== undefined) return fn;
  if (NO_GRADIENT_IN_TF.has(op.type)) {
    throw new TFError("LookupError", `No gradient defined for operation '${op.name}' (op type: ${op.type})`);
  }
  throw new Unsupported(`gradient of ${op.type}`);
}

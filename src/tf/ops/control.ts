/**
 * control_flow_ops.py `group`, gen_control_flow_ops `no_op`, and the variables.py initializer
 * groups built on them (`variables_initializer`, `global_variables_initializer`...).
 */
import { executingEagerly, getDefaultGraph } from "../context.js";
import { GLOBAL_VARIABLES, LOCAL_VARIABLES } from "../graph-keys.js";
import { type TFError, Unsupported, tfError } from "../errors.js";
import { OM } from "./op-messages.js";
import { Operation, Tensor } from "../tensor.js";
import { opDef } from "./op-def.js";
import { applyOp } from "./op-library.js";
import { type PyValue, pyStrOf, pyTypeRepr } from "./pyvalue.js";
import { withNameScope } from "./scope.js";

/** gen_control_flow_ops NoOp. */
export const NO_OP = opDef("NoOp", [], [], [], () => []);

/** `tf.no_op(name=None)`: an op named `NoOp` by default. */
export function noOp(name: string | null = null): Operation {
  return applyOp(NO_OP, name, {});
}

/** Something `group` accepts: a Tensor, an Operation, or an object with a graph element (a variable). */
export type GroupInput = Tensor | Operation | { asGraphElement(): Tensor | Operation; readonly device: string };

function flattenInputs(inputs: readonly unknown[], out: unknown[] = []): unknown[] {
  for (const x of inputs) {
    if (Array.isArray(x)) flattenInputs(x, out);
    else out.push(x);
  }
  return out;
}

/**
 * `tf.group(*inputs, name=None)` (control_flow_ops.py 2851-2908): a NoOp named after the scope
 * `name_scope(name, "group_deps", inputs)`, with the inputs' ops as control inputs. Inputs on
 * several devices (one NoOp per device) are not modelled. Returns null in eager mode, as TF.
 */
export function group(inputs: readonly unknown[], name: string | null = null): Operation | null {
  if (executingEagerly()) return null;
  const flat = flattenInputs(inputs);
  const elems = flat.filter((x) => x instanceof Tensor || x instanceof Operation || hasGraphElement(x));
  return withNameScope(name, "group_deps", elems as Tensor[], (scope) => {
    if (flat.length === 0) return noOp(scope);
    const devices = new Set<string>();
    const deps: (Tensor | Operation)[] = [];
    for (const x of flat) {
      if (x instanceof Tensor || x instanceof Operation) {
        devices.add(x.device);
        deps.push(x);
      } else if (hasGraphElement(x)) {
        devices.add(x.device);
        deps.push(x.asGraphElement());
      } else {
        throw groupTypeError(x);
      }
    }
    if (devices.size > 1) throw new Unsupported("tf.group over ops on several devices");
    const cm = getDefaultGraph().controlDependencies(deps);
    cm.enter();
    try {
      return noOp(scope);
    } finally {
      cm.exit();
    }
  });
}

/** TF's TypeError for an argument without a `device`: `'%s' with type '%s'` of str(x), str(type(x)). */
function groupTypeError(x: unknown): TFError {
  const py = x as PyValue;
  if (typeof x !== "object" || x === null || typeof py.kind !== "string") throw new Unsupported("a non-Python group() argument");
  return tfError(OM.groupArgument, pyStrOf(py), pyTypeRepr(py));
}

function hasGraphElement(x: unknown): x is { asGraphElement(): Tensor | Operation; readonly device: string } {
  return typeof x === "object" && x !== null && typeof (x as { asGraphElement?: unknown }).asGraphElement === "function";
}

/** Anything with an `initializer` op (a variable). */
export interface Initializable {
  readonly initializer: Operation;
}

/**
 * `tf.variables_initializer(var_list, name="init")` (variables.py 3196-3211): a group of the
 * variables' initializers named by `name_scope("init", "group_deps")` (so `init`, `init_1`,
 * `ns/init`), or a no_op of that name for an empty list. In eager mode TF's no_op returns None.
 */
export function variablesInitializer(varList: readonly Initializable[], name = "init"): Operation | null {
  if (varList.length > 0 && !executingEagerly()) return group(varList.map((v) => v.initializer), name);
  return executingEagerly() ? null : noOp(name);
}

/** `tf.global_variables_initializer()` (also `initialize_all_variables`). */
export function globalVariablesInitializer(): Operation | null {
  if (executingEagerly()) return null;
  return variablesInitializer(getDefaultGraph().getCollection(GLOBAL_VARIABLES) as Initializable[]);
}

/** `tf.local_variables_initializer()`. */
export function localVariablesInitializer(): Operation | null {
  if (executingEagerly()) return null;
  return variablesInitializer(getDefaultGraph().getCollection(LOCAL_VARIABLES) as Initializable[]);
}

/**
 * Slot variables (training/slot_creator.py, TF 1.15): `create_zeros_slot(primary, name)` opens
 * `variable_scope(None, default_name=<primary op name>/<name>)` and gets the variable named "" in it,
 * so the slot of `w` for Momentum is `w/Momentum:0` (then `w/Momentum_1` for a second optimizer),
 * a non-trainable RefVariable of the primary's shape and base dtype initialized to zeros.
 * Colocation with the primary is not modelled (tfscope's op.device stays as the scopes make it).
 */
import { asShape } from "../shape.js";
import { variableScope } from "../variable-scope.js";
import { getVariable } from "../variable-store.js";
import type { RefVariable, Variable } from "../variables.js";
import { zerosInitializer } from "../ops/init.js";
import { Unsupported } from "../errors.js";

export function createZerosSlot(primary: RefVariable, name: string): Variable {
  return createSlotWithInitializer(primary, zerosInitializer(primary.dtype.baseDtype), name);
}

/** `create_slot_with_initializer(primary, initializer, shape, dtype, name)`. */
export function createSlotWithInitializer(primary: RefVariable, initializer: unknown, name: string): Variable {
  const shape = primary.shape;
  if (!shape.isFullyDefined()) throw new Unsupported("a slot for a variable of a partially known shape");
  const vs = variableScope(null, { defaultName: `${primary.op.name}/${name}` });
  vs.enter();
  try {
    const dtype = primary.dtype.baseDtype;
    return getVariable("", {
      initializer, trainable: false, useResource: false,
      shape: asShape(shape.asList() as number[]), dtype, validateShape: true,
    }) as Variable;
  } finally {
    vs.exit();
  }
}

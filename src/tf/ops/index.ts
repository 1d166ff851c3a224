/**
 * The op catalogue's public surface. Importing it installs the catalogue as the engine's OpServices
 * (tensor conversion and get_variable's default initializers).
 */
import { Unsupported } from "../errors.js";
import { installOpServices } from "../services.js";
import { type OpInput, convertToTensor } from "./convert.js";
import { glorotUniformInitializer, zerosInitializer } from "./init.js";
import { isTensorSource } from "./tensor-source.js";

export * from "./array.js";
export * from "./control.js";
export * from "./convert.js";
export * from "./indexing-nd.js";
export * from "./init.js";
export * from "./linalg.js";
export * from "./lookup.js";
export * from "./logging.js";
export * from "./slice-op.js";
import "./cast-fold.js";
export * from "./math.js";
export * from "./loss-math.js";
export * from "./nn-xent.js";
export * from "./nn.js";
export * from "./nn-conv.js";
export * from "./nn-dropout.js";
export * from "./nn-separable.js";
export * from "./tensordot.js";
export * from "./pyvalue.js";
export * from "./random.js";
export * from "./select.js";
export * from "./slicing.js";
export * from "./state.js";
export * from "./where.js";
export { type OpArg, applyOp as applyOpDef, applyOp1 } from "./op-library.js";
export type { OpDef } from "./op-def.js";
export type { TensorConvertible, TensorSource } from "./tensor-source.js";

function isOpInput(v: unknown): v is OpInput {
  if (isTensorSource(v)) return true;
  return typeof v === "object" && v !== null && typeof (v as { kind?: unknown }).kind === "string";
}

installOpServices({
  convertToTensor(value, dtype, name) {
    if (!isOpInput(value)) throw new Unsupported(`converting a ${typeof value} that is not a described Python value`);
    return convertToTensor(value, { dtype, name });
  },
  glorotUniformInitializer: () => glorotUniformInitializer(),
  zerosInitializer: () => zerosInitializer(),
});
export * from "./split.js";
export * from "./logsumexp.js";
export * from "./unary-math.js";
export * from "./pad.js";
export * from "./nn-pool.js";
export * from "./diag-cross.js";
export * from "./tensor-array.js";
export * from "./reverse.js";
export * from "./parsing.js";

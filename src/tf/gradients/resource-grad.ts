/**
 * Gradients of resource-variable reads (resource_variable_ops.py 1857-1962, TF 1.15): a read passes its
 * gradient to the handle, so `tf.gradients` and the optimizers differentiate at `v.handle`.
 */
import { notDifferentiable, registerGradient } from "./registry.js";

// _ReadGrad: `return grad`.
registerGradient("ReadVariableOp", (_op, [grad]) => [grad ?? null]);
notDifferentiable("VarIsInitializedOp", "VariableShape");

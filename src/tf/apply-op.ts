/**
 * How a generated op wrapper names its op (op_def_library.py `_apply_op_helper`, 405-792): it makes
 * the inputs' graph the default, opens `name_scope(name or OpType)`, converts non-Tensor inputs INSIDE
 * that scope (hence `Assign/value`, `Mul/y`), and creates the op with the scope string as its name, which
 * the trailing-slash rule then uses verbatim. A bad name therefore fails as a scope name (E16).
 */
import { asDefault } from "./context.js";
import type { Graph, OpSpec } from "./graph.js";
import type { Operation } from "./tensor.js";

/** The op description, computed inside the op's name scope (so conversions get `<scope>/<arg>`). */
export type OpBody = Omit<OpSpec, "type" | "name">;

/** Creates one op as a generated wrapper would, in `graph` (made default meanwhile). */
export function applyOp(graph: Graph, type: string, name: string | null, body: (scope: string) => OpBody): Operation {
  const graphCm = asDefault(graph);
  graphCm.enter();
  try {
    const ns = graph.nameScope(name ?? type);
    const scope = ns.enter();
    try {
      return graph.createOp({ ...body(scope), type, name: scope });
    } finally {
      ns.exit();
    }
  } finally {
    graphCm.exit();
  }
}

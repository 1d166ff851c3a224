/**
 * How a generated op wrapper names its op (op_def_library.py `_apply_op_helper`, 405-792): it makes
 * the inputs' graph the default, opens `name_scope(name or OpType)`, converts non-Tensor inputs INSIDE
 * that scope (hence `Assign/value`, `Mul/y`), and creates the op with the scope string as its name, which
 * the trailing-slash rule then uses verbatim. A bad name therefore fails as a scope name (E16).
 */
import { popDefaultGraph, pushDefaultGraph } from "./context.js";
import type { Graph, OpSpec } from "./graph.js";
import type { Operation } from "./tensor.js";

/** The op description, computed inside the op's name scope (so conversions get `<scope>/<arg>`). */
export type OpBody = Omit<OpSpec, "type" | "name">;

/** Creates one op as a generated wrapper would, in `graph` (made default meanwhile). */
export function applyOp(graph: Graph, type: string, name: string | null, body: (scope: string) => OpBody): Operation {
  // `with graph.as_default(), graph.name_scope(name or type) as scope:` without the context-manager
  // objects (op creation's hot path, issue #13); the same pushes, checks and restores.
  pushDefaultGraph(graph);
  try {
    const outer = graph.nameStack;
    const requested = name ?? type;
    const scope = graph.enterNameScope(requested);
    try {
      // A scope name unique_name just handed out names no op yet, unless one made inside took it.
      const since = requested && !requested.endsWith("/") ? graph.opCount : -1;
      return graph.createScopeOp(type, scope, body(scope), since);
    } finally {
      graph.nameStack = outer;
    }
  } finally {
    popDefaultGraph(graph);
  }
}

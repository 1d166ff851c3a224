/**
 * `with ops.name_scope(name, default_name, values) as scope:` for the Python-level op wrappers
 * (math_ops.py, array_ops.py, random_ops.py...), over the engine's TF1 name_scope.
 */
import { nameScope } from "../name-scope.js";
import type { OpInput } from "./convert.js";
import { isTensorSource } from "./tensor-source.js";

/** Runs `body` inside `name_scope(name, defaultName, values)`, passing the scope string. */
export function withNameScope<T>(
  name: string | null,
  defaultName: string | null,
  values: readonly OpInput[] | null,
  body: (scope: string) => T,
): T {
  // _get_graph_from_inputs only looks at graph elements; plain Python values never pick a graph.
  const elems = values?.map((v) => (isTensorSource(v) ? v : v.kind === "tensor" ? v.value : null)) ?? null;
  const cm = nameScope(name, defaultName, elems === null ? null : elems.filter((e) => e !== null));
  const scope = cm.enter();
  try {
    return body(scope);
  } finally {
    cm.exit();
  }
}

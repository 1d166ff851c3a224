/**
 * ops.py `_get_graph_from_inputs`: which graph a `values` list belongs to. `name_scope` and
 * `variable_scope` take their graph from it (the default graph when no value is a graph element), and
 * mixed graphs raise `<x> must be from the same graph as <y>.`
 */
import { getDefaultGraph } from "./context.js";
import { tfError } from "./errors.js";
import { operationStr, tensorStr } from "./format.js";
import type { Graph } from "./graph.js";
import { M } from "./messages.js";
import { Operation, Tensor } from "./tensor.js";
import { EagerTensor } from "./eager/eager-tensor.js";

/** An object TF turns into a graph element (`_as_graph_element`), such as a variable (its `v:0`). */
export interface GraphElementSource {
  asGraphElement(): Tensor | Operation;
}

function graphElement(x: unknown): Tensor | Operation | null {
  // TF takes only exact Tensors as graph elements: an EagerTensor belongs to no graph (ops.py 6430).
  if (x instanceof EagerTensor) return null;
  if (x instanceof Tensor || x instanceof Operation) return x;
  // The op catalogue hands Python values around as `{ kind, ... }`; a wrapped tensor counts as itself.
  const wrapped = x as { kind?: unknown; value?: unknown } | null;
  if (typeof wrapped === "object" && wrapped !== null && wrapped.kind === "tensor") return graphElement(wrapped.value);
  if (typeof x === "object" && x !== null && typeof (x as GraphElementSource).asGraphElement === "function") {
    return (x as GraphElementSource).asGraphElement();
  }
  return null;
}

function elementStr(e: Tensor | Operation): string {
  return e instanceof Tensor ? tensorStr(e) : operationStr(e);
}

/** The graph of the first graph element in `values`, else the default graph; every other element
 *  must share it. Values that are not graph elements (Python numbers, lists…) are ignored. */
export function graphFromInputs(values: readonly unknown[]): Graph {
  const fallback = getDefaultGraph();
  let first: Tensor | Operation | null = null;
  for (const v of values) {
    const e = graphElement(v);
    if (e === null) continue;
    if (first === null) first = e;
    else if (e.graph !== first.graph) throw tfError(M.notSameGraph, elementStr(e), elementStr(first));
  }
  return first === null ? fallback : first.graph;
}

/**
 * How a runtime failure reaches Python: the C++ status text with `\n\t [[{{node NAME}}]]` appended
 * (node_def_util.cc AttachDef), then session.py `_do_call` rewriting the tags through
 * error_interpolation.interpolate and re-raising the same tf.errors class.
 */
import { TFError } from "./errors.js";
import type { Graph } from "./graph.js";
import type { Operation } from "./tensor.js";

/**
 * A `tf.errors.OpError` subclass raised by `Session.run`. `pyType` is the class name
 * (`FailedPreconditionError`, `InvalidArgumentError`, …), `message` is `e.message`, and `op` is the
 * graph op named in the message (null when that node is not in the Python graph, like `_retval_…`).
 * Python's `str(e)` appends "Original stack trace for …" when `op` is set — that part depends on the
 * user's files and is left to the caller.
 */
export class OpError extends TFError {
  constructor(pyType: string, message: string, readonly op: Operation | null) {
    super(pyType, message);
  }
}

/** The text after an op name in interpolated messages: `file:line` of the op's defining frame, or null. */
export type SiteOf = (op: Operation) => string | null;

/** A kernel failure at `nodeName`, as the C++ runtime reports it (AttachDef). */
export function attachNode(err: TFError, nodeName: string): TFError {
  return new TFError(err.pyType, `${err.message}\n\t [[{{node ${nodeName}}}]]`);
}

const NAME = "[A-Za-z0-9_.][A-Za-z0-9_.\\-/]*?";
const TAG = new RegExp(`^([\\s\\S]*?)(\\{\\{(${NAME}) (${NAME})\\}\\})`);
const NODEDEF_NAME = /\[\[(Node: )?(\{\{node )?([^} ]*)(\}\})?\s*=*/;

/** error_interpolation.py `interpolate`: `{{node X}}` → `node X (defined at f:l) `, plus input sources. */
export function interpolate(message: string, graph: Graph, siteOf: SiteOf): string {
  const seps: string[] = [];
  const tags: { type: string; name: string }[] = [];
  let rest = message;
  for (let m = TAG.exec(rest); m !== null && rest.length > 0; m = TAG.exec(rest)) {
    seps.push(m[1]);
    tags.push({ type: m[3], name: m[4] });
    rest = rest.slice(m[0].length);
  }
  seps.push(rest);
  const definedAt = (op: Operation) => {
    const site = siteOf(op);
    return site === null ? "" : ` (defined at ${site})`;
  };
  const subs: string[] = [];
  const sources: string[] = [];
  for (const tag of tags) {
    const op = graph.operationByName(tag.name);
    let msg = `{{${tag.type} ${tag.name}}}`;
    if (op !== undefined && tag.type === "node") {
      const own = definedAt(op);
      msg = `node ${op.name}${own} `;
      const done = new Set([own]);
      const lines: string[] = [];
      // Input ops in NodeDef input order (TF iterates a Python set here; with one input it is the same).
      for (const inp of uniqueInputOps(op)) {
        const at = definedAt(inp);
        if (!done.has(at)) { lines.push(` ${inp.name}${at}`); done.add(at); }
      }
      if (lines.length > 0) sources.push(`\nInput Source operations connected to node ${op.name}:\n${lines.join("\t\n")}`);
    } else if (tag.type === "function_node") msg = "";
    subs.push(msg);
  }
  if (sources.length > 0) subs.push("\n\nErrors may have originated from an input operation.", sources.join("\n"));
  let out = "";
  for (let i = 0; i < Math.max(seps.length, subs.length); i++) out += (seps[i] ?? "") + (subs[i] ?? "");
  return out;
}

function uniqueInputOps(op: Operation): Operation[] {
  const out: Operation[] = [];
  for (const o of [...op.inputs.map((t) => t.op), ...op.controlInputs]) if (!out.includes(o)) out.push(o);
  return out;
}

/** session.py `_do_call`: the op named by the first `[[…]]` (if it is in the graph) and the interpolated text. */
export function toOpError(err: TFError, graph: Graph, siteOf: SiteOf): OpError {
  const m = NODEDEF_NAME.exec(err.message);
  const op = m === null ? null : graph.operationByName(m[3]) ?? null;
  return new OpError(err.pyType, interpolate(err.message, graph, siteOf), op);
}

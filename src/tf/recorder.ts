/**
 * The explain hook (issue #7). Off by default: every emitting site reads `activeRecorder` once and
 * does nothing when it is null, so normal runs pay a single null check. Events carry the engine's own
 * objects; the explainer decides what to print.
 */
import type { Graph } from "./graph.js";
import type { Operation } from "./tensor.js";

/** How a variable scope was entered, and where its reuse setting came from. */
export interface ScopeEnteredEvent {
  kind: "variableScope";
  graph: Graph;
  /** `string`: by name; `object`: a captured VariableScope; `default`: name None with default_name. */
  how: "string" | "object" | "default";
  /** The variable scope's full name after entry. */
  name: string;
  /** The name scope it opened (`foo_1/`), or the one it re-entered. */
  nameScope: string;
  reuse: boolean | "AUTO_REUSE";
  /** `argument`, `parent` (inherited from the enclosing scope), or `captured` (the object's own). */
  reuseFrom: "argument" | "parent" | "captured";
  /** For default-name entry: `variable_scopes_count` of the plain default name under its parent,
   *  before entry (0 means the name itself was free). */
  defaultNameCount?: number;
}

/** Everything the engine reports while recording. */
export type EngineEvent =
  | { kind: "op"; graph: Graph; op: Operation }
  /** `requested` (already prefixed) was taken: `names_in_use[key]` was `count`, so it became `got`. */
  | { kind: "uniquified"; graph: Graph; requested: string; got: string; key: string; count: number }
  | { kind: "nameScope"; graph: Graph; requested: string | null; got: string | null }
  | ScopeEnteredEvent
  | { kind: "variableScopeExit"; graph: Graph; name: string }
  | { kind: "reuseVariables"; graph: Graph; scope: string }
  | { kind: "variableCreated"; graph: Graph; name: string; opName: string; variable: unknown }
  | { kind: "variableReused"; graph: Graph; name: string; variable: unknown }
  | { kind: "error"; pyType: string; message: string; detail?: Record<string, unknown> };

/** Receives engine events while installed. */
export interface Recorder {
  record(event: EngineEvent): void;
}

/** The installed recorder, or null (the default). Read it once per emitting site. */
export let activeRecorder: Recorder | null = null;

/** Installs (or with null, removes) the recorder. */
export function setRecorder(recorder: Recorder | null): void {
  activeRecorder = recorder;
}

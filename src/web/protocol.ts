/** The messages between the page and its worker (worker.ts), and what one run reports. */
import type { JsonDocument, Profile } from "./core.js";

/** One name the run gave an op or a variable, at the line that created it. */
export interface LineName {
  /** 1-based line of the editor's text. */
  line: number;
  name: string;
  kind: "variable" | "op" | "scope";
  /** The op type, `get_variable`/`tf.Variable`, or the scope kind. */
  detail: string;
  /** explain's reasoning: which rule, which scope, which counter. */
  reasons: string[];
}

/** One piece of output, in the order the program wrote it. */
export interface Chunk {
  stream: "stdout" | "stderr";
  text: string;
}

export interface ProfileResult {
  profile: Profile;
  output: Chunk[];
  /** Whether the run ended with an uncaught exception (or was cut short). */
  failed: boolean;
  names: LineName[];
  ms: number;
}

export type Request =
  | { id: number; kind: "run"; code: string; profiles: Profile[] }
  | { id: number; kind: "check"; text: string; document: string; profile: Profile };

export type Reply =
  /** The worker is ready; `boot`: ms since it started when its code had loaded and when tensorflow was imported. */
  | { id: 0; kind: "ready"; boot: { loaded: number; imported: number } }
  | { id: number; kind: "run"; results: ProfileResult[] }
  | { id: number; kind: "check"; document: JsonDocument; ms: number }
  | { id: number; kind: "error"; message: string };

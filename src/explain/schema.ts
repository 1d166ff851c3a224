/**
 * The explanation as data: what `tfscope explain --json` prints (schema `tfscope-explain/1`) and what
 * `explainSnippet` returns. Every line number is a line of the file or document that was run.
 */

/** Where something happened: the innermost line of the run code, and the lines that called into it. */
export interface Site {
  /** The line executing in the run code, or null when no frame of it was on the stack. */
  line: number | null;
  /** The call lines leading there, outermost first (`[19, 11]` for a function called at 11 from 19). */
  calls: number[];
}

/** Where a scope's `reuse` came from. */
export type ReuseOrigin =
  /** The root scope's own setting (False unless `reuse_variables()` was called on it). */
  | { kind: "root" }
  /** `reuse=True` / `reuse=tf.AUTO_REUSE` passed at `site`. */
  | { kind: "argument"; site: Site }
  /** Inherited (`reuse or parent.reuse`) from the enclosing variable scope `scope` (null: the root). */
  | { kind: "parent"; scope: string; entry: number | null }
  /** A captured scope re-entered keeps the captured object's own reuse (entry: where that scope was made). */
  | { kind: "captured"; scope: string; entry: number | null }
  /** `scope.reuse_variables()` at `site`. */
  | { kind: "reuse_variables"; site: Site };

/** One `with` that opened a scope: a name scope, a variable scope (with the name scope it opened), or both. */
export interface ScopeNode {
  /** Position in `Explanation.scopes` order of entry (0-based); referenced by ReuseOrigin.entry. */
  id: number;
  kind: "nameScope" | "variableScope";
  site: Site;
  /** The name scope the block runs in, with its trailing slash (`foo_1/`); `""` for the root. */
  nameScope: string;
  /** How the name scope was reached: `relative` (uniquified), `absolute` (a `x/` string re-entered),
   *  `current` (variable scope with auxiliary_name_scope=False), `none` (the root scope object). */
  nameScopeHow: "relative" | "absolute" | "current" | "none" | "root";
  /** Variable scopes only. */
  variableScope?: {
    name: string;
    how: "string" | "object" | "default";
    reuse: boolean | "AUTO_REUSE";
    reuseOrigin: ReuseOrigin;
    /** `scope.reuse_variables()` turned reuse on inside the block, here. */
    reuseVariablesAt: Site | null;
    originalNameScope: string;
  };
  /** Why the names are what they are, in plain words. */
  reasons: string[];
  children: ScopeNode[];
}

/** One op the run created. */
export interface OpEntry {
  name: string;
  type: string;
  site: Site;
  /** Set when the op belongs to a variable's own ops (`v/Initializer/...`, `v/Assign`, `v/read`). */
  ofVariable: string | null;
  reasons: string[];
}

/** One variable made or fetched. */
export interface VariableEntry {
  /** The variable-store key (get_variable) or the op name (tf.Variable). */
  name: string;
  /** The variable's op name (differs from the key when `unique_name` had to change it). */
  opName: string;
  via: "get_variable" | "tf.Variable";
  action: "created" | "reused";
  site: Site;
  /** The variable scope current at the call (get_variable only). */
  variableScope: string | null;
  reasons: string[];
}

/** The ops and variables whose names sit directly under one name scope. */
export interface ScopeGroup {
  /** `""` for the root, else the scope with its trailing slash. */
  nameScope: string;
  variables: VariableEntry[];
  ops: OpEntry[];
}

/** One graph's story (most snippets build one; `with tf.Graph().as_default()` makes more). */
export interface GraphExplanation {
  /** 1-based, in order of first use. */
  index: number;
  scopes: ScopeNode[];
  groups: ScopeGroup[];
}

/** An exception TensorFlow raised, and why. */
export interface ErrorExplanation {
  type: string;
  message: string;
  site: Site;
  /** Whether it ended the run (false: the snippet caught it). */
  uncaught: boolean;
  reasons: string[];
}

/** Everything `explain` says about one run. */
export interface Explanation {
  schema: "tfscope-explain/1";
  filename: string;
  profile: "1.15" | "2" | "0.12";
  stdout: string;
  graphs: GraphExplanation[];
  errors: ErrorExplanation[];
  /** The exception that ended the run, if any (its reasons are in `errors` when TensorFlow raised it). */
  exception: { type: string; message: string; line: number | null } | null;
  syntaxError: { message: string; line: number } | null;
  /** Remarks on what the explanation leaves out (e.g. code that ran eagerly). */
  notes: string[];
  /** tfscope could not run the code to its end: nothing after this point is explained. */
  unsupported: { feature: string; line: number | null } | null;
}

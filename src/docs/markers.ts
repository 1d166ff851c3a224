import type { Profile } from "./outcome.js";

/**
 * Markers steer the checker for the next snippet. They are written
 *
 * - in Markdown or plain text, as an HTML comment on its own line before the snippet:
 *   `<!-- tfscope: skip reason="needs a GPU" -->`
 * - in code, as a comment line anywhere in the snippet: `# tfscope: continue profile=2`
 *
 * After `tfscope:` come space-separated items, each a bare word or `key=value` (value optionally in
 * double quotes):
 *
 * | item               | effect                                                              |
 * |--------------------|---------------------------------------------------------------------|
 * | `skip`             | do not run; `reason="…"` says why                                   |
 * | `xfail`            | the snippet is expected to fail; failing is then not an error       |
 * | `reset`            | run on a fresh default graph even if it uses earlier names          |
 * | `continue`         | run in the earlier snippets' session even if it uses none of them   |
 * | `profile=1.15|2|0.12` | the TensorFlow generation to reproduce                           |
 * | `python2`          | run print statements as Python 2 does                               |
 * | `ellipsis`         | `...` in expected output matches any text (doctest's ELLIPSIS)      |
 * | `reason="…"`       | free text shown in the report                                       |
 */
export interface Markers {
  skip?: boolean;
  xfail?: boolean;
  reset?: boolean;
  continue?: boolean;
  profile?: Profile;
  python2?: boolean;
  ellipsis?: boolean;
  reason?: string;
  /** Items tfscope does not know; the snippet then fails loudly instead of guessing. */
  unknown?: string[];
}

const PROFILES: readonly string[] = ["1.15", "2", "0.12"];
const FLAGS = ["skip", "xfail", "reset", "continue", "python2", "ellipsis"] as const;

/** The marker text after `tfscope:` in `text`, or null when `text` holds no marker. */
export function markerBody(text: string): string | null {
  const m = /^\s*(?:<!--|#)\s*tfscope:(.*?)(?:-->)?\s*$/.exec(text);
  return m ? m[1]! : null;
}

/** Parses the items of one marker body into `into` (later items win). */
export function parseMarkers(body: string, into: Markers = {}): Markers {
  const item = /([A-Za-z_][\w.-]*)(?:=(?:"([^"]*)"|(\S+)))?/g;
  for (const m of body.matchAll(item)) {
    const key = m[1]!;
    const value = m[2] ?? m[3];
    if ((FLAGS as readonly string[]).includes(key) && value === undefined) {
      into[key as (typeof FLAGS)[number]] = true;
    } else if (key === "profile" && value !== undefined && PROFILES.includes(value)) {
      into.profile = value as Profile;
    } else if (key === "reason" && value !== undefined) {
      into.reason = value;
    } else if (key === "skip" && value !== undefined) {
      into.skip = true;
      into.reason = value;
    } else {
      (into.unknown ??= []).push(m[0]);
    }
  }
  return into;
}

/** Merges marker sets; items in `b` win. */
export function mergeMarkers(a: Markers, b: Markers): Markers {
  const unknown = [...(a.unknown ?? []), ...(b.unknown ?? [])];
  return { ...a, ...b, ...(unknown.length ? { unknown } : {}) };
}

/**
 * `check --fix --explain`: the reason `explain` gives for a true value, to write beside the fix. An
 * explanation (explain/document.ts, one line per name: `` `foo/v` (line 8): get_variable puts the
 * variable scope `foo` (entered at line 7) before `v` ``) is searched for the line about the name the
 * true value shows (`foo/v:0`, `'foo/v:0'`, `<tf.Variable 'foo/v:0' ...>` all name `foo/v`).
 */

/** The reason for the name in `actual`, as one line (`foo/v: get_variable puts ...`), or null. */
export function reasonFor(explanation: string, actual: string): string | null {
  const name = /([\w./-]+?)(?::\d+)?['"]?(?:\s|>|$)/.exec(actual.replace(/^<tf\.\w+ '|^['"]/, ""))?.[1];
  if (!name) return null;
  for (const line of explanation.split("\n")) {
    const m = /^`([^`]+)` \(line \d+\): (.*)$/.exec(line.trim());
    if (m && m[1] === name) return `${name}: ${m[2]}`;
  }
  return null;
}

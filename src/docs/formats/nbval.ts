/**
 * nbval's markers (a comment line `# NBVAL_...`) and cell tags (nbval/plugin.py: comment_markers,
 * metadata_tags = the marker lower-cased with `-` for `_`), plus Jupyter's own `raises-exception`
 * and the `skip-execution` tag that nbclient-based runners honour. What they mean here:
 *
 * | marker / tag                                       | effect                                              |
 * |----------------------------------------------------|-----------------------------------------------------|
 * | `NBVAL_SKIP`, `nbval-skip`, `skip-execution`        | the cell is not run (skipped)                       |
 * | `NBVAL_IGNORE_OUTPUT`, `nbval-ignore-output`        | run; recorded output is not compared                |
 * | `NBVAL_RAISES_EXCEPTION`, `nbval-raises-exception`, `raises-exception` | the cell is expected to raise |
 * | `NBVAL_CHECK_OUTPUT`, `nbval-check-output`          | compare output (what tfscope does anyway)           |
 *
 * As in nbval, a comment marker is a whole comment line (leading `#`s and spaces stripped).
 */

export interface NbvalOptions {
  /** Why the cell is not run, or null. */
  skip: string | null;
  ignoreOutput: boolean;
  raisesException: boolean;
}

const MARKERS = ["NBVAL_SKIP", "NBVAL_IGNORE_OUTPUT", "NBVAL_RAISES_EXCEPTION", "NBVAL_CHECK_OUTPUT", "PYTEST_VALIDATE_IGNORE_OUTPUT"];

/** The nbval options of a cell, from its comment lines and its tags. */
export function nbvalOptions(lines: readonly string[], tags: readonly string[]): NbvalOptions {
  const found = new Set<string>();
  for (const l of lines) {
    const t = l.trim();
    if (!t.startsWith("#")) continue;
    const comment = t.replace(/^#+/, "").trim();
    if (MARKERS.includes(comment)) found.add(`# ${comment}`);
  }
  for (const tag of tags) {
    if (MARKERS.some((m) => m.toLowerCase().replace(/_/g, "-") === tag) || tag === "raises-exception" || tag === "skip-execution") {
      found.add(`tag ${tag}`);
    }
  }
  const has = (...names: string[]) => [...found].find((f) => names.some((n) => f.endsWith(` ${n}`)));
  const skip = has("NBVAL_SKIP", "nbval-skip", "skip-execution");
  return {
    skip: skip ? `nbval: ${skip}` : null,
    ignoreOutput: !!has("NBVAL_IGNORE_OUTPUT", "nbval-ignore-output", "PYTEST_VALIDATE_IGNORE_OUTPUT", "pytest-validate-ignore-output"),
    raisesException: !!has("NBVAL_RAISES_EXCEPTION", "nbval-raises-exception", "raises-exception"),
  };
}

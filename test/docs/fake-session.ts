import type { Evaluation, Outcome, RunOptions, SessionFactory, SnippetSession } from "../../src/docs/outcome.js";

/** One recorded call to a fake session. */
export type Call = { kind: "run"; code: string; options: RunOptions } | { kind: "reset" } | { kind: "evaluate"; expression: string };

/**
 * A SessionFactory whose sessions answer from a script instead of running Python: `respond` gets
 * the code and options and returns the outcome's fields. Every call is recorded in `calls`.
 */
export function fakeFactory(
  respond: (code: string, options: RunOptions) => Partial<Outcome> = () => ({}),
  evaluate?: (expression: string) => Evaluation,
): { factory: SessionFactory; calls: Call[]; profiles: string[] } {
  const calls: Call[] = [];
  const profiles: string[] = [];
  const factory: SessionFactory = ({ profile }) => {
    profiles.push(profile);
    const session: SnippetSession = {
      run(code, options) {
        calls.push({ kind: "run", code, options });
        return { stdout: "", stderr: "", ...respond(code, options) };
      },
      reset() {
        calls.push({ kind: "reset" });
      },
    };
    if (evaluate) {
      session.evaluate = (expression) => {
        calls.push({ kind: "evaluate", expression });
        return evaluate(expression);
      };
    }
    return session;
  };
  return { factory, calls, profiles };
}

/** Runs of snippet code only (setup runs filtered out). */
export function snippetRuns(calls: Call[]): Extract<Call, { kind: "run" }>[] {
  return calls.filter((c): c is Extract<Call, { kind: "run" }> => c.kind === "run" && c.options.filename !== "<tfscope setup>");
}

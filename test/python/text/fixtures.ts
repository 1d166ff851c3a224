// Loads the CPython-recorded fixtures (see gen-fixtures.py) and compares rows in bulk, reporting
// the mismatching rows so a failure names its inputs.
import { readFileSync } from "node:fs";

export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")) as T;
}

/** A double from the little-endian hex of its bits, as gen-fixtures.py writes floats. */
export function fromBits(hex: string): number {
  return Buffer.from(hex, "hex").readDoubleLE(0);
}

/** Runs `f`, turning text errors into the "!Type: message" form the fixtures record. */
export function outcome<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    const err = e as { pyType?: string; message: string; name: string };
    if (err.name === "PyRegexError") return `!error: ${err.message}`;
    if (err.pyType === "KeyError") return `!KeyError: '${err.message}'`;
    return `!${err.pyType ?? err.name}: ${err.message}`;
  }
}

/** The rows where `actual(row)` differs from `expected(row)`, with both values. */
export function mismatches<R>(rows: readonly R[], actual: (r: R) => unknown, expected: (r: R) => unknown): unknown[] {
  const bad: unknown[] = [];
  for (const row of rows) {
    const a = actual(row);
    const e = expected(row);
    if (JSON.stringify(a) !== JSON.stringify(e)) bad.push({ row, expected: e, actual: a });
  }
  return bad.slice(0, 10);
}

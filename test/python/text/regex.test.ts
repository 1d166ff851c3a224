import { describe, expect, it } from "vitest";
import { TextUnsupported } from "../../../src/python/text/errors.js";
import {
  compileRegex,
  expandTemplate,
  parseTemplate,
  regexFindall,
  regexFullmatch,
  regexMatch,
  regexSearch,
  regexSplit,
  regexSubn,
  type RegexMatch,
} from "../../../src/python/text/regex.js";
import { fixture, mismatches, outcome } from "./fixtures.js";

interface Row {
  pattern: string;
  flags: number;
  subject: string;
  match: unknown;
  search: unknown;
  fullmatch: unknown;
  findall: unknown;
  split: unknown;
  split1: unknown;
  sub: string;
  subn1: unknown;
  reflags: number;
  groups: number;
  search13: unknown;
}
const rows = fixture<Row[]>("regex.json");
const spans = (m: RegexMatch | null) => (m ? m.spans : null);

describe("re semantics (CPython-recorded)", () => {
  it("match, search, fullmatch, with group spans", () => {
    const actual = (r: Row) => {
      const re = compileRegex(r.pattern, r.flags);
      const full = regexFullmatch(re, r.subject);
      return [spans(regexMatch(re, r.subject)), spans(regexSearch(re, r.subject)), full ? [full.spans[0]] : null, re.flags, re.groups];
    };
    expect(mismatches(rows, actual, (r) => [r.match, r.search, r.fullmatch, r.reflags, r.groups])).toEqual([]);
  });

  it("search with pos and endpos", () => {
    const actual = (r: Row) => regexSearch(compileRegex(r.pattern, r.flags), r.subject, 1, 3)?.spans[0] ?? null;
    expect(mismatches(rows, actual, (r) => r.search13)).toEqual([]);
  });

  it("findall, split and sub follow CPython's empty-match rules", () => {
    const actual = (r: Row) => {
      const re = compileRegex(r.pattern, r.flags);
      const tpl = parseTemplate(re, "<\\g<0>>");
      return [
        regexFindall(re, r.subject),
        regexSplit(re, r.subject),
        regexSplit(re, r.subject, 1),
        regexSubn(re, r.subject, (m) => expandTemplate(tpl, r.subject, m))[0],
        regexSubn(re, r.subject, () => "#", 1),
      ];
    };
    expect(mismatches(rows, actual, (r) => [r.findall, r.split, r.split1, r.sub, r.subn1])).toEqual([]);
  });

  it("pattern errors carry CPython's message and position", () => {
    const cases = fixture<[string, string][]>("regex-errors.json");
    const actual = ([p]: [string, string]) => {
      try {
        const re = compileRegex(p);
        return `ok ${re.flags} ${re.groups}`;
      } catch (e) {
        return `error: ${(e as Error).message}`;
      }
    };
    expect(mismatches(cases, actual, ([, e]) => e)).toEqual([]);
  });

  it("replacement templates", () => {
    const cases = fixture<[string, string][]>("regex-templates.json");
    const re = compileRegex("(?P<a>x)(y)?");
    const actual = ([t]: [string, string]) =>
      outcome(() => {
        const parts = parseTemplate(re, t);
        return regexSubn(re, "xyx", (m) => expandTemplate(parts, "xyx", m))[0];
      });
    expect(mismatches(cases, actual, ([, e]) => e)).toEqual([]);
  });

  it("features JavaScript cannot express are reported, not guessed", () => {
    // The last three repeat groups that an iteration may leave unset or match "" with: JavaScript
    // and Python keep different captures there.
    for (const p of ["a++", "(?>a)", "(?(1)a|b)", "(?i:a)b", "\\N{DIGIT ONE}", "(?:(a)|b)+", "(a*)*", "(?:(a)?b){2}"]) {
      expect(() => compileRegex(p), p).toThrow(TextUnsupported);
    }
  });
});

import { None, PyNativeFunction, PyObject, builtinType, defMethod, typeName, type Kwargs, type PyValue } from "../objects/base.js";
import { argCount, bindNative } from "../objects/args.js";
import { defGetSet } from "../objects/descriptors.js";
import { Exception, IndexError, PyException, TypeError, pyErr } from "../objects/exceptions.js";
import { JsIter, iteratorType } from "../objects/iterators.js";
import { PyModule } from "../objects/module.js";
import { intOf } from "../objects/numbers.js";
import { PyDict, PyList, pyTuple } from "../objects/values.js";
import { call } from "../ops/call.js";
import { repr } from "../ops/convert.js";
import { textError } from "../ops/text-errors.js";
import {
  PyRegexError,
  RE_FLAGS,
  compileRegex,
  expandTemplate,
  parseTemplate,
  regexFindall,
  regexFinditer,
  regexFullmatch,
  regexMatch,
  regexSearch,
  regexSplit,
  regexSubn,
  type CompiledRegex,
  type RegexMatch,
} from "../text/regex.js";
import { defineStdlib } from "./index.js";

/** re.error. */
export const reError = builtinType("error", Exception, "re");

function regexCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PyRegexError) {
      const err = new PyException(reError, [e.message]);
      err.dict!.set("msg", e.msg);
      err.dict!.set("pattern", e.pattern);
      err.dict!.set("pos", e.pos ?? None);
      throw err;
    }
    throw textError(e);
  }
}

const patternType = builtinType("Pattern", undefined, "re");
const matchType = builtinType("Match", undefined, "re");
const scannerType = iteratorType("callable_iterator");

class PyPattern extends PyObject {
  constructor(readonly re: CompiledRegex) {
    super(patternType);
  }
}

class PyMatch extends PyObject {
  constructor(
    readonly pattern: PyPattern,
    readonly m: RegexMatch,
    readonly s: string,
    readonly pos: number,
    readonly endpos: number,
  ) {
    super(matchType);
  }
  groupIndex(g: PyValue): number {
    if (typeof g === "string") {
      const i = this.pattern.re.groupIndex.get(g);
      if (i === undefined) throw pyErr(IndexError, "no such group");
      return i;
    }
    const i = intOf(g);
    if (i === undefined || i < 0 || i > this.pattern.re.groups) throw pyErr(IndexError, "no such group");
    return Number(i);
  }
  group(g: PyValue, dflt: PyValue = None): PyValue {
    const span = this.m.spans[this.groupIndex(g)];
    return span ? this.s.slice(span[0], span[1]) : dflt;
  }
}

function str(v: PyValue, what: string): string {
  if (typeof v !== "string") throw pyErr(TypeError, `${what}, not '${typeName(v)}'`);
  return v;
}

function toPattern(p: PyValue, flags: PyValue | undefined): PyPattern {
  if (p instanceof PyPattern) return p;
  const f = flags === undefined ? 0 : Number(intOf(flags) ?? 0);
  const s = str(p, "first argument must be string or compiled pattern");
  return new PyPattern(regexCall(() => compileRegex(s, f)));
}

function matchOrNone(p: PyPattern, m: RegexMatch | null, s: string, pos: number, endpos: number): PyValue {
  return m === null ? None : new PyMatch(p, m, s, pos, endpos);
}

function replacer(p: PyPattern, repl: PyValue, s: string): (m: RegexMatch) => string {
  if (typeof repl === "string") {
    const parts = regexCall(() => parseTemplate(p.re, repl));
    return (m) => expandTemplate(parts, s, m);
  }
  return (m) => {
    const r = call(repl, [new PyMatch(p, m, s, 0, s.length)]);
    return str(r, "expected str instance");
  };
}

const P = (a: PyValue[]) => a[0] as PyPattern;
type Op = "match" | "fullmatch" | "search";
const OPS = { match: regexMatch, fullmatch: regexFullmatch, search: regexSearch };
for (const op of ["match", "fullmatch", "search"] as Op[]) {
  defMethod(patternType, op, (a, kw) => {
    const [s, pos, endpos] = bindNative(op, a, kw, ["string", "pos", "endpos"], 1, [], 1);
    const text = str(s!, "expected string or bytes-like object");
    const p0 = pos === undefined ? 0 : Number(intOf(pos));
    const e0 = endpos === undefined ? text.length : Number(intOf(endpos));
    return matchOrNone(P(a), regexCall(() => OPS[op](P(a).re, text, p0, e0)), text, p0, e0);
  });
}
defMethod(patternType, "findall", (a, kw) => {
  const [s] = bindNative("findall", a, kw, ["string", "pos", "endpos"], 1, [], 1);
  const out = regexCall(() => regexFindall(P(a).re, str(s!, "expected string or bytes-like object")));
  return new PyList(out.map((x) => (typeof x === "string" ? x : pyTuple(x))));
});
defMethod(patternType, "finditer", (a, kw) => {
  const [s] = bindNative("finditer", a, kw, ["string", "pos", "endpos"], 1, [], 1);
  const text = str(s!, "expected string or bytes-like object");
  const p = P(a);
  const it = regexFinditer(p.re, text);
  return new JsIter(scannerType, (function* () {
    for (const m of it) yield new PyMatch(p, m, text, 0, text.length);
  })());
});
defMethod(patternType, "split", (a, kw) => {
  const [s, maxsplit] = bindNative("split", a, kw, ["string", "maxsplit"], 1, [], 1);
  const parts = regexCall(() => regexSplit(P(a).re, str(s!, "expected string or bytes-like object"), maxsplit === undefined ? 0 : Number(intOf(maxsplit))));
  return new PyList(parts.map((x) => (x === null ? None : x)));
});
function subn(a: PyValue[], kw: Kwargs): [string, number] {
  const [repl, s, count] = bindNative("sub", a, kw, ["repl", "string", "count"], 2, [], 1);
  const text = str(s!, "expected string or bytes-like object");
  const p = P(a);
  return regexCall(() => regexSubn(p.re, text, replacer(p, repl!, text), count === undefined ? 0 : Number(intOf(count))));
}
defMethod(patternType, "sub", (a, kw) => subn(a, kw)[0]);
defMethod(patternType, "subn", (a, kw) => pyTuple(subn(a, kw)));
defGetSet(patternType, "pattern", (o) => (o as PyPattern).re.pattern);
defGetSet(patternType, "flags", (o) => (o as PyPattern).re.flags);
defGetSet(patternType, "groups", (o) => (o as PyPattern).re.groups);
defGetSet(patternType, "groupindex", (o) => {
  const d = new PyDict();
  for (const [k, v] of (o as PyPattern).re.groupIndex) d.table.set(k, v);
  return d;
});
defMethod(patternType, "__repr__", (a) => `re.compile(${repr(P(a).re.pattern)})`);

const M = (a: PyValue[]) => a[0] as PyMatch;
defMethod(matchType, "group", (a) => {
  const m = M(a);
  if (a.length <= 1) return m.group(0);
  if (a.length === 2) return m.group(a[1]!);
  return pyTuple(a.slice(1).map((g) => m.group(g)));
});
defMethod(matchType, "__getitem__", (a) => M(a).group(a[1]!));
defMethod(matchType, "groups", (a, kw) => {
  const [d] = bindNative("groups", a, kw, ["default"], 0, [], 1);
  const m = M(a);
  const out: PyValue[] = [];
  for (let g = 1; g <= m.pattern.re.groups; g++) out.push(m.group(g, d ?? None));
  return pyTuple(out);
});
defMethod(matchType, "groupdict", (a, kw) => {
  const [d] = bindNative("groupdict", a, kw, ["default"], 0, [], 1);
  const m = M(a);
  const out = new PyDict();
  for (const [name, g] of m.pattern.re.groupIndex) out.table.set(name, m.group(g, d ?? None));
  return out;
});
const spanOf = (a: PyValue[]): [number, number] => {
  const m = M(a);
  const span = m.m.spans[m.groupIndex(a[1] ?? 0)];
  return span ?? [-1, -1];
};
defMethod(matchType, "start", (a) => spanOf(a)[0]);
defMethod(matchType, "end", (a) => spanOf(a)[1]);
defMethod(matchType, "span", (a) => pyTuple(spanOf(a)));
defMethod(matchType, "expand", (a) => {
  const m = M(a);
  const parts = regexCall(() => parseTemplate(m.pattern.re, str(a[1]!, "expected str instance")));
  return expandTemplate(parts, m.s, m.m);
});
defMethod(matchType, "__repr__", (a) => {
  const m = M(a);
  const [s, e] = m.m.spans[0]!;
  return `<re.Match object; span=(${s}, ${e}), match=${repr(m.s.slice(s, e))}>`;
});
defGetSet(matchType, "string", (o) => (o as PyMatch).s);
defGetSet(matchType, "re", (o) => (o as PyMatch).pattern);
defGetSet(matchType, "pos", (o) => (o as PyMatch).pos);
defGetSet(matchType, "endpos", (o) => (o as PyMatch).endpos);
defGetSet(matchType, "lastindex", (o) => {
  const m = o as PyMatch;
  let last: PyValue = None;
  let end = -1;
  m.m.spans.forEach((sp, g) => {
    if (g > 0 && sp && sp[1] >= end) {
      end = sp[1];
      last = g;
    }
  });
  return last;
});

defineStdlib("re", () => {
  const m = new PyModule("re");
  const ns = m.ns;
  const def = (name: string, fn: (a: PyValue[], kw: Kwargs) => PyValue) => ns.set(name, new PyNativeFunction(name, fn));
  ns.set("error", reError);
  ns.set("Pattern", patternType);
  ns.set("Match", matchType);
  const short: Record<string, string> = { IGNORECASE: "I", MULTILINE: "M", DOTALL: "S", VERBOSE: "X", ASCII: "A", UNICODE: "U", LOCALE: "L", TEMPLATE: "T", DEBUG: "DEBUG" };
  for (const [k, v] of Object.entries(RE_FLAGS)) {
    ns.set(k, v);
    ns.set(short[k]!, v);
  }
  def("compile", (a, kw) => {
    const [p, flags] = bindNative("compile", a, kw, ["pattern", "flags"], 1);
    return toPattern(p!, flags);
  });
  const via = (name: string, params: string[]) =>
    def(name, (a, kw) => {
      const args = bindNative(name, a, kw, ["pattern", ...params, "flags"], 2);
      const p = toPattern(args[0]!, args[args.length - 1]);
      const method = patternType.dict!.get(name) as PyNativeFunction;
      const rest = args.slice(1, -1).filter((x) => x !== undefined) as PyValue[];
      return method.impl([p, ...rest], null);
    });
  for (const name of ["match", "fullmatch", "search", "findall", "finditer"]) via(name, ["string"]);
  via("split", ["string", "maxsplit"]);
  via("sub", ["repl", "string", "count"]);
  via("subn", ["repl", "string", "count"]);
  def("escape", (a) => {
    argCount("escape", a, 1, 1);
    // Lib/re/__init__.py's _special_chars_map (3.7+): only these characters are escaped.
    return str(a[0]!, "expected str").replace(/[()[\]{}?*+\-|^$\\.&~# \t\n\r\v\f]/g, (c) => `\\${c}`);
  });
  def("purge", () => None);
  return m;
});

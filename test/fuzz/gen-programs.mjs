/**
 * Random Python programs for the CPython differential test: each program is a few statements whose
 * output depends only on Python semantics (no addresses, no clocks, no str-hash order), so CPython 3.11
 * run with PYTHONHASHSEED=0 and tfscope must print the same bytes. Generated from an integer seed, so
 * a failing program is reproduced from its seed alone.
 */

/** mulberry32: a small seeded PRNG (the generator must not depend on Math.random). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
  };
  return r;
}

const INTS = ["0", "1", "2", "3", "-1", "7", "10", "-5", "255", "1000", "2**64", "-(2**70)", "True", "False", "0x1f", "1_000"];
const FLOATS = ["0.0", "1.5", "-2.25", "0.1", "1e300", "1e-5", "3.0", "float('inf')", "float('nan')", "-0.0", "2.5e10"];
const STRS = ["''", "'a'", "'abc'", "'Hello World'", "'x,y,z'", "' pad '", "'10'", "'3.5'", "'é'", "'a\\nb'", "'%s-%d'", "'{}:{}'", "'AbC'"];
const NAMES = ["a", "b", "c", "xs", "d", "s", "t", "n"];
const BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"];
const CMPOPS = ["<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not"];
const AUGOPS = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="];
const BUILTINS1 = ["len", "abs", "int", "str", "float", "bool", "repr", "list", "tuple", "set", "sorted", "min", "max", "sum", "reversed", "type", "chr", "ord", "hex", "oct", "bin", "round", "hash", "frozenset", "dict", "bytes", "iter", "enumerate", "any", "all", "ascii", "callable"];
const BUILTINS2 = ["divmod", "pow", "round", "int", "isinstance", "min", "max", "range", "zip", "getattr", "bytes", "str", "bool", "sorted", "format", "map", "filter", "enumerate", "sum"];
const STR_METHODS = ["upper()", "lower()", "split()", "split(',')", "strip()", "join(['1', '2'])", "replace('a', 'b')", "find('b')", "index('z')", "startswith('a')", "count('a')", "title()", "center(9, '*')", "zfill(5)", "format(1, 2)", "encode()", "isdigit()", "partition(',')", "rjust(6)", "splitlines()", "casefold()", "swapcase()", "rstrip('z')", "__len__()"];
const LIST_METHODS = ["append(1)", "pop()", "pop(0)", "index(2)", "count(1)", "copy()", "reverse()", "sort()", "insert(0, 'x')", "remove(3)", "extend('ab')", "clear()"];
const DICT_METHODS = ["get('a')", "get('q', 0)", "keys()", "values()", "items()", "pop('a')", "setdefault('k', 1)", "copy()", "update(a=1)", "popitem()"];

/** A random program (a string), and the seed it came from. */
export function genProgram(seed) {
  const r = rng(seed);
  const g = new Gen(r);
  const lines = ["a = 3", "b = [1, 2, 3]", "c = 'abc'", "xs = (4, 5)", "d = {'a': 1, 'b': 2}", "s = {1, 2}", "t = 2.5", "n = None"];
  const count = r.int(3, 10);
  for (let i = 0; i < count; i++) lines.push(...g.stmt());
  if (r.chance(0.3)) lines.push(`print(${g.expr(1)})`); // sometimes uncaught: the traceback's last line compares too
  return lines.join("\n") + "\n";
}

class Gen {
  constructor(r) {
    this.r = r;
  }
  atom() {
    const r = this.r;
    switch (r.int(0, 9)) {
      case 0: case 1: return r.pick(INTS);
      case 2: return r.pick(FLOATS);
      case 3: case 4: return r.pick(STRS);
      case 5: case 6: return r.pick(NAMES);
      case 7: return r.pick(["None", "[]", "()", "{}", "set()", "b''", "b'ab'", "[1, 'a', 2.0]", "(1,)", "{1: 'x'}", "{3, 1, 2}", "range(5)", "(1,)"]);
      case 8: return `[${this.list(1)}]`;
      default: return `(${this.expr(0)},${this.list(0)})`;
    }
  }
  list(depth) {
    const n = this.r.int(0, 4);
    const out = [];
    for (let i = 0; i < n; i++) out.push(this.r.chance(0.1) ? `*${this.expr(depth)}` : this.expr(depth));
    return out.join(", ");
  }
  expr(depth = 3) {
    const r = this.r;
    if (depth <= 0) return this.atom();
    const d = depth - 1;
    switch (r.int(0, 19)) {
      case 0: case 1: case 2: return `${this.expr(d)} ${r.pick(BINOPS)} ${this.expr(d)}`;
      case 3: return `${r.pick(["-", "+", "~", "not "])}${this.expr(d)}`;
      case 4: return `${this.expr(d)} ${r.pick(CMPOPS)} ${this.expr(d)}`;
      case 5: return `${r.pick(BUILTINS1)}(${this.expr(d)})`;
      case 6: return `${r.pick(BUILTINS2)}(${this.expr(d)}, ${this.expr(d)})`;
      case 7: return `${this.expr(d)}[${this.expr(d)}]`;
      case 8: return `${this.expr(d)}[${r.chance(0.5) ? this.expr(d) : ""}:${r.chance(0.5) ? this.expr(d) : ""}${r.chance(0.3) ? ":" + this.expr(d) : ""}]`;
      case 9: return `${r.pick(["c", "'a,b'", "str(a)", "' x '"])}.${r.pick(STR_METHODS)}`;
      case 10: return `[${this.list(d)}]`;
      case 11: return `{${this.list(d)}}`;
      case 12: return `{${this.expr(d)}: ${this.expr(d)}${r.chance(0.5) ? `, ${this.expr(d)}: ${this.expr(d)}` : ""}}`;
      case 13: return `[${r.pick(["v", "v * 2", "str(v)", "(v, v)", "-v"])} for v in ${this.expr(d)}${r.chance(0.3) ? " if v" : ""}]`;
      case 14: return `(${this.expr(d)} if ${this.expr(d)} else ${this.expr(d)})`;
      case 15: return `f'${r.pick(["{", "x{", "{{}}{"])}${this.fexpr(d)}${r.pick(["}", "!r}", ":>5}", ":.2f}", ":d}", ":x}", "}{{"])}'`;
      case 16: return `(${this.expr(d)} ${r.pick(["and", "or"])} ${this.expr(d)})`;
      case 17: return `(lambda v: ${this.expr(d)})(${this.expr(d)})`;
      case 18: return `'%s' % ${r.pick(["(X,)", "[X]", "(X)", "X"]).replace("X", this.expr(d))}`;
      default: return `(${this.expr(d)})`;
    }
  }
  fexpr(d) {
    // Inside an f-string's braces: no quotes of the kind the string uses, no backslashes (3.11).
    return this.expr(d).replace(/'/g, '"').replace(/\\/g, "");
  }
  stmt() {
    const r = this.r;
    const e = () => this.expr(r.int(1, 2));
    switch (r.int(0, 9)) {
      case 0: case 1: case 2:
        return ["try:", `    print(repr(${e()}))`, "except Exception as e:", "    print(type(e).__name__, e)"];
      case 3:
        return ["try:", `    ${r.pick(NAMES)} ${r.pick(AUGOPS)} ${e()}`, "except Exception as e:", "    print(type(e).__name__, e)"];
      case 4:
        return [`${r.pick(NAMES)} = ${e()}`];
      case 5:
        return ["try:", `    print(${r.pick(["b", "d", "[3, 1]", "{'z': 0}"])}.${r.pick(r.chance(0.5) ? LIST_METHODS : DICT_METHODS)})`, "except Exception as e:", "    print(type(e).__name__, e)"];
      case 6:
        return ["try:", `    for v in ${e()}:`, `        print(v, end=' ')`, "    print()", "except Exception as e:", "    print(type(e).__name__, e)"];
      case 7:
        return ["try:", `    p, *q = ${e()}`, "    print(p, q)", "except Exception as e:", "    print(type(e).__name__, e)"];
      case 8:
        return ["try:", `    print(${e()}, sep=${r.pick(["'-'", "''", "None"])})`, "except Exception as e:", "    print(type(e).__name__, e)"];
      default:
        return ["def fn(x, y=2, *args, **kw):", `    return ${this.expr(2).replace(/\b(a|b|c)\b/g, "x")}`, "try:", `    print(fn(${e()}${r.chance(0.5) ? `, ${e()}` : ""}))`, "except Exception as e:", "    print(type(e).__name__, e)"];
    }
  }
}

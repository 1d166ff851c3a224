/**
 * `str` and `repr` of arrays exactly as numpy 1.17 prints them (numpy/core/arrayprint.py,
 * legacy=False): `array2string`, `_formatArray`'s wrapping and summarising, `array_repr`'s dtype suffix.
 */
import { type DType, isFloat } from "./dtype.js";
import { type Elem, type NDArray, stridesOf } from "./ndarray.js";
import { floatingFormat } from "./floatingformat.js";
import { DEFAULT_PRINT_OPTIONS, type PrintOptions } from "./printoptions.js";
import { bytesRepr, scalarRepr } from "./scalarrepr.js";

type Formatter = (e: Elem) => string;

/** Indices kept along an axis of length n: all of them, or the edge items when summarising. */
function keptIndices(n: number, summarise: boolean, edge: number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  if (!summarise || n <= 2 * edge) return all;
  return [...all.slice(0, edge), ...all.slice(n - edge)];
}

/** The elements numpy's `_leading_trailing` keeps; formatter widths come from these only. */
function shownElements(a: NDArray, summarise: boolean, edge: number): Elem[] {
  const strides = stridesOf(a.shape);
  const out: Elem[] = [];
  const walk = (axis: number, off: number): void => {
    if (axis === a.ndim) { out.push(a.data[off]); return; }
    for (const i of keptIndices(a.shape[axis], summarise, edge)) walk(axis + 1, off + i * strides[axis]);
  };
  walk(0, 0);
  return out;
}

/** numpy's IntegerFormat: right-aligned to the wider of the max and min. */
function intFormatter(values: number[]): Formatter {
  let max = -Infinity, min = Infinity;
  for (const v of values) { if (v > max) max = v; if (v < min) min = v; }
  const width = values.length === 0 ? 0 : Math.max(String(max).length, String(min).length);
  return (e) => String(e).padStart(width, " ");
}

function formatterFor(a: NDArray, shown: Elem[], opts: PrintOptions): Formatter {
  if (a.dtype === "bytes") return (e) => bytesRepr(e as Uint8Array);
  if (a.dtype === "bool") {
    // BoolFormat pads True to line up with False, except in 0-d arrays.
    const t = a.ndim === 0 ? "True" : " True";
    return (e) => (e ? t : "False");
  }
  if (isFloat(a.dtype)) {
    const f = floatingFormat(shown as number[], a.dtype, opts);
    return (e) => f(e as number);
  }
  return intFormatter(shown as number[]);
}

/** numpy's `_extendLine`: wrap before `word` when it would pass the width, unless wrapping cannot help. */
function extendLine(s: string, line: string, word: string, width: number, indent: string): [string, string] {
  if (line.length + word.length > width && line.length > indent.length) {
    s += line.trimEnd() + "\n";
    line = indent;
  }
  return [s, line + word];
}

/**
 * numpy's `array2string`: `prefix` sets the continuation indent, `suffix` is reserved at the end
 * of the width (repr passes "array(" and ")" or ",").
 */
export function array2string(
  a: NDArray, separator = " ", prefix = "", suffix = "", opts: PrintOptions = DEFAULT_PRINT_OPTIONS,
): string {
  if (a.size === 0) return "[]";
  const edge = opts.edgeitems;
  const summarise = a.size > opts.threshold;
  const fmt = formatterFor(a, shownElements(a, summarise, edge), opts);
  const strides = stridesOf(a.shape);
  const sepTrim = separator.trimEnd();

  const recurse = (axis: number, off: number, indent: string, width: number): string => {
    if (axis === a.ndim) return fmt(a.data[off]);
    // Children sit one column further right and must leave room for this level's "]".
    const childIndent = indent + " ";
    const childWidth = width - 1;
    const n = a.shape[axis];
    const showSummary = summarise && 2 * edge < n;
    const leading = showSummary ? edge : 0;
    const trailing = showSummary ? edge : n;
    const child = (i: number) => recurse(axis + 1, off + i * strides[axis], childIndent, childWidth);
    const axesLeft = a.ndim - axis;
    let s = "";
    if (axesLeft === 1) {
      const elemWidth = width - Math.max(sepTrim.length, 1);
      let line = indent;
      const add = (word: string, last = false) => {
        [s, line] = extendLine(s, line, word, elemWidth, indent);
        if (!last) line += separator;
      };
      for (let i = 0; i < leading; i++) add(child(i));
      if (showSummary) add("...");
      for (let i = trailing; i > 1; i--) add(child(n - i));
      add(child(n - 1), true);
      s += line;
    } else {
      const lineSep = sepTrim + "\n".repeat(axesLeft - 1);
      for (let i = 0; i < leading; i++) s += indent + child(i) + lineSep;
      if (showSummary) s += indent + "..." + lineSep;
      for (let i = trailing; i > 1; i--) s += indent + child(n - i) + lineSep;
      s += indent + child(n - 1);
    }
    return "[" + s.slice(indent.length) + "]";
  };
  return recurse(0, 0, " ".repeat(prefix.length + 1), opts.linewidth - suffix.length);
}

/** numpy's `str(array)`: a 0-d array prints as its scalar would. */
export function arrayStr(a: NDArray, opts: PrintOptions = DEFAULT_PRINT_OPTIONS): string {
  if (a.ndim === 0) return scalarRepr(a.data[0], a.dtype);
  return array2string(a, " ", "", "", opts);
}

/** The dtype's spelling in a repr: TF string tensors come back as numpy object arrays. */
export function dtypeName(d: DType): string {
  return d === "bytes" ? "object" : d;
}

/** Dtypes a repr leaves out because the values imply them (numpy's `_typelessdata`; int64 is `int` on Linux). */
const IMPLIED: ReadonlySet<DType> = new Set<DType>(["int64", "float64", "bool"]);

/** numpy's `repr(array)`: `array([...])`, adding `dtype=...`, on its own line when it would pass the width. */
export function arrayRepr(a: NDArray, opts: PrintOptions = DEFAULT_PRINT_OPTIONS): string {
  const skipDtype = IMPLIED.has(a.dtype) && a.size > 0;
  const prefix = "array(";
  const suffix = skipDtype ? ")" : ",";
  const body = a.size > 0 || (a.ndim === 1 && a.shape[0] === 0)
    ? array2string(a, ", ", prefix, suffix, opts)
    : `[], shape=${shapeRepr(a.shape)}`;
  const text = prefix + body + suffix;
  if (skipDtype) return text;
  const dtypeText = `dtype=${dtypeName(a.dtype)})`;
  const lastLine = text.length - (text.lastIndexOf("\n") + 1);
  const spacer = lastLine + dtypeText.length + 1 > opts.linewidth ? "\n" + " ".repeat(prefix.length) : " ";
  return text + spacer + dtypeText;
}

/** Python's repr of a shape tuple: `(2, 3)`, `(0,)`, `()`. */
export function shapeRepr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

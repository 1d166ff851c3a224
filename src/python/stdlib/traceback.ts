import { None, PyNativeFunction, type PyValue } from "../objects/base.js";
import { PyException } from "../objects/exceptions.js";
import { PyModule } from "../objects/module.js";
import { PyList } from "../objects/values.js";
import { formatException, formatExceptionOnly } from "../errors.js";
import { writeTo } from "../builtins.js";
import { rt } from "../state.js";
import { defineStdlib } from "./index.js";

function current(): PyException | null {
  return (rt.handling[rt.handling.length - 1] as PyException | undefined) ?? null;
}

function lines(text: string): PyList {
  return new PyList(text.split(/(?<=\n)/).filter((l) => l !== ""));
}

/** traceback: formats exceptions exactly as the uncaught-exception report does. */
defineStdlib("traceback", () => {
  const m = new PyModule("traceback");
  const def = (name: string, fn: (a: PyValue[], kw: Map<string, PyValue> | null) => PyValue) =>
    m.ns.set(name, new PyNativeFunction(name, fn));
  const excArg = (a: PyValue[]): PyException | null => {
    const e = a.find((x) => x instanceof PyException);
    return (e as PyException | undefined) ?? null;
  };
  def("format_exc", () => {
    const e = current();
    return e ? formatException(e) : "NoneType: None\n";
  });
  def("print_exc", (_a, kw) => {
    const e = current();
    writeTo(kw?.get("file"), e ? formatException(e) : "NoneType: None\n", true);
    return None;
  });
  def("format_exception", (a) => {
    const e = excArg(a);
    return lines(e ? formatException(e) : "NoneType: None\n");
  });
  def("print_exception", (a, kw) => {
    const e = excArg(a);
    writeTo(kw?.get("file"), e ? formatException(e) : "NoneType: None\n", true);
    return None;
  });
  def("format_exception_only", (a) => {
    const e = excArg(a);
    return lines(e ? `${formatExceptionOnly(e)}\n` : "NoneType: None\n");
  });
  def("print_stack", (_a, kw) => {
    let out = "";
    const frames = [];
    for (let f = rt.frame; f; f = f.back) if (!f.code.hidden) frames.unshift(f);
    for (const f of frames) {
      out += `  File "${f.code.filename}", line ${f.line + f.code.lineOffset}, in ${f.code.name}\n`;
      const text = f.code.lines?.line(f.line)?.trim();
      if (text && !/^<.*>$/.test(f.code.filename)) out += `    ${text}\n`;
    }
    writeTo(kw?.get("file"), out, true);
    return None;
  });
  return m;
});

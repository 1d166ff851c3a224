import { None, PyFloat, PyNativeFunction, type PyValue } from "../objects/base.js";
import { PyModule } from "../objects/module.js";
import { floatOf } from "../objects/numbers.js";
import { defineStdlib } from "./index.js";

/** time: real clocks; sleep() advances a virtual offset instead of blocking (snippets never wait). */
let slept = 0;
defineStdlib("time", () => {
  const m = new PyModule("time");
  const def = (name: string, fn: (a: PyValue[]) => PyValue) => m.ns.set(name, new PyNativeFunction(name, fn));
  def("time", () => new PyFloat(Date.now() / 1000 + slept));
  def("time_ns", () => BigInt(Math.round((Date.now() / 1000 + slept) * 1e9)));
  def("perf_counter", () => new PyFloat(performance.now() / 1000 + slept));
  def("perf_counter_ns", () => BigInt(Math.round((performance.now() / 1000 + slept) * 1e9)));
  def("monotonic", () => new PyFloat(performance.now() / 1000 + slept));
  def("process_time", () => new PyFloat(performance.now() / 1000));
  def("sleep", (a) => {
    slept += floatOf(a[0] ?? 0) ?? 0;
    return None;
  });
  return m;
});

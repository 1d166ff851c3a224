import type { PyModule } from "../objects/module.js";
import type { InterpreterCore } from "../interpreter.js";

/** A standard-library module: built natively (a PyModule) or Python source run as an internal module. */
export type StdlibBuilder = (interp: InterpreterCore) => PyModule | string;

const registry = new Map<string, StdlibBuilder>();

/** Adds a standard-library module (loaded on first import; host modules of the same name win). */
export function defineStdlib(name: string, build: StdlibBuilder): void {
  registry.set(name, build);
}

export function stdlibModule(name: string): StdlibBuilder | null {
  return registry.get(name) ?? null;
}

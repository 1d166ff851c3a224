/**
 * The run's files as the engine may ask them (the shim installs the interpreter's per-run files): the
 * engine never touches a disk, and 'unknown' is the reader's disk, which callers refuse rather than
 * guess. Checkpoints (train/saver-kernels.ts) and TFRecord files (io/) live here.
 */
import { Unsupported } from "./errors.js";

export interface EngineFiles {
  state(path: string): "file" | "dir" | "absent" | "unknown";
  read(path: string): { kind: string; what?: string; data?: unknown } | null;
  writeOpaque(path: string, what: string, data: unknown): void;
  markDirs(path: string): void;
}

let files: EngineFiles | null = null;

/** Installs the run's files (the shim does, for each host). */
export function setEngineFiles(f: EngineFiles | null): void {
  files = f;
}

/** The run's files, or Unsupported naming `what` when no host installed them. */
export function engineFiles(what: string): EngineFiles {
  if (files === null) throw new Unsupported(`${what} (no filesystem)`);
  return files;
}

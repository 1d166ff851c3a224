/**
 * SaveV2 and RestoreV2 as Session.run executes them (tensorflow/core/kernels/save_restore_v2_ops.cc,
 * save_restore_tensor.cc RestoreTensorsV2, util/tensor_bundle/tensor_bundle.cc), over the files this
 * run wrote. The engine never touches a disk: the host installs `CheckpointFiles` (the interpreter's
 * per-run files), and a checkpoint whose contents this run did not write is refused, never guessed.
 *
 * A checkpoint `<prefix>` is two files, `<prefix>.index` and `<prefix>.data-00000-of-00001`; the
 * index entry carries the saved arrays (copies) and their taint.
 */
import type { DType } from "../dtypes.js";
import { NDArray } from "../../numpy/ndarray.js";
import { TFError, Unsupported } from "../errors.js";
import { registerKernel, attr } from "../kernels/registry.js";
import { dataTypeString } from "../kernels/state.js";
import type { Taint } from "../kernels/values.js";
import { type EngineFiles, engineFiles, setEngineFiles } from "../run-files.js";

/** What the engine may ask of the run's files (run-files.ts). */
export type CheckpointFiles = EngineFiles;

/** The arrays one SaveV2 wrote, by checkpoint key. */
export interface CheckpointData {
  readonly tensors: ReadonlyMap<string, NDArray>;
  readonly dtypes: ReadonlyMap<string, DType>;
  readonly taint: Taint;
}

/** Installs the run's files (the shim does, for each host). */
export const setCheckpointFiles = setEngineFiles;

const runFiles = engineFiles;

/** The index and data file names of a V2 checkpoint (tensor_bundle.cc MetaFilename, DataFilename). */
export const indexFile = (prefix: string): string => `${prefix}.index`;
export const dataFile = (prefix: string): string => `${prefix}.data-00000-of-00001`;

const decoder = new TextDecoder();
const text = (a: NDArray, i = 0): string => decoder.decode(a.data[i] as Uint8Array);

function dirname(p: string): string {
  const i = p.lastIndexOf("/");
  if (i < 0) return "";
  const head = p.slice(0, i + 1);
  return /^\/+$/.test(head) ? head : head.replace(/\/+$/, "");
}

/** BundleWriter's constructor: `env->CreateDir(Dirname(prefix))`, one level, an existing one being fine
 * (tensor_bundle.cc 411-414; posix_file_system.cc CreateDir: "" is AlreadyExists). */
function createParent(fs: CheckpointFiles, prefix: string): void {
  const dir = dirname(prefix);
  if (dir === "") return;
  const s = fs.state(dir);
  if (s === "dir") return;
  if (s === "file") throw new Unsupported(`SaveV2 to '${prefix}' under a file this run wrote`);
  const parent = dirname(dir) || ".";
  // A new directory in / needs permissions the reader may not have.
  if (/^\/+$/.test(parent)) throw new Unsupported(`saving a checkpoint to '${prefix}' (the filesystem: permission to make '${dir}')`);
  const ps = fs.state(parent);
  if (ps === "dir") return fs.markDirs(dir);
  if (ps === "absent") throw new TFError("NotFoundError", `${dir}; No such file or directory`);
  throw new Unsupported(`saving a checkpoint to '${prefix}' (the filesystem: whether directory '${parent}' exists)`);
}

registerKernel("SaveV2", {
  compute: (ctx) => {
    const [prefix, names, slices, ...tensors] = ctx.inputs as NDArray[];
    const p = text(prefix!);
    const fs = runFiles("SaveV2");
    const dtypes = attr<DType[]>(ctx.op, "dtypes");
    const saved = new Map<string, NDArray>();
    const types = new Map<string, DType>();
    tensors.forEach((t, i) => {
      if (text(slices!, i) !== "") throw new Unsupported("SaveV2 of a slice (shape_and_slices)");
      const key = text(names!, i);
      if (saved.has(key)) throw new TFError("InvalidArgumentError", `Adding duplicate key: ${key}`);
      saved.set(key, new NDArray(t.dtype, t.shape.slice(), t.data.slice()));
      types.set(key, dtypes[i]!);
    });
    createParent(fs, p);
    const data: CheckpointData = { tensors: saved, dtypes: types, taint: ctx.taint };
    fs.writeOpaque(dataFile(p), "a TensorFlow checkpoint's data", null);
    fs.writeOpaque(indexFile(p), "a TensorFlow checkpoint's index", data);
    return [];
  },
});

/** The checkpoint at `prefix` as this run wrote it; Unsupported when its contents are the reader's. */
export function readCheckpoint(prefix: string): CheckpointData {
  const fs = runFiles("RestoreV2");
  const entry = fs.read(indexFile(prefix));
  if (entry === null || entry.kind !== "opaque" || entry.data === undefined || entry.data === null) {
    throw new Unsupported(`restoring the checkpoint '${prefix}', which this run did not write (its contents are unknown)`);
  }
  return entry.data as CheckpointData;
}

registerKernel("RestoreV2", {
  compute: (ctx) => {
    const [prefix, names, slices] = ctx.inputs as NDArray[];
    const ckpt = readCheckpoint(text(prefix!));
    const dtypes = attr<DType[]>(ctx.op, "dtypes");
    const keys = dtypes.map((_, i) => text(names!, i));
    // RestoreTensorsV2 looks the keys up in sorted order: the first missing one is the error.
    const order = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
    const mismatched: string[] = [];
    for (const i of order) {
      if (text(slices!, i) !== "") throw new Unsupported("RestoreV2 of a slice (shape_and_slices)");
      const had = ckpt.dtypes.get(keys[i]!);
      if (had === undefined) throw new TFError("NotFoundError", `Key ${keys[i]} not found in checkpoint`);
      if (had !== dtypes[i]) {
        mismatched.push(`tensor_name = ${keys[i]}; expected dtype ${dataTypeString(dtypes[i]!)} does not equal original dtype ${dataTypeString(had)}`);
      }
    }
    if (mismatched.length > 0) throw new TFError("InvalidArgumentError", mismatched.join("\n"));
    const outputs = keys.map((k) => {
      const a = ckpt.tensors.get(k)!;
      return new NDArray(a.dtype, a.shape.slice(), a.data.slice());
    });
    return { outputs, taint: ckpt.taint };
  },
});

/**
 * Kernels of the V2 hash tables (tensorflow/core/kernels/lookup_table_op.{h,cc},
 * initializable_lookup_table.cc): a table lives in the session, by its handle, from the first run
 * of its HashTableV2 op; LookupTableImportV2 fills it once; finding in an unfilled table is
 * FailedPrecondition "Table not initialized.".
 */
import { type Elem, NDArray } from "../../numpy/ndarray.js";
import { TFError } from "../errors.js";
import { type KernelContext, type SessionState, handleKey, registerKernel } from "./registry.js";
import type { HandleValue } from "./values.js";

interface Table {
  readonly entries: Map<string | number, Elem>;
  initialized: boolean;
}

// Kept beside the session state rather than in it: tables are this file's concern alone.
const tablesOf = new WeakMap<SessionState, Map<string, Table>>();

/** A key as a map key: bytes by their text (TF compares string keys bytewise; latin1 keeps every byte). */
const keyOf = (e: Elem): string | number => (typeof e === "number" ? e : "b:" + Array.from(e, (b) => String.fromCharCode(b)).join(""));

function tableOf(ctx: KernelContext): Table {
  let tables = tablesOf.get(ctx.state);
  if (tables === undefined) tablesOf.set(ctx.state, (tables = new Map()));
  const key = handleKey(ctx.inputs[0] as HandleValue);
  let t = tables.get(key);
  // The resource is created by the HashTableV2 kernel, which every consumer's run has executed.
  if (t === undefined) tables.set(key, (t = { entries: new Map(), initialized: false }));
  return t;
}

registerKernel("HashTableV2", {
  compute: (ctx) => {
    const container = String(ctx.op.attrs?.["container"] ?? "") || "localhost";
    const shared = String(ctx.op.attrs?.["shared_name"] ?? "");
    const name = shared !== "" ? shared : ctx.op.name;
    return [{ kind: "handle", container, name: "table:" + name } satisfies HandleValue];
  },
});

registerKernel("LookupTableImportV2", {
  compute: (ctx) => {
    const t = tableOf(ctx);
    const keys = ctx.inputs[1] as NDArray, values = ctx.inputs[2] as NDArray;
    if (t.initialized) {
      // InitializableLookupTable::Initialize: a second import of the same size is a no-op.
      if (keys.size !== t.entries.size) throw new TFError("FailedPreconditionError", "Table was already initialized with different data.");
      return [];
    }
    keys.data.forEach((k, i) => {
      const kk = keyOf(k), v = values.data[i]!;
      const prev = t.entries.get(kk);
      if (prev !== undefined && prev !== v) {
        // lookup_table_op.h HashTable::DoInsert.
        throw new TFError("FailedPreconditionError",
          `HashTable has different value for same key. Key ${keyText(k)} has ${String(prev)} and trying to add value ${String(v)}`);
      }
      t.entries.set(kk, v);
    });
    t.initialized = true;
    return [];
  },
});

const keyText = (e: Elem) => (typeof e === "number" ? String(e) : new TextDecoder().decode(e));

registerKernel("LookupTableFindV2", {
  compute: (ctx) => {
    const t = tableOf(ctx);
    if (!t.initialized) throw new TFError("FailedPreconditionError", "Table not initialized.");
    const keys = ctx.inputs[1] as NDArray, dflt = ctx.inputs[2] as NDArray;
    return [new NDArray(dflt.dtype, keys.shape, keys.data.map((k) => t.entries.get(keyOf(k)) ?? dflt.data[0]!))];
  },
});

registerKernel("LookupTableSizeV2", {
  compute: (ctx) => [new NDArray("int64", [], [tableOf(ctx).entries.size])],
});

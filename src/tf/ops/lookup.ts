/**
 * gen_lookup_ops: the V2 hash-table ops that lookup_ops.StaticHashTable and KeyValueTensorInitializer
 * build (HashTableV2, LookupTableImportV2, LookupTableFindV2, LookupTableSizeV2), with the
 * registrations and shape functions of tensorflow/core/ops/lookup_ops.cc.
 */
import * as d from "../dtypes.js";
import type { DType } from "../dtypes.js";
import type { Operation, Tensor } from "../tensor.js";
import type { OpInput } from "./convert.js";
import { mergeShape, withRank, withRankAtMost } from "./infer-context.js";
import { opDef } from "./op-def.js";
import { applyOp, applyOp1 } from "./op-library.js";
import { scalarShape } from "./shape-fns.js";

const handle = { name: "table_handle", type: d.resource };

export const LOOKUP_OPS = {
  HashTableV2: opDef("HashTableV2", [], [handle], [
    { name: "container", kind: "string", default: "" }, { name: "shared_name", kind: "string", default: "" },
    { name: "use_node_name_sharing", kind: "bool", default: false },
    { name: "key_dtype", kind: "type" }, { name: "value_dtype", kind: "type" },
  ], scalarShape),
  LookupTableImportV2: opDef("LookupTableImportV2",
    [handle, { name: "keys", typeAttr: "Tin" }, { name: "values", typeAttr: "Tout" }], [],
    [{ name: "Tin", kind: "type" }, { name: "Tout", kind: "type" }],
    (c) => {
      withRank(c.inputs[0]!, 0);
      mergeShape(withRank(c.inputs[1]!, 1), c.inputs[2]!);
      return [];
    }),
  // The handle carries no shape data (HashTableV2's ScalarOutput), so ValidateTableResourceHandle
  // leaves the output unknown; lookup_ops.py then sets the keys' shape.
  LookupTableFindV2: opDef("LookupTableFindV2",
    [handle, { name: "keys", typeAttr: "Tin" }, { name: "default_value", typeAttr: "Tout" }],
    [{ name: "values", typeAttr: "Tout" }],
    [{ name: "Tin", kind: "type" }, { name: "Tout", kind: "type" }],
    (c) => {
      withRank(c.inputs[0]!, 0);
      withRankAtMost(c.inputs[2]!, 1);
      return [null];
    }),
  LookupTableSizeV2: opDef("LookupTableSizeV2", [handle], [{ name: "size", type: d.int64 }], [], (c) => {
    withRank(c.inputs[0]!, 0);
    return [[]];
  }),
} as const;

/** `gen_lookup_ops.hash_table_v2(container="", shared_name="", use_node_name_sharing=False, key_dtype, value_dtype, name)`. */
export function hashTableV2(keyDtype: DType, valueDtype: DType, sharedName = "", container = "", useNodeNameSharing = false,
  name: string | null = null): Tensor {
  return applyOp1(LOOKUP_OPS.HashTableV2, name, {}, {
    container, shared_name: sharedName, use_node_name_sharing: useNodeNameSharing, key_dtype: keyDtype, value_dtype: valueDtype,
  });
}

/** `gen_lookup_ops.lookup_table_import_v2(table_handle, keys, values, name=None)`: the op (it has no outputs). */
export const lookupTableImportV2 = (table: OpInput, keys: OpInput, values: OpInput, name: string | null = null): Operation =>
  applyOp(LOOKUP_OPS.LookupTableImportV2, name, { table_handle: table, keys, values });

/** `gen_lookup_ops.lookup_table_find_v2(table_handle, keys, default_value, name=None)`. */
export const lookupTableFindV2 = (table: OpInput, keys: OpInput, defaultValue: OpInput, name: string | null = null): Tensor =>
  applyOp1(LOOKUP_OPS.LookupTableFindV2, name, { table_handle: table, keys, default_value: defaultValue });

/** `gen_lookup_ops.lookup_table_size_v2(table_handle, name=None)`. */
export const lookupTableSizeV2 = (table: OpInput, name: string | null = null): Tensor =>
  applyOp1(LOOKUP_OPS.LookupTableSizeV2, name, { table_handle: table });

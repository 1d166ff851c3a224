/**
 * TFRecordDatasetV2 (python/data/ops/readers.py) as its graph holds it: the filenames' dataset
 * flat-mapped by a function that makes one `TFRecordDataset(filename, compression_type="",
 * buffer_size=262144)` per file. That function lives in the function library, so the graph gains only
 * the FlatMapDataset node; its kernel reads each file's records (kernels/data/tf_record_dataset_op.cc)
 * from the run's files, lazily, as the iterator reaches the file.
 */
import { NDArray } from "../../numpy/ndarray.js";
import { type FlatStructure, datasetOp } from "../data/dataset-ops.js";
import { dataset, datasetInput } from "../data/dataset-value.js";
import { Unsupported } from "../errors.js";
import { registerKernel } from "../kernels/registry.js";
import type { Operation, Tensor } from "../tensor.js";
import { readRecords } from "./record-io.js";

const TFRECORD_READERS = new WeakSet<Operation>();

/** `filenames.flat_map(read_one_file)` where read_one_file builds an uncompressed TFRecordDataset. */
export function tfRecordFlatMap(filenames: Tensor, s: FlatStructure): Tensor {
  const t = datasetOp("FlatMapDataset", [filenames], s);
  TFRECORD_READERS.add(t.op);
  return t;
}

const decoder = new TextDecoder();

registerKernel("FlatMapDataset", {
  compute: (ctx) => {
    if (!TFRECORD_READERS.has(ctx.op)) throw new Unsupported(`running ${ctx.op.name}, a FlatMapDataset tfscope did not build`);
    const input = datasetInput(ctx, 0);
    return [dataset(function* (ictx) {
      for (let it = input.elements(ictx), r = it.next(); !r.done; r = it.next()) {
        const path = decoder.decode((r.value[0] as NDArray).data[0] as Uint8Array);
        for (const rec of readRecords(path, "tf.data.TFRecordDataset reading")) yield [new NDArray("bytes", [], [rec])];
      }
    })];
  },
});

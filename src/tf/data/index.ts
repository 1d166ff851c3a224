/** TF 1.15's tf.data in the engine: the dataset and iterator ops (their kernels register on import). */
import "./kernels.js";
import "../io/tfrecord-dataset.js";

export {
  type FlatStructure,
  datasetOp,
  isDatasetOp,
  iteratorGetNext,
  iteratorToStringHandle,
  iteratorV2,
  makeIterator,
  mapDataset,
  oneShotIterator,
} from "./dataset-ops.js";
export { tfRecordFlatMap } from "../io/tfrecord-dataset.js";

/**
 * Names TF 1.0 removed after renaming them (tensorflow/tools/compatibility/tf_upgrade.py,
 * `symbol_renames`, in TF 1.15.5's tree). A document calling one was written for TF 0.x: under TF 1.x
 * the call is an AttributeError, and the report says what TF 1.0 calls it now.
 */
const RENAMES: Readonly<Record<string, string>> = {
  "tf.inv": "tf.reciprocal",
  "tf.listdiff": "tf.setdiff1d",
  "tf.list_diff": "tf.setdiff1d",
  "tf.mul": "tf.multiply",
  "tf.neg": "tf.negative",
  "tf.sub": "tf.subtract",
  "tf.train.SummaryWriter": "tf.summary.FileWriter",
  "tf.scalar_summary": "tf.summary.scalar",
  "tf.histogram_summary": "tf.summary.histogram",
  "tf.audio_summary": "tf.summary.audio",
  "tf.image_summary": "tf.summary.image",
  "tf.merge_summary": "tf.summary.merge",
  "tf.merge_all_summaries": "tf.summary.merge_all",
  "tf.image.per_image_whitening": "tf.image.per_image_standardization",
  "tf.VARIABLES": "tf.GraphKeys.GLOBAL_VARIABLES",
  "tf.batch_matrix_diag": "tf.matrix_diag",
  "tf.batch_matrix_transpose": "tf.matrix_transpose",
  "tf.batch_matrix_determinant": "tf.matrix_determinant",
  "tf.batch_matrix_inverse": "tf.matrix_inverse",
  "tf.batch_cholesky": "tf.cholesky",
  "tf.batch_matrix_solve": "tf.matrix_solve",
  "tf.batch_self_adjoint_eig": "tf.self_adjoint_eig",
  "tf.batch_svd": "tf.svd",
  "tf.select": "tf.where",
  "tf.complex_abs": "tf.abs",
  "tf.batch_matmul": "tf.matmul",
  "tf.pack": "tf.stack",
  "tf.unpack": "tf.unstack",
};

/** The note for an exception that is a TF 0.x name missing under TF 1.x, or null. */
export function renamedInTf1(type: string, message: string): string | null {
  if (type !== "AttributeError") return null;
  const m = /^module '(tensorflow(?:\.[\w.]+)?)' has no attribute '(\w+)'/.exec(message);
  if (!m) return null;
  const old = `${m[1]!.replace(/^tensorflow/, "tf")}.${m[2]}`;
  const now = RENAMES[old];
  return now ? `TF 1.0 renamed \`${old}\` to \`${now}\` (tf_upgrade.py): the document was written for TF 0.x` : null;
}

#!/usr/bin/env node
// Runs TensorFlow 1.15's own scoping tests through tfscope and prints the counts per file.
//   node test/tf-suite/run-tf-tests.mjs TF_SOURCE_TREE [--list]
// TF_SOURCE_TREE is a checkout (or `git archive` extract) of TF 1.15 holding tensorflow/python/...;
// its files are read in place, never copied. --list also prints every result that is not a pass.
// Needs `npm run build` first (it runs the compiled dist/).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runTestModule } from "../../dist/shim/testing.js";

/** The targets of issues #6 and #12: whole files, or the naming classes of ops_test.py. */
const TARGETS = [
  { path: "tensorflow/python/kernel_tests/variable_scope_test.py" },
  {
    path: "tensorflow/python/framework/ops_test.py",
    select: [
      "NameStackTest",
      "NameTest",
      "OpScopeTest",
      "NameScopeTest",
      "InitScopeTest",
      "CreateOpFromTFOperationTest.testUniqueName",
      "MultithreadedGraphStateTest.testNameStack",
    ],
  },
  { path: "tensorflow/python/kernel_tests/template_test.py" },
  // Issue #12's oracle: the tests of TensorShape/Dimension, dtypes and the initializers.
  { path: "tensorflow/python/framework/tensor_shape_test.py" },
  { path: "tensorflow/python/framework/dtypes_test.py" },
  { path: "tensorflow/python/kernel_tests/init_ops_test.py" },
  // Issue #12: the layers and variables beyond scopes.
  { path: "tensorflow/python/layers/core_test.py" },
  { path: "tensorflow/python/layers/convolutional_test.py" },
  { path: "tensorflow/python/kernel_tests/variables_test.py" },
  { path: "tensorflow/python/kernel_tests/partitioned_variables_test.py" },
  { path: "tensorflow/python/layers/base_test.py" },
];

const [root, ...flags] = process.argv.slice(2);
if (root === undefined) {
  process.stderr.write("usage: node test/tf-suite/run-tf-tests.mjs TF_SOURCE_TREE [--list]\n");
  process.exit(2);
}
const list = flags.includes("--list");
let failedToLoad = false;
for (const t of TARGETS) {
  const report = runTestModule(readFileSync(join(root, t.path), "utf8"), { filename: t.path, select: t.select });
  if (report.loadError !== undefined) {
    failedToLoad = true;
    process.stdout.write(`${t.path}: did not load\n${report.loadError}\n`);
    continue;
  }
  const c = report.counts;
  const scope = t.select ? ` (${t.select.join(", ")})` : "";
  process.stdout.write(`${t.path}${scope}: ${c.passed} passed, ${c.failed} failed, ${c.errors} errors, ${c.skipped} skipped\n`);
  if (!list) continue;
  for (const r of report.results) {
    if (r.status === "pass") continue;
    process.stdout.write(`  ${r.status.padEnd(5)} ${r.class}.${r.method}${r.mode ? ` (${r.mode})` : ""}: ${r.reason ?? ""}\n`);
  }
}
process.exitCode = failedToLoad ? 1 : 0;

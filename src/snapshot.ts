/**
 * The entry of tfscope's V8 start-up snapshot (built by build-snapshot.ts): the whole CLI loaded, and the
 * shim's and the interpreter's Python modules parsed by one `import tensorflow` per profile, so a snapshot
 * start skips loading, parsing and compiling. Nothing of that warm-up run survives but caches: every
 * command makes its own interpreter after the restore (fresh random state, clocks read at call time).
 */
import { startupSnapshot } from "node:v8";
import { start } from "./cli.js";
import { runTf } from "./shim/run.js";

const quiet = { stdout: () => {}, stderr: () => {} };
for (const profile of ["1.15", "2"] as const) runTf("import tensorflow as tf\nimport numpy as np\n", { profile, filename: "<warm-up>", ...quiet });

// A snapshot start has no script in argv: `node --snapshot-blob BLOB args...` gives [node, ...args].
startupSnapshot.setDeserializeMainFunction(() => start(process.argv.slice(1)));

/**
 * The entry of tfscope's V8 start-up snapshot (built by build-snapshot.ts): the whole CLI loaded, and an
 * interpreter that has already run `import tensorflow` (warm-host.ts), which the restored process's
 * `tfscope run` uses when the program begins with that statement. The heap is kept small, since a
 * start deserialises all of it: the parse trees and sources of the warm-up are dropped (other commands
 * read py-ast.json as a start without the snapshot does). Randomness and clocks are read at call time.
 */
import { startupSnapshot } from "node:v8";
import { start } from "./cli.js";
import { forgetShimSources } from "./shim/py-sources.js";
import { prepareWarmHost } from "./shim/warm-host.js";

prepareWarmHost();
forgetShimSources();

// A snapshot start has no script in argv: `node --snapshot-blob BLOB args...` gives [node, ...args].
startupSnapshot.setDeserializeMainFunction(() => start(process.argv.slice(1)));

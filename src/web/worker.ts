/**
 * The playground's Web Worker: runs the code under each TensorFlow profile with explain's recorder on
 * (one run gives both the output and the names), or checks a pasted document. The page terminates and
 * restarts this worker to stop a run, so nothing here ever needs to be interrupted.
 */
// Fetched as its own file: inside the script, 1 MB of JSON as a string literal costs more to compile than
// the fetch and JSON.parse together.
import shimBundleUrl from "../../dist/shim/py-ast-web.json?url";
import {
  checkDocument,
  createTfHost,
  explainSnippet,
  memoryFiles,
  resetDefaultSessions,
  resetRuntime,
  setFileHost,
  tfSessionFactory,
  useShimBundle,
  type Profile,
  type TfHost,
} from "./core.js";
import { lineNames } from "./names.js";
import type { Chunk, ProfileResult, Reply, Request } from "./protocol.js";

const loaded = performance.now();
useShimBundle(await (await fetch(shimBundleUrl)).text());
setFileHost(memoryFiles({}));

const FILENAME = "snippet.py";

/** Where the running program's output goes (the current run's chunks). */
let output: Chunk[] = [];
const write = (stream: Chunk["stream"]) => (text: string) => {
  const last = output[output.length - 1];
  if (last?.stream === stream) last.text += text;
  else output.push({ stream, text });
};

/** One interpreter per profile, kept between runs, so a re-run does not import tensorflow again
 * (the interpreter's default step, recursion and memory limits apply to every run). */
const hosts = new Map<Profile, TfHost>();

/** The profile's interpreter, as fresh as a new process for TF: new runtime, graph and sessions. */
function hostFor(profile: Profile): TfHost {
  let host = hosts.get(profile);
  if (host === undefined) hosts.set(profile, (host = createTfHost({ profile, argv: [FILENAME], stdout: write("stdout"), stderr: write("stderr") })));
  else {
    resetRuntime(profile);
    // A new run knows nothing of the files an earlier one wrote (python/run-files.ts).
    host.py.state.files.clear();
    host.activate();
    resetDefaultSessions();
  }
  return host;
}

function runOne(code: string, profile: Profile): ProfileResult {
  const t0 = performance.now();
  output = [];
  const x = explainSnippet(code, { filename: FILENAME, profile, host: hostFor(profile) });
  const failed = x.exception !== null || x.syntaxError !== null || x.unsupported !== null;
  return { profile, output, failed, names: lineNames(x), ms: performance.now() - t0 };
}

function answer(req: Request): Reply {
  if (req.kind === "run") return { id: req.id, kind: "run", results: req.profiles.map((p) => runOne(req.code, p)) };
  const t0 = performance.now();
  const document = checkDocument(req.document, req.text, { sessionFactory: tfSessionFactory, profile: req.profile });
  return { id: req.id, kind: "check", document, ms: performance.now() - t0 };
}

self.onmessage = (ev: MessageEvent<Request>) => {
  let reply: Reply;
  try {
    reply = answer(ev.data);
  } catch (e) {
    reply = { id: ev.data.id, kind: "error", message: `tfscope internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
  self.postMessage(reply);
};

// Importing tensorflow once now makes the page's first run as fast as the later ones.
hostFor("1.15").py.runSource("import tensorflow\n", { filename: "<warm-up>" });
output = [];
self.postMessage({ id: 0, kind: "ready", boot: { loaded, imported: performance.now() } } satisfies Reply);

// TF's own tests of tf_upgrade_v2 as an oracle for `tfscope upgrade`: reads
// tensorflow/tools/compatibility/tf_upgrade_v2_test.py from a TF 1.15 tree (never committed), takes every
// literal (text, expected_text) pair a test method upgrades and compares, and runs tfscope's upgrader on
// each text. Prints agreement, refusals (unsupported) and every disagreement.
//   node test/upgrade/run-tf-upgrade-tests.mjs TF_TREE        (after npm run build)
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const tree = process.argv[2];
if (!tree) {
  console.error("usage: node test/upgrade/run-tf-upgrade-tests.mjs TF_TREE");
  process.exit(2);
}
const testFile = join(tree, "tensorflow/tools/compatibility/tf_upgrade_v2_test.py");
// Python reads its own test file: the pairs are the literal assignments `text = "..."` followed by
// `expected_text = "..."` (or `expected = ...`) within one method, before the next `text =`.
const extract = `
import ast, json, sys
src = open(sys.argv[1]).read()
out = []
for fn in ast.walk(ast.parse(src)):
    if not isinstance(fn, ast.FunctionDef) or not fn.name.startswith("test"):
        continue
    text = None
    for st in ast.walk(fn):
        if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
            name = st.targets[0].id
            try:
                value = ast.literal_eval(st.value)
            except Exception:
                value = None
            if name == "text":
                text = value if isinstance(value, str) else None
            elif name in ("expected_text", "expected") and text is not None and isinstance(value, str):
                out.append({"test": fn.name, "line": st.lineno, "text": text, "expected": value})
                text = None
print(json.dumps(out))
`;
const cases = JSON.parse(execFileSync("python3", ["-c", extract, testFile], { encoding: "utf8" }));
const { upgradeSource } = await import("../../dist/upgrade/upgrade.js");
let agree = 0;
let refused = 0;
const wrong = [];
for (const c of cases) {
  const r = upgradeSource(c.text, "test.py");
  if (r.unsupported.length) refused++;
  else if (r.text === c.expected) agree++;
  else wrong.push({ ...c, got: r.text });
}
for (const w of wrong) console.log(`DIFFERS ${w.test} (line ${w.line}):\n  text:     ${JSON.stringify(w.text)}\n  expected: ${JSON.stringify(w.expected)}\n  tfscope:  ${JSON.stringify(w.got)}`);
console.log(`tf_upgrade_v2_test.py: ${cases.length} literal cases: ${agree} agree, ${refused} refused as unsupported, ${wrong.length} differ`);
process.exitCode = wrong.length ? 1 : 0;

// notebook_50_cells_ms: checking a generated 50-cell TF1 notebook (magics, scopes, variables, prints,
// recorded results and one recorded error), warm median of 5 runs with the shim's real sessions;
// notebook_50_cells_cpu_ms: the CPU time of those runs (steadier on a shared machine);
// notebook_50_cells_first_ms: the first check in this process (it pays for importing TF's shim).
// The bar: well under a second.
export default async function () {
  const { checkDocument } = await import("../dist/docs/check.js");
  const { tfSessionFactory } = await import("../dist/shim/session.js");
  const text = JSON.stringify(notebook(50));
  const time = () => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const d = checkDocument("bench.ipynb", text, { sessionFactory: tfSessionFactory });
    const cpu = process.cpuUsage(c0);
    return { ms: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000, d };
  };
  const first = time();
  const warm = Array.from({ length: 5 }, () => time());
  const runs = warm.map((r) => r.ms).sort((a, b) => a - b);
  const cpu = warm.map((r) => r.cpu).sort((a, b) => a - b)[2];
  const statuses = {};
  for (const s of first.d.snippets) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
  const claims = first.d.snippets.flatMap((s) => s.claims.map((c) => c.verdict));
  console.log(`50-cell notebook: ${first.ms.toFixed(1)} ms first, ${runs[2].toFixed(1)} ms warm (median of 5; CPU ${cpu.toFixed(1)} ms)`);
  console.log(`  statuses: ${JSON.stringify(statuses)}; claims held ${claims.filter((v) => v === "holds").length} of ${claims.length}`);
  return { notebook_50_cells_ms: runs[2], notebook_50_cells_cpu_ms: cpu, notebook_50_cells_first_ms: first.ms };
}

/** A notebook of `n` code cells in the shapes real TF1 notebooks take, with the outputs TF 1.15 records. */
function notebook(n) {
  const lines = (s) => s.split(/(?<=\n)/);
  const cells = [{ cell_type: "code", execution_count: 1, metadata: {}, outputs: [], source: lines("%matplotlib inline\nimport tensorflow as tf\nimport numpy as np") }];
  for (let i = 2; i <= n; i++) {
    const count = i;
    const k = i % 5;
    let source, outputs = [];
    if (k === 0) {
      source = `with tf.variable_scope("layer${i}"):\n    w = tf.get_variable("w", [3, 3])\n    b = tf.get_variable("b", [3], initializer=tf.zeros_initializer())\nprint(w.name, b.name)`;
      outputs = [{ output_type: "stream", name: "stdout", text: [`layer${i}/w:0 layer${i}/b:0\n`] }];
    } else if (k === 1) {
      source = `with tf.name_scope("ns${i}"):\n    c = tf.constant(${i}.0, name="c")\n    d = tf.add(c, c)\nd.name`;
      outputs = [{ output_type: "execute_result", execution_count: count, metadata: {}, data: { "text/plain": [`'ns${i}/Add:0'`] } }];
    } else if (k === 2) {
      source = `%%time\nfor j in range(3):\n    with tf.variable_scope("loop${i}_%d" % j):\n        tf.get_variable("v", [1])\nlen(tf.global_variables()) > 0`;
      outputs = [
        { output_type: "stream", name: "stdout", text: ["CPU times: user 2 ms, sys: 0 ns, total: 2 ms\n", "Wall time: 2 ms\n"] },
        { output_type: "execute_result", execution_count: count, metadata: {}, data: { "text/plain": ["True"] } },
      ];
    } else if (k === 3 && i > 5) {
      source = `with tf.variable_scope("layer${i - 3}"):\n    tf.get_variable("w", [3, 3])`;
      outputs = [{ output_type: "error", ename: "ValueError", evalue: `Variable layer${i - 3}/w already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:`, traceback: [] }];
    } else {
      source = `x${i} = np.arange(4).reshape(2, 2)\nprint(x${i}.sum())\nx${i}.shape`;
      outputs = [
        { output_type: "stream", name: "stdout", text: ["6\n"] },
        { output_type: "execute_result", execution_count: count, metadata: {}, data: { "text/plain": ["(2, 2)"] } },
      ];
    }
    cells.push({ cell_type: "code", execution_count: count, metadata: {}, outputs, source: lines(source) });
  }
  return { cells, metadata: { kernelspec: { name: "python3", display_name: "Python 3", language: "python" } }, nbformat: 4, nbformat_minor: 2 };
}

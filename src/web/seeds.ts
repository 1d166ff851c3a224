/**
 * The menu's examples: the seed snippets of snippets/ (each with the lines the checker supplies before
 * it, such as `import tensorflow as tf`), and a sample page for document mode.
 */

interface Manifest {
  document: string;
  snippets: { id: string; prelude: string[]; python2: boolean }[];
}

export interface Seed {
  label: string;
  code: string;
}

const sources = import.meta.glob<string>("../../snippets/*/*.py", { query: "?raw", import: "default", eager: true });
const manifests = import.meta.glob<Manifest>("../../snippets/*/manifest.json", { import: "default", eager: true });

/** Every seed snippet, in corpus order. */
export const SEEDS: Seed[] = Object.entries(manifests)
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .flatMap(([path, m]) => {
    const dir = path.slice(0, path.lastIndexOf("/"));
    const doc = m.document.replace(/\.[^.]*$/, "");
    return m.snippets
      .filter((s) => sources[`${dir}/${s.id}.py`] !== undefined)
      .map((s) => ({
        label: `${doc} #${s.id}${s.python2 ? " (Python 2)" : ""}`,
        code: [...s.prelude, sources[`${dir}/${s.id}.py`]!].join("\n"),
      }));
  });

/** The snippet the page opens with: scopes, a reused name and an op, all named. */
export const DEFAULT_SEED = SEEDS.findIndex((s) => s.label.startsWith("003_45ca9b96d4a9cf0e #02"));

/** A page for document mode, written for the playground: its last claim is one TF 1.15 contradicts. */
export const SAMPLE_PAGE = `# Sharing variables

\`tf.get_variable\` under a variable scope prefixes the scope's name:

\`\`\`python
import tensorflow as tf
with tf.variable_scope("foo"):
    v = tf.get_variable("v", [1])
print(v.name)  # foo/v:0
\`\`\`

Opening the same scope again with \`reuse=True\` shares the variable and its name scope, so the
addition is named \`foo/add\`:

\`\`\`python
import tensorflow as tf
with tf.variable_scope("foo"):
    v = tf.get_variable("v", [1])
with tf.variable_scope("foo", reuse=True):
    x = 1.0 + tf.get_variable("v", [1])
print(x.op.name)  # foo/add
\`\`\`
`;

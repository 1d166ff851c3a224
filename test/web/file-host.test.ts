/**
 * The one file interface below the CLI (src/python/files.ts): the page's in-memory files serve
 * Python's open() and the checker exactly as the machine's files do under Node.
 */
import { afterEach, describe, expect, it } from "vitest";
import { tfSessionFactory } from "../../src/shim/session.js";
import { check } from "../../src/docs/check.js";
import { fileHost, memoryFiles, PyHost, setFileHost } from "../../src/python/index.js";
import { shimSources } from "../../src/shim/py-sources.js";

const nodeHost = fileHost();
// The shim's own modules are read (through the host) once per process, before the page's files replace it.
shimSources();
afterEach(() => setFileHost(nodeHost));

describe("the file host", () => {
  it("lists in-memory directories from the files' paths", () => {
    const files = memoryFiles({ "/d/a.py": "x", "/d/sub/b.py": "y" });
    expect(files.readText("/d/a.py")).toBe("x");
    expect(files.readText("/d/none.py")).toBeNull();
    expect(files.list("/d")).toEqual([
      { name: "a.py", dir: false },
      { name: "sub", dir: true },
    ]);
    expect(files.list("/nowhere")).toBeNull();
  });

  it("serves Python's open() from memory, and FileNotFoundError for a missing file", () => {
    setFileHost(memoryFiles({ "/mem/data.txt": "one\ntwo\n" }));
    const py = new PyHost({ allowOpen: () => true });
    const o = py.runSource(
      "with open('/mem/data.txt') as fh:\n    print(fh.readlines())\ntry:\n    open('/mem/missing.txt')\nexcept FileNotFoundError as e:\n    print(e)\n",
      { filename: "t.py" },
    );
    // CPython: readlines keeps the newlines; str(FileNotFoundError) is "[Errno 2] No such file or directory: '<path>'".
    expect(o.stdout).toBe("['one\\n', 'two\\n']\n[Errno 2] No such file or directory: '/mem/missing.txt'\n");
  });

  it("lets check() read documents from memory", () => {
    setFileHost(memoryFiles({ "/mem/page.md": "```python\nimport tensorflow as tf\nprint(tf.constant(1, name='c').name)  # c:0\n```\n" }));
    const r = check(["/mem/page.md", "/mem/gone.md"], { sessionFactory: tfSessionFactory });
    expect(r.documents[0]!.snippets.map((s) => s.status)).toEqual(["pass"]);
    expect(r.documents[1]!.notes[0]!.text).toBe("cannot check this document: cannot read /mem/gone.md");
  });
});

import { describe, expect, it } from "vitest";
import { runPython } from "../../../src/python/index.js";

function run(src: string) {
  return runPython(src, { filename: "doc.py" });
}

describe("stand-ins: modules the reader has and tfscope does not model", () => {
  it("the import succeeds; identity works; the first use is the gap, named", () => {
    const r = run("import matplotlib.pyplot as plt\nprint(plt is None, plt is plt)\nfig = plt.figure()\nprint('not reached')\n");
    expect(r.stdout).toBe("False True\n");
    expect(r.unsupported).toEqual({ feature: "module 'matplotlib' (matplotlib.pyplot.figure)", line: 3 });
  });

  it("each kind of use names itself", () => {
    const cases: [string, string][] = [
      ["from tqdm import tqdm\nfor i in tqdm(range(3)): pass", "module 'tqdm' (tqdm.tqdm(...))"],
      ["from tqdm import tqdm\nfor i in tqdm: pass", "module 'tqdm' (iter(tqdm.tqdm))"],
      ["import pandas as pd\nprint(pd)", "module 'pandas' (str(pandas))"],
      ["import pandas as pd\npd.x = 1", "module 'pandas' (setting pandas.x)"],
      ["import csv\nlen(csv)", "module 'csv' (len(csv))"],
      ["import sklearn.datasets\nsklearn.datasets.load_iris()", "module 'sklearn' (sklearn.datasets)"],
      ["from sklearn import datasets\ndatasets.load_iris()", "module 'sklearn' (sklearn.datasets.load_iris)"],
      ["import scipy\nscipy + 1", "module 'scipy' (scipy (add))"],
      ["import scipy\n1 + scipy", "module 'scipy' (scipy (add))"],
      ["import scipy\n{scipy: 1}", "module 'scipy' (hash(scipy))"],
      ["from matplotlib import *", "module 'matplotlib' (from matplotlib import *)"],
      ["from keras.models import Model\nclass Net(Model): pass", "module 'keras' (subclassing keras.models.Model)"],
    ];
    for (const [src, feature] of cases) expect(run(src).unsupported?.feature, src).toBe(feature);
  });

  it("a module CPython lacks too stays ModuleNotFoundError, so a Python 2 fallback takes its handler", () => {
    // Python 3.11 has no cPickle: the reader's Python takes the except branch as well.
    const r = run("try:\n    import cPickle as pickle\nexcept ImportError:\n    import pickle\nprint(pickle.loads(pickle.dumps([1])))\n");
    expect(r.stdout).toBe("[1]\n");
    expect(run("import nonexistent_xyz").exception).toMatchObject({ type: "ModuleNotFoundError" });
  });
});

describe("a gap of tfscope's is not the document's to catch", () => {
  it("except Exception, a bare except and except TfscopeUnsupported's bases do not take it", () => {
    for (const handler of ["except Exception:", "except:", "except BaseException:", "except (ValueError, Exception) as e:"]) {
      const r = run(`import matplotlib.pyplot as plt\ntry:\n    plt.plot([1])\n${handler}\n    print('caught')\nprint('after')\n`);
      expect(r.stdout, handler).toBe("");
      expect(r.unsupported?.feature, handler).toBe("module 'matplotlib' (matplotlib.pyplot.plot)");
    }
  });

  it("a finally clause still runs on the way out, as for any exception", () => {
    const r = run("import csv\ntry:\n    csv.reader\nfinally:\n    print('cleanup')\n");
    expect(r.stdout).toBe("cleanup\n");
    expect(r.unsupported?.feature).toBe("module 'csv' (csv.reader)");
  });

  it("nor in a generator, nor by a context manager whose __exit__ suppresses exceptions", () => {
    const gen = run("import csv\ndef g():\n    try:\n        yield csv.reader\n    except Exception:\n        yield 'caught'\nprint(list(g()))\n");
    expect(gen.unsupported?.feature).toBe("module 'csv' (csv.reader)");
    const cm = run(
      "import csv\nclass Quiet:\n    def __enter__(self): return self\n    def __exit__(self, *a):\n        print('exit', a[0].__name__)\n        return True\nwith Quiet():\n    csv.reader\nprint('after')\n",
    );
    expect(cm.stdout).toBe("exit TfscopeUnsupported\n");
    expect(cm.unsupported?.feature).toBe("module 'csv' (csv.reader)");
  });

  it("the document's own exceptions are caught as before", () => {
    expect(run("try:\n    1/0\nexcept Exception as e:\n    print(type(e).__name__)\n").stdout).toBe("ZeroDivisionError\n");
  });
});

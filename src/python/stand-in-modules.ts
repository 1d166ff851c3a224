import { isCpythonStdlibModule } from "./stdlib/cpython-module-names.js";

/**
 * The modules a reader's Python imports and tfscope stands in for (objects/stand-in.ts) instead of
 * raising ModuleNotFoundError: CPython 3.11's standard modules tfscope lacks (`csv`, `shutil`), and the
 * third-party packages TF 1.x documents assume installed beside TensorFlow. Any other missing module is
 * ModuleNotFoundError as in CPython, which the checker reports as unsupported when nothing catches it:
 * a misspelt module, a document's own file, or a Python 2 name such as `cPickle` that Python 3 lacks
 * (so `try: import cPickle as pickle / except ImportError: import pickle` takes the handler, as it does
 * for the reader). `google` is left out: `try: from google.colab import files / except ImportError:`
 * is how notebooks tell Colab from the reader's own Python.
 */
const THIRD_PARTY = new Set(
  (
    "IPython PIL bs4 cv2 gensim graphviz h5py imageio ipywidgets jieba keras lightgbm matplotlib mpl_toolkits " +
    "nbformat networkx nltk pandas plotly pydot pydotplus pylab requests scipy seaborn skimage sklearn sonnet spacy " +
    "statsmodels sympy tensorflow_datasets tensorflow_docs tensorflow_hub tflearn torch torchvision tqdm wordcloud " +
    "xgboost yaml"
  ).split(" "),
);

/** Whether a missing top-level module `name` gets a stand-in. */
export function standsIn(name: string): boolean {
  return THIRD_PARTY.has(name) || isCpythonStdlibModule(name);
}

"""Writes src/upgrade/tables.json: the facts of TF 1.15's tf_upgrade_v2 (its rename, reorder, keyword,
warning and transformer tables), read from a TensorFlow 1.15 source tree. Run by hand when the tables
need regenerating (never at build time; the build does not need a TF tree):

    python3 src/upgrade/gen-tables.py TF_TREE > src/upgrade/tables.json

TF_TREE holds tensorflow/tools/compatibility/. Its modules import `pasta` and `six`, which this machine may
lack; tiny stand-ins are installed for the import, since only the tables (plain data) are read, never the
code that edits trees.
"""
import functools
import json
import sys
import types

tree = sys.argv[1]
sys.path.insert(0, tree)
for name in ("pasta", "pasta.ast_utils", "pasta.base", "pasta.base.formatting"):
    sys.modules.setdefault(name, types.ModuleType(name))
if "six" not in sys.modules:
    try:
        import six  # noqa: F401
    except ImportError:
        six = types.ModuleType("six")
        six.PY2, six.PY3 = False, True
        sys.modules["six"] = six
# tensorflow/__init__.py would import all of TF: give the package path only.
for pkg in ("tensorflow", "tensorflow.tools", "tensorflow.tools.compatibility"):
    m = types.ModuleType(pkg)
    m.__path__ = [tree + "/" + pkg.replace(".", "/")]
    sys.modules[pkg] = m

import ast  # noqa: E402

from tensorflow.tools.compatibility import tf_upgrade_v2  # noqa: E402

spec = tf_upgrade_v2.TFAPIChangeSpec()


def transformer(t):
    """A transformer as data: its function's name and the keyword arguments a partial fixed."""
    if isinstance(t, functools.partial):
        kw = {}
        for k, v in t.keywords.items():
            if isinstance(v, ast.Str):
                kw[k] = {"str": v.s}
            elif callable(v):
                kw[k] = {"predicate": v.__name__}
            else:
                kw[k] = v
        return {"fn": t.func.__name__, "args": kw}
    return {"fn": t.__name__, "args": {}}


def pairs(d):
    return {k: list(v) for k, v in d.items()}


out = {
    "source": "tensorflow/tools/compatibility (TF 1.15.5): tf_upgrade_v2.TFAPIChangeSpec",
    "symbol_renames": spec.symbol_renames,
    "function_keyword_renames": spec.function_keyword_renames,
    "function_reorders": spec.function_reorders,
    "function_warnings": pairs(spec.function_warnings),
    "function_arg_warnings": {f: [[k, pos, lvl, msg] for (k, pos), (lvl, msg) in sorted(d.items(), key=lambda x: (x[0][0], x[0][1]))]
                              for f, d in spec.function_arg_warnings.items()},
    "change_to_function": sorted(spec.change_to_function),
    "module_deprecations": pairs(spec.module_deprecations),
    "function_transformers": {k: transformer(v) for k, v in spec.function_transformers.items()},
    "import_renames": {k: list(v) for k, v in spec.import_renames.items()},
}
json.dump(out, sys.stdout, indent=1, sort_keys=True, ensure_ascii=False)
sys.stdout.write("\n")

import type * as A from "../ast.js";
import type { Frame } from "../frame.js";
import type { PyValue } from "../objects/base.js";
import { AttributeError, ImportError, PyException, pyErr } from "../objects/exceptions.js";
import { PyStandIn } from "../objects/stand-in.js";
import { getAttr, getAttrOrUndefined } from "../ops/attr.js";
import { str } from "../ops/convert.js";
import { toArray } from "../ops/iter.js";
import { rt } from "../state.js";
import type { Ctx, S } from "./context.js";
import { storeName } from "./targets.js";

function importModule(name: string): PyValue {
  if (rt.host === null) throw pyErr(ImportError, "import is not available");
  return rt.host.importModule(name);
}

/** `import a.b.c` binds `a`; `import a.b.c as d` binds the module a.b.c itself. */
export function compileImport(s: A.Import, cx: Ctx): S {
  const parts = s.names.map((a) => ({
    name: a.name,
    top: a.name.split(".")[0]!,
    as: a.asname,
    store: storeName(a.asname ?? a.name.split(".")[0]!, cx),
  }));
  return (f) => {
    for (const p of parts) {
      const leaf = importModule(p.name);
      p.store(f, p.as ? leaf : importModule(p.top));
    }
    return undefined;
  };
}

/** The absolute module name of `from .x import y` inside the module whose globals are `g`. */
function resolveRelative(g: Map<string, PyValue>, level: number, module: string | null): string {
  if (level === 0) return module!;
  const pkgV = g.get("__package__");
  const nameV = g.get("__name__");
  let pkg = typeof pkgV === "string" ? pkgV : typeof nameV === "string" ? (g.has("__path__") ? nameV : nameV.split(".").slice(0, -1).join(".")) : "";
  if (!pkg) throw pyErr(ImportError, "attempted relative import with no known parent package");
  for (let i = 1; i < level; i++) pkg = pkg.split(".").slice(0, -1).join(".");
  return module ? `${pkg}.${module}` : pkg;
}

export function compileImportFrom(s: A.ImportFrom, cx: Ctx): S {
  const star = s.names.length === 1 && s.names[0]!.name === "*";
  const names = s.names.map((a) => ({ name: a.name, store: star ? null : storeName(a.asname ?? a.name, cx) }));
  return (f: Frame) => {
    const modName = resolveRelative(f.g, s.level, s.module);
    const mod = importModule(modName);
    if (star) {
      if (mod instanceof PyStandIn) mod.gap(`from ${modName} import *`);
      importStar(mod, f);
      return undefined;
    }
    for (const n of names) {
      // A name from a stand-in module stands in too (module, function or class: tfscope cannot know).
      let v = mod instanceof PyStandIn ? importModule(`${modName}.${n.name}`) : getAttrOrUndefined(mod, n.name);
      if (v === undefined) {
        try {
          v = importModule(`${modName}.${n.name}`);
        } catch (e) {
          if (!(e instanceof PyException && e.cls.isSubtypeOf(ImportError))) throw e;
          throw pyErr(ImportError, `cannot import name '${n.name}' from '${modName}' (unknown location)`);
        }
      }
      n.store!(f, v);
    }
    return undefined;
  };
}

function importStar(mod: PyValue, f: Frame): void {
  const ns = f.ns ?? f.g;
  // ceval.c import_all_from: getattr(mod, "__all__"), where an AttributeError (a PEP 562 __getattr__'s
  // too) means "no __all__": then the namespace's names not starting with an underscore.
  let all: PyValue | undefined;
  try {
    all = getAttrOrUndefined(mod, "__all__");
  } catch (e) {
    if (!(e instanceof PyException && e.cls.isSubtypeOf(AttributeError))) throw e;
  }
  const d = (mod as { dict: Map<string, PyValue> | null }).dict;
  if (all !== undefined) {
    // Each name of __all__ is read with getattr: a missing one raises AttributeError, after the ones before it.
    for (const k of toArray(all)) {
      const name = str(k);
      ns.set(name, getAttr(mod, name));
    }
    return;
  }
  if (d) for (const [k, v] of d) if (!k.startsWith("_")) ns.set(k, v);
}

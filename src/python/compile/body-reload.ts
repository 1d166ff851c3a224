/**
 * Function bodies compiled from their module's parse tree read again. A function's body is compiled on
 * its first call (functions.ts, lazyCode), so until then it holds its statements and, through its
 * context's scope analysis, its module's whole tree: most of a start-up snapshot's heap, which every
 * start deserialises. `dropLazyBodies` lets such a function forget them: its first call takes its
 * module's tree again (the import's parse cache, which primes it from the prebuilt trees, or a parse of
 * the same source), analyses its scopes, finds the same `def` or `lambda` by position and compiles that.
 * Scope analysis and compiling are functions of the tree alone, so the code is the code the held tree
 * would have given.
 */
import type * as A from "../ast.js";
import type { SourceLines } from "../frame.js";
import type { Ctx } from "./context.js";
import { type LazyBody, bodyOf, compileBody, setQualname, takeLazyBodies, trackLazyBodies } from "./functions.js";
import { ScopeInfo, analyze } from "./scope.js";

/** A module's `def` and `lambda` nodes by kind and position, with the module's scope analysis. */
interface Located {
  info: ScopeInfo;
  at: Map<string, A.FunctionDef | A.Lambda>;
}

/** A `def` or `lambda` by kind and position, `FunctionDef 12:4-20:8`: one flat string (join makes one,
 * where `+` would make a chain of its pieces, which a start-up snapshot holding the key carries whole). */
const where = (n: A.FunctionDef | A.Lambda) => [n.kind, " ", n.line, ":", n.col, "-", n.endLine, ":", n.endCol].join("");

function locate(module: A.Module, filename: string, lines: SourceLines): Located {
  const info = new ScopeInfo(filename, lines);
  analyze(module, info);
  const at = new Map<string, A.FunctionDef | A.Lambda>();
  for (const node of info.scopes.keys()) if (node.kind === "FunctionDef" || node.kind === "Lambda") at.set(where(node), node);
  return { info, at };
}

/** Trees analysed again in this process, by their module's lines (a module's functions share them). */
const reloaded = new WeakMap<SourceLines, Located>();

/**
 * Makes every function code recorded since trackLazyBodies(true) that is not compiled yet forget its
 * parse tree, when it was compiled from the tree an import ran (`runTree(source)`, the very node); its
 * first call then takes its module's tree from `reader(lines, filename)` (called now, once a module),
 * which must give the same tree. Others keep theirs.
 * First the bodies of the `def`s and `lambda`s in `compileFirst` are compiled (those a warm-up called:
 * what most programs call, which then need no tree again). At the end, a module tree no kept body needs
 * is released from the compiled code's scopes. Returns how many bodies forgot their tree.
 */
export function dropLazyBodies(
  runTree: (source: string) => A.Module | undefined,
  reader: (lines: SourceLines, filename: string) => () => A.Module,
  compileFirst: ReadonlySet<A.Node> = new Set(),
): number {
  const bodies: LazyBody[] = [];
  // Compiling a body makes the codes of the functions nested in it, recorded for the next round.
  for (let batch = takeLazyBodies(); batch.length > 0; batch = takeLazyBodies()) {
    trackLazyBodies(true);
    for (const b of batch) {
      bodies.push(b);
      if (b.code.run !== null || b.code.gen !== null || !compileFirst.has(b.node)) continue;
      try {
        b.code.compile();
      } catch {
        // It raises again at its first call, as it would have without this.
      }
    }
  }
  const checked = new Map<SourceLines, { here: Located; read: () => A.Module } | null>();
  const keep = new Set<ScopeInfo>();
  const ownFields: OwnFields = new WeakMap();
  let dropped = 0;
  for (const body of bodies) {
    const { code, node, cx } = body;
    if (code.run !== null || code.gen !== null) continue;
    const { filename, lines } = cx.code;
    let module = lines === null ? null : checked.get(lines);
    if (module === undefined && lines !== null) {
      const tree = runTree(lines.source);
      checked.set(lines, (module = tree === undefined ? null : { here: locate(tree, filename, lines), read: reader(lines, filename) }));
    }
    if (lines === null || module === null || module === undefined || module.here.at.get(where(node)) !== node) {
      keep.add(cx.info);
      continue;
    }
    code.compile = reloadingCompile(body, filename, lines, module.read, ownFields);
    dropped++;
  }
  for (const info of new Set(bodies.map((b) => b.cx.info))) if (!keep.has(info)) info.release();
  return dropped;
}

/** A context's fields but its scope analysis, shared by the functions compiled in it (for one
 * dropLazyBodies: a module-level table would keep its entries, whose keys live on, in a snapshot). */
type OwnFields = WeakMap<Ctx, Omit<Ctx, "info" | "scope">>;

/** `compile` for a code that holds no tree: what it keeps is its position and its context's own fields
 * (its CodeInfo holds the module's lines, whose text is the source the tree is cached under). */
function reloadingCompile(body: LazyBody, filename: string, lines: SourceLines, read: () => A.Module, ownFields: OwnFields): () => void {
  const { code, qualname } = body;
  const key = where(body.node);
  let own = ownFields.get(body.cx);
  if (own === undefined) {
    const { info: _info, scope: _scope, ...fields } = body.cx;
    ownFields.set(body.cx, (own = fields));
  }
  return () => {
    let here = reloaded.get(lines);
    if (here === undefined) reloaded.set(lines, (here = locate(read(), filename, lines)));
    const node = here.at.get(key);
    if (node === undefined) throw new Error(`tfscope internal: ${key} is not in ${filename} read again`);
    const scope = here.info.get(node);
    setQualname(scope, qualname);
    compileBody(code, bodyOf(node), { ...own, info: here.info, scope } as Ctx);
  };
}

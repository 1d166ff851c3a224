/**
 * The public name-scope context managers: TF1's `tf.name_scope(name, default_name=None, values=None)`
 * (ops.py 6251-6361), the pre-1.0 `tf.op_scope(values, name, default_name)` (ops.py 6511-6518), and
 * TF2's `tf.name_scope(name)` (name_scope_v2). In graph mode each delegates to `Graph.nameScope`; in
 * eager mode they only build a prefix in the eager context (ops.py `enter_eager_name_scope`).
 */
import {
  asDefault,
  eagerScopeName,
  executingEagerly,
  getDefaultGraph,
  logWarning,
  pyDescriber,
  setEagerScopeName,
} from "./context.js";
import { tfError } from "./errors.js";
import type { ContextManager } from "./graph.js";
import { graphFromInputs } from "./inputs.js";
import { M, formatMessage } from "./messages.js";

/** `tf.get_name_scope()`: the eager prefix without its slash, else the default graph's name stack
 *  (null inside `name_scope(None)`). */
export function getNameScope(): string | null {
  if (executingEagerly()) return eagerScopeName().replace(/\/+$/, "");
  return getDefaultGraph().getNameScope();
}

// ops.py `enter_eager_name_scope`: no uniquifying; a trailing slash is absolute.
function enterEager(name: string | null): { scope: string; old: string } {
  const old = eagerScopeName();
  let scope: string;
  if (!name) scope = "";
  else if (name.endsWith("/")) scope = name;
  else scope = old + name + "/";
  setEagerScopeName(scope);
  return { scope, old };
}

/**
 * TF1 `tf.name_scope(name, default_name=None, values=None)`. `defaultName` may be any value: a
 * non-string raises TypeError (E18) here, at construction, as TF does. `enter()` yields the scope
 * string; with `values` from another graph, that graph is the default inside the block.
 */
export function nameScope(
  name: string | null,
  defaultName: unknown = null,
  values: readonly unknown[] | null = null,
): ContextManager<string> {
  if (!(defaultName === null || typeof defaultName === "string")) {
    throw tfError(M.defaultNameNotString, pyDescriber().typeRepr(defaultName));
  }
  const effective = name === null ? (defaultName as string | null) : name;
  const eager = executingEagerly();
  let exitFn: (() => void) | null = null;
  return {
    enter: () => {
      if (eager) {
        const { scope, old } = enterEager(effective);
        exitFn = () => setEagerScopeName(old);
        return scope;
      }
      // `tf.name_scope(None)` without values is the idiom for "back to the root", so only a
      // missing name WITH values is an error (E19).
      if (effective === null && values !== null) {
        throw tfError(M.noNameNorDefault, "None", defaultName === null ? "None" : defaultName);
      }
      let g = getDefaultGraph();
      let graphCm: ContextManager<unknown> | null = null;
      if (values !== null && values.length > 0) {
        const fromInputs = graphFromInputs(values);
        if (fromInputs !== g) {
          g = fromInputs;
          graphCm = asDefault(g);
          graphCm.enter();
        }
      }
      const scope = g.nameScope(effective);
      let got: string;
      try {
        got = scope.enter();
      } catch (e) {
        graphCm?.exit();
        throw e;
      }
      exitFn = () => {
        scope.exit();
        graphCm?.exit();
      };
      return got;
    },
    exit: () => {
      const f = exitFn;
      exitFn = null;
      f?.();
    },
  };
}

/** Pre-1.0 `tf.op_scope(values, name, default_name=None)`: `name_scope(name, default_name, values)`
 *  after logging TF's deprecation warning (on entry, as its generator body runs then). */
export function opScope(values: readonly unknown[] | null, name: string | null, defaultName: unknown = null): ContextManager<string> {
  let inner: ContextManager<string> | null = null;
  return {
    enter: () => {
      logWarning(formatMessage(M.opScopeDeprecated, []));
      inner = nameScope(name, defaultName, values);
      return inner.enter();
    },
    exit: () => inner?.exit(),
  };
}

/** TF2 `tf.name_scope(name)` (name_scope_v2): a non-string name raises ValueError at construction. */
export function nameScopeV2(name: unknown): ContextManager<string> {
  if (typeof name !== "string") throw tfError(M.nameScopeV2NotString);
  const exits: (() => void)[] = [];
  return {
    enter: () => {
      if (executingEagerly()) {
        const { scope, old } = enterEager(name);
        exits.push(() => setEagerScopeName(old));
        return scope;
      }
      const scope = getDefaultGraph().nameScope(name);
      const got = scope.enter();
      exits.push(() => scope.exit());
      return got;
    },
    exit: () => exits.pop()?.(),
  };
}

/**
 * `tf.make_template` (template.py 40-480): a function whose variables are created on the first call
 * and reused afterwards. The first call opens `variable_scope(unique_name_, name_)` (a default-name
 * scope unless `unique_name_` is given) and every later call re-enters the captured scope with
 * `reuse=True`; with `create_scope_now_` the scope is made at construction by a bare
 * `_pure_variable_scope`, so its `original_name_scope` has no trailing slash.
 */
import { executingEagerly, getDefaultGraph } from "./context.js";
import { TFError, Unsupported, tfError } from "./errors.js";
import { M } from "./messages.js";
import { GLOBAL_VARIABLES, LOCAL_VARIABLES, TRAINABLE_VARIABLES } from "./graph-keys.js";
import type { CustomGetter, VariableScope } from "./scope-store.js";
import { enterPureScope, uniqueVariableScopeName, variableScope } from "./variable-scope.js";

/** Options of `make_template` after `name_` and `func_`. */
export interface TemplateOptions {
  createScopeNow?: boolean;
  uniqueName?: string | null;
  customGetter?: CustomGetter | null;
}

/** A `Template`: call it with `call(body)`, where `body` runs the user's function. */
export class Template {
  private scope: VariableScope | null = null;
  private firstCall = true;
  private variablesCreated = false;

  constructor(
    readonly name: string,
    private readonly o: TemplateOptions = {},
  ) {
    if (o.createScopeNow) {
      this.scope = enterPureScope(o.uniqueName ?? uniqueVariableScopeName(name), o.customGetter ?? null);
    }
  }

  /** `template(*args)`: runs `body` in the template's variable scope. TF appends the template's
   *  definition stack (including its own frames) to any exception's message; tfscope cannot build
   *  that text, so an exception from `body` surfaces as Unsupported with the original as `cause`. */
  call<T>(body: () => T): T {
    const cm =
      this.scope !== null
        ? variableScope(this.scope, { reuse: this.firstCall ? null : true })
        : variableScope(this.o.uniqueName ?? null, { defaultName: this.name, customGetter: this.o.customGetter ?? null });
    const entered = cm.enter();
    try {
      if (this.scope === null) this.scope = entered;
      return this.run(body);
    } finally {
      cm.exit();
    }
  }

  private run<T>(body: () => T): T {
    try {
      if (this.variablesCreated) {
        const trainable = getDefaultGraph().getCollectionRef(TRAINABLE_VARIABLES);
        const before = trainable.length;
        const result = body();
        if (trainable.length !== before) throw new Unsupported("a template call that creates a new trainable variable");
        return result;
      }
      if (this.firstCall) {
        this.firstCall = false;
        let result: T;
        try {
          result = body();
        } catch (e) {
          this.firstCall = true;
          throw e;
        }
        this.variablesCreated = true;
        return result;
      }
      return body();
    } catch (e) {
      if (e instanceof TFError) {
        const err = new Unsupported("an exception raised inside a make_template function (TF appends its definition stack)");
        (err as Error & { cause?: unknown }).cause = e;
        throw err;
      }
      throw e;
    }
  }

  /** The captured VariableScope (null before the first call unless created at construction). */
  get variableScope(): VariableScope | null {
    return this.scope;
  }
  /** `variable_scope_name`: the scope name with a trailing `/` (undefined before the scope exists). */
  get variableScopeName(): string | undefined {
    if (this.scope === null) return undefined;
    const n = this.scope.name;
    return !n || n.endsWith("/") ? n : `${n}/`;
  }
  private collection(key: string): unknown[] {
    return this.variablesCreated ? getDefaultGraph().getCollection(key, this.variableScopeName ?? null) : [];
  }
  get globalVariables(): unknown[] {
    return this.collection(GLOBAL_VARIABLES);
  }
  get localVariables(): unknown[] {
    return this.collection(LOCAL_VARIABLES);
  }
  get trainableVariables(): unknown[] {
    return this.collection(TRAINABLE_VARIABLES);
  }
  get variables(): unknown[] {
    return [...this.globalVariables, ...this.localVariables];
  }
}

/** `tf.make_template(name_, func_, create_scope_now_=False, unique_name_=None, custom_getter_=None)`. */
export function makeTemplate(name: string | null, o: TemplateOptions = {}): Template {
  if (executingEagerly()) throw new Unsupported("make_template in eager mode (EagerTemplate)");
  if (name === null) throw tfError(M.templateNameNone);
  return new Template(name, o);
}

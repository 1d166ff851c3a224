/**
 * The native module `_tf`: the engine's API as Python-callable functions. The Python modules in
 * `py/` (`_tfcore`, `tensorflow`, ...) build TF's classes and namespaces on top of it. Functions that
 * are TF API entry points carry TF's Python signature, so argument errors read as TF's would.
 */
import {
  type ModuleBuilder,
  type PyHost,
  type PyValue,
  asList,
  isDict,
  isList,
  isNone,
  isStr,
  isTuple,
  pyList,
  pyNone,
  pyTupleOf,
} from "../python/index.js";
import * as tf from "../tf/index.js";
import * as ops from "../tf/ops/index.js";
import { tensorOperator } from "../tf/ops/index.js";
import { EagerTensor, hashRefusal, tensorEquality } from "../tf/eager/index.js";
import { Adapters, originalOf, variableCreator } from "./adapters.js";
import type { Bridge, ClassRole } from "./bridge.js";
import type { NativeKit } from "./native.js";
import { getAttribute, reprOf, strOf } from "./tf-objects.js";
import { PartitionedVariable } from "../tf/partitioned.js";
import { installSessionFunctions } from "./tf-session.js";
import { installLayerFunctions } from "./tf-layers.js";
import { installOpFunctions } from "./tf-ops.js";
import { installSurfaceFunctions } from "./tf-surface.js";
import { installTrainFunctions } from "./tf-train.js";
import { installDeviceFunctions } from "./tf-devices.js";
import { installLinalgFunctions } from "./tf-linalg.js";
import { installLookupFunctions } from "./tf-lookup.js";
import { installRecordFunctions } from "./tf-records.js";
import { installLoggingFunctions } from "./tf-logging.js";
import { installWhileFunctions } from "./tf-while.js";
import { installTensorArrayFunctions } from "./tf-tensor-array.js";

const creatorLists = new WeakMap<readonly tf.CreatorEntry[], PyValue>();
const creatorStacksOf = new WeakMap<object, readonly tf.CreatorEntry[]>();
import { installDataFunctions } from "./tf-data.js";

/** Builds `_tf` for one interpreter. */
export function buildTfModule(k: NativeKit, m: ModuleBuilder): void {
  const { host, bridge } = k;
  const ad = new Adapters(host, bridge);
  const fn = (name: string, impl: (args: PyValue[], kw: Map<string, PyValue>) => unknown) =>
    m.fn(name, k.guard((a, kw) => bridge.toPy(impl(a, kw))));
  const engine = <T>(v: PyValue, kinds: readonly (abstract new (...a: never[]) => T)[], what: string) => bridge.expect(v, kinds, what);

  // ---- registration
  fn("register_factory", (a) => {
    bridge.setFactory(a[0]!);
    return null;
  });
  fn("register_classes", (_a, kw) => {
    for (const [role, cls] of kw) bridge.register(role as ClassRole, cls);
    return null;
  });
  fn("register_errors", (a) => {
    k.errors.register(a);
    return null;
  });
  fn("register_plain_errors", (a) => {
    k.errors.registerPlain(a);
    return null;
  });
  fn("set_auto_reuse", (a) => {
    bridge.autoReuse = a[0]!;
    return null;
  });

  // ---- generic object protocol
  fn("attr", (a) => getAttribute(k, a[0]!, host.str(a[1]!)));
  fn("repr", (a) => reprOf(k, a[0]!));
  fn("str", (a) => strOf(k, a[0]!));
  fn("cm_enter", (a) => host.unwrap<tf.ContextManager<unknown>>(a[0]!).enter());
  fn("cm_exit", (a) => {
    host.unwrap<tf.ContextManager<unknown>>(a[0]!).exit();
    return null;
  });
  fn("cm_attr", (a) => (host.unwrap<Record<string, unknown>>(a[0]!) as Record<string, unknown>)[host.str(a[1]!)] ?? null);

  // ---- dtypes and shapes
  fn("as_dtype", (a) => bridge.dtypeArg(a[0]!));
  // _tfdtypes.py checks the enum is one of types.proto's.
  fn("dtype_by_enum", (a) => tf.asDType(Number(a[0]!)));
  fn("dtype_eq", (a) => {
    const x = bridge.engineOf(a[0]!) as tf.DType;
    if (isNone(a[1]!)) return false;
    try {
      return x === bridge.dtypeArg(a[1]!);
    } catch {
      return false;
    }
  });
  fn("dtype_compatible", (a) => (bridge.engineOf(a[0]!) as tf.DType).isCompatibleWith(bridge.dtypeRequired(a[1]!)));
  fn("v2_shapes", () => tf.behavior().v2Shapes);
  // _tfshape.py validates as TF does; each Python construction is a new object, as in TF.
  fn("dimension", (a) => new tf.Dimension(isNone(a[0]!) ? null : Number(a[0]!)));
  fn("tensor_shape", (a) => new tf.TensorShape(bridge.shapeArg(a[0]!) ?? null));

  // ---- graphs, default graph, collections
  fn("new_graph", () => new tf.Graph());
  fn("get_default_graph", () => tf.getDefaultGraph());
  fn("reset_default_graph", () => {
    tf.resetDefaultGraph();
    return null;
  });
  fn("graph_as_default", (a) => host.opaque(tf.asDefault(engine(a[0]!, [tf.Graph], "as_default"))));
  fn("graph_name_scope", (a) => host.opaque(engine(a[0]!, [tf.Graph], "name_scope").nameScope(k.name(a[1]))));
  fn("graph_control_dependencies", (a) => {
    const g = engine(a[0]!, [tf.Graph], "control_dependencies");
    const list = isNone(a[1]!) ? null : asList(a[1]!).map((x) => graphElement(k, x));
    return host.opaque(g.controlDependencies(list));
  });
  fn("graph_call", (a) => graphCall(k, engine(a[0]!, [tf.Graph], "graph"), host.str(a[1]!), a.slice(2)));
  fn("graph_create_op", (a) => {
    const g = engine(a[0]!, [tf.Graph], "create_op");
    const inputs = asList(a[2]!).map((x) => ops.convertToTensor(bridge.describe(x)));
    const dtypes = isNone(a[3]!) ? [] : asList(a[3]!).map((d) => bridge.dtypeArg(d)!);
    return g.createOp({ type: host.str(a[1]!), name: k.name(a[4]), inputs, dtypes });
  });
  m.fn("get_collection", k.bound("get_collection", { names: ["key", "scope", "graph"], required: 1 }, (a) =>
    graphOf(k, a[2]).getCollection(bridge.toJsKey(a[0]!), k.str(a[1])).map((x) => x)));
  m.fn("get_collection_ref", k.bound("get_collection_ref", { names: ["key", "graph"], required: 1 }, (a) =>
    graphOf(k, a[1]).getCollectionRef(bridge.toJsKey(a[0]!)).slice()));
  m.fn("add_to_collection", k.bound("add_to_collection", { names: ["name", "value", "graph"], required: 2 }, (a) => {
    graphOf(k, a[2]).addToCollection(bridge.toJsKey(a[0]!), collectionValue(k, a[1]!));
    return null;
  }));
  m.fn("add_to_collections", k.bound("add_to_collections", { names: ["names", "value", "graph"], required: 2 }, (a) => {
    const names = isStr(a[0]!) ? [a[0]!] : asList(a[0]!).map((x) => bridge.toJsKey(x));
    graphOf(k, a[2]).addToCollections(names as string[], collectionValue(k, a[1]!));
    return null;
  }));

  // ---- name scopes
  fn("name_scope", (a) => {
    const values = bridge.listArg(a[2]);
    return host.opaque(tf.nameScope(k.name(a[0]), defaultNameArg(k, a[1]), values === null ? null : values.map((x) => graphElementSource(k, x))));
  });
  fn("name_scope_v2", (a) => host.opaque(tf.nameScopeV2(isStr(a[0]!) ? a[0] : bridge.engineOf(a[0]!) ?? a[0])));
  m.fn("op_scope", k.bound("op_scope", { names: ["values", "name", "default_name"], required: 2 }, (a) => {
    const values = bridge.listArg(a[0]);
    return host.opaque(tf.opScope(values === null ? null : values.map((x) => graphElementSource(k, x)), k.name(a[1]), defaultNameArg(k, a[2])));
  }));
  m.fn("get_name_scope", k.bound("get_name_scope", { names: [] }, () => tf.getDefaultGraph().getNameScope() ?? ""));

  // ---- variable scopes
  const scopeArgs = (a: (PyValue | undefined)[], from: number): tf.VariableScopeArgs => ({
    initializer: ad.initializer(a[from]),
    regularizer: ad.regularizer(a[from + 1]),
    cachingDevice: deviceArg(k, a[from + 2]),
    partitioner: ad.partitioner(a[from + 3]),
    customGetter: customGetterArg(k, ad, a[from + 4]),
    reuse: reuseArg(k, a[from + 5]),
    dtype: bridge.dtypeArg(a[from + 6]),
    useResource: k.optBool(a[from + 7]),
    constraint: ad.constraint(a[from + 8]),
  });
  fn("variable_scope", (a) => {
    // Without name_or_scope, TF opens ops.name_scope(default_name) on entry, and a name that is not
    // a string fails inside `re` there; tfscope does not model that path.
    if (isNone(a[0]!) && a[1] !== undefined && !isNone(a[1]) && !isStr(a[1])) throw new tf.Unsupported("tf.variable_scope(default_name=...) that is not a string");
    const values = bridge.listArg(a[2]);
    const args: tf.VariableScopeArgs = {
      ...scopeArgs(a, 3),
      defaultName: defaultNameArg(k, a[1]) as string | null,
      values: values === null ? null : values.map((x) => graphElementSource(k, x)),
      auxiliaryNameScope: auxArg(a[12]!),
    };
    return host.opaque(tf.variableScope(scopeOrName(k, a[0]!), args));
  });
  m.fn("variable_op_scope", k.bound("variable_op_scope", {
    names: ["values", "name_or_scope", "default_name", "initializer", "regularizer", "caching_device", "partitioner",
      "custom_getter", "reuse", "dtype", "use_resource", "constraint"],
    required: 2,
  }, (a) => {
    const values = bridge.listArg(a[0]);
    const args = { ...scopeArgs(a, 3), defaultName: defaultNameArg(k, a[2]) as string | null };
    return host.opaque(tf.variableOpScope(values === null ? null : values.map((x) => graphElementSource(k, x)), scopeOrName(k, a[1]!), args));
  }));
  m.fn("get_variable_scope", k.bound("get_variable_scope", { names: [] }, () => tf.currentVariableScope()));
  fn("new_variable_scope", (a) => new tf.VariableScope(reuseArg(k, a[0]) as tf.Reuse, {
    name: k.str(a[1]) ?? "",
    initializer: ad.initializer(a[2]),
    regularizer: ad.regularizer(a[3]),
    cachingDevice: deviceArg(k, a[4]),
    partitioner: ad.partitioner(a[5]),
    customGetter: customGetterArg(k, ad, a[6]),
    nameScope: k.str(a[7]) ?? "",
    dtype: bridge.dtypeArg(a[8]) ?? undefined,
    useResource: k.optBool(a[9]),
    constraint: ad.constraint(a[10]),
  }));
  fn("scope_call", (a) => scopeCall(k, ad, engine(a[0]!, [tf.VariableScope], "VariableScope"), host.str(a[1]!), a.slice(2)));

  // ---- variables
  const GET_VARIABLE = ["name", "shape", "dtype", "initializer", "regularizer", "trainable", "collections", "caching_device",
    "partitioner", "validate_shape", "use_resource", "custom_getter", "constraint", "synchronization", "aggregation"];
  const getVariableArgs = (a: (PyValue | undefined)[]): tf.GetVariableArgs => ({
    shape: bridge.shapeArg(a[1]),
    dtype: bridge.dtypeArg(a[2]),
    initializer: ad.initializer(a[3]),
    regularizer: ad.regularizer(a[4]),
    trainable: k.optBool(a[5]),
    collections: a[6] === undefined || isNone(a[6]) ? null : asList(a[6]).map((x) => bridge.toJsKey(x)),
    cachingDevice: deviceArg(k, a[7]),
    partitioner: ad.partitioner(a[8]),
    validateShape: k.bool(a[9], true),
    useResource: k.optBool(a[10]),
    customGetter: customGetterArg(k, ad, a[11]),
    constraint: ad.constraint(a[12]),
    synchronization: enumName(k, a[13]),
    aggregation: enumName(k, a[14]),
  });
  m.fn("get_variable", k.bound("get_variable", { names: GET_VARIABLE, required: 1 }, (a) =>
    tf.getVariable(host.str(a[0]!), getVariableArgs(a))));
  // variable_scope._get_partitioned_variable (create_partitioned_variables): `name` may be None.
  m.fn("get_partitioned_variable", k.bound("_get_partitioned_variable", { names: GET_VARIABLE, required: 1 }, (a) =>
    tf.scopeGetPartitionedVariable(tf.variableStore(), isNone(a[0]!) ? null : host.str(a[0]!), getVariableArgs(a))));
  m.fn("get_local_variable", k.bound("get_local_variable", { names: GET_VARIABLE, required: 1 }, (a) => {
    const args = getVariableArgs(a);
    // vs.py 1628-1638: an explicit list gets LOCAL_VARIABLES appended in place (the caller sees it).
    if (a[6] !== undefined && isList(a[6])) host.call(host.getAttr(a[6], "append"), ["local_variables"]);
    return tf.getLocalVariable(host.str(a[0]!), args);
  }));
  fn("scope_get_variable", (a) => {
    const scope = engine(a[0]!, [tf.VariableScope], "VariableScope.get_variable");
    return tf.scopeGetVariable(scope, tf.variableStore(), host.str(a[1]!), getVariableArgs([a[1], ...a.slice(2)]));
  });
  fn("make_variable", (a) => {
    const initial = a[0]!;
    const callable = !isNone(initial) && bridge.engineOf(initial) === undefined && ad.isCallable(initial)
      && ad.engineInitializer(initial) === null;
    const initialValue = isNone(initial) ? undefined
      : callable ? () => ad.toEngineValue(host.call(initial, []))
      : ad.toEngineValue(initial);
    // a[15]: "v1"/"v2" go through the variable creators; "direct" is RefVariable(...)/ResourceVariable(...).
    const create = host.str(a[15]!) === "direct" ? tf.defaultVariableCreator : tf.createVariable;
    return create({
      initialValue,
      trainable: k.optBool(a[1]),
      collections: a[2] === undefined || isNone(a[2]!) ? undefined : collectionsArg(k, a[2]!),
      validateShape: k.bool(a[3], true),
      cachingDevice: deviceArg(k, a[4]),
      name: k.name(a[5]),
      dtype: bridge.dtypeArg(a[7]),
      constraint: ad.constraint(a[10]),
      useResource: k.optBool(a[11]),
      synchronization: enumName(k, a[12]) as tf.Synchronization | undefined,
      aggregation: enumName(k, a[13]) as tf.Aggregation | undefined,
      shape: bridge.shapeArg(a[14]),
      variableDef: ad.variableDef(a[6]),
      importScope: a[9] === undefined || isNone(a[9]!) ? null : host.str(a[9]!),
    });
  });
  // variables.py/rv.py `_init_from_proto`, once py/_tfvariables.py has found the named elements.
  fn("restore_variable", (a) => {
    const tensor = (v: PyValue) => engine(v, [tf.Tensor], "VariableDef element");
    return tf.restoreVariable(host.truthy(a[0]!), {
      restored: true,
      variable: tensor(a[1]!),
      initializer: engine(a[2]!, [tf.Operation], "VariableDef initializer"),
      initialValue: isNone(a[3]!) ? null : tensor(a[3]!),
      snapshot: tensor(a[4]!),
    }, host.truthy(a[5]!), host.str(a[6]!) as tf.Synchronization, host.str(a[7]!) as tf.Aggregation);
  });
  // ops.py Graph._variable_creator_stack: the stack object itself, as one Python list of
  // (priority, creator) per engine stack, so a saved stack is restored by identity.
  fn("graph_creator_stack", (a) => {
    const stack = tf.creatorStackOf(engine(a[0]!, [tf.Graph], "Graph._variable_creator_stack"));
    let list = creatorLists.get(stack);
    if (list === undefined) {
      list = pyList(stack.map((e) => pyTupleOf([bridge.toPy(e.priority), originalOf(e.creator) ?? pyNone])));
      creatorLists.set(stack, list);
      creatorStacksOf.set(list as object, stack);
    }
    return list;
  });
  fn("graph_set_building_function", (a) => {
    engine(a[0]!, [tf.Graph], "Graph._building_function").buildingFunction = host.truthy(a[1]!);
    return null;
  });
  fn("graph_set_creator_stack", (a) => {
    const stack = creatorStacksOf.get(a[1] as object);
    if (stack === undefined) throw new tf.Unsupported("Graph._variable_creator_stack = a list other than one read from it");
    tf.setCreatorStack(engine(a[0]!, [tf.Graph], "Graph._variable_creator_stack"), stack);
    return null;
  });
  fn("variable_creator_scope", (a) => host.opaque(tf.variableCreatorScope(variableCreator(host, bridge, ad, a[0]!))));
  fn("var_method", (a) => {
    const v = engine(a[0]!, [tf.Variable], "Variable");
    const name = host.str(a[1]!);
    if (name === "value") return v.value();
    if (name === "read_value") return v.readValue();
    if (name === "initialized_value") return v.initializedValue();
    throw new tf.Unsupported(`Variable.${name}()`);
  });
  // variables.py Variable.count_up_to: `state_ops.count_up_to(self._variable, limit=limit)`.
  fn("count_up_to", (a) => {
    const v = engine(a[0]!, [tf.Variable], "Variable.count_up_to");
    return v instanceof tf.ResourceVariable ? v.countUpTo(Number(a[1]!)) : ops.countUpTo(v.op.outputs[0]!, Number(a[1]!));
  });
  // control_flow_ops.cond after _tfcond.py's checks: branch functions return flat lists (or None).
  fn("cond", (a) => {
    const branch = (f: PyValue) => () => {
      const r = host.call(f, []);
      return isNone(r) ? null : asList(r).map((x) => ad.toEngineValue(x));
    };
    return tf.cond(ad.toEngineValue(a[0]!), branch(a[1]!), branch(a[2]!), k.name(a[3]), () => {
      host.call(a[4]!, []);
    });
  });
  // variables.py PartitionedVariable(...) after the Python-level checks; shards already sorted.
  fn("make_partitioned_variable", (a) => {
    const shards = asList(a[3]!).map((x) => engine(x, [tf.Variable], "PartitionedVariable"));
    return new PartitionedVariable(host.str(a[0]!), new tf.TensorShape(bridge.shapeArg(a[1]!) ?? null), bridge.dtypeArg(a[2]!)!,
      shards, asList(a[4]!).map((p) => Number(p)));
  });
  fn("partitioned_concat", (a) => {
    const pv = engine(a[0]!, [PartitionedVariable], "PartitionedVariable");
    return host.truthy(a[1]!) ? pv.asTensor() : pv.concat();
  });
  fn("var_set_save_slice_info", (a) => {
    const v = engine(a[0]!, [tf.Variable], "Variable._set_save_slice_info");
    const ints = (x: PyValue) => asList(x).map((d) => Number(d));
    v.saveSliceInfo = { fullName: host.str(a[1]!), fullShape: ints(a[2]!), varOffset: ints(a[3]!), varShape: ints(a[4]!) };
    return null;
  });
  // variables.py RefVariable.assign* and rv.py's: the variable's own methods (read_value=False gives the op).
  fn("var_assign", (a) => {
    const kind = host.str(a[0]!);
    const e = bridge.engineOf(a[1]!);
    const v = e instanceof tf.UnreadVariable ? e : engine(a[1]!, [tf.Variable], "Variable") as tf.RefVariable | tf.ResourceVariable;
    const value = bridge.describe(a[2]!);
    const name = k.name(a[4]);
    const readValue = k.bool(a[5], true);
    if (v instanceof tf.RefVariable) {
      const useLocking = k.optBool(a[3]);
      return kind === "assign" ? v.assign(value, name, readValue, useLocking)
        : kind === "assign_add" ? v.assignAdd(value, name, readValue, useLocking) : v.assignSub(value, name, readValue, useLocking);
    }
    // rv.py's assign methods take use_locking and never pass it on.
    return kind === "assign" ? v.assign(value, name, readValue)
      : kind === "assign_add" ? v.assignAdd(value, name, readValue) : v.assignSub(value, name, readValue);
  });

  // ---- operators on tensors and variables
  fn("binop", (a) => {
    const op = host.str(a[0]!);
    const self = bridge.describe(a[1]!);
    const otherPy = a[2]!;
    const other = bridge.describe(otherPy);
    const reflected = host.truthy(a[3]!);
    switch (op) {
      case "lt": return ops.less(self, other);
      case "le": return ops.lessEqual(self, other);
      case "gt": return ops.greater(self, other);
      case "ge": return ops.greaterEqual(self, other);
    }
    // math_ops.binary_op_wrapper: a failed conversion returns NotImplemented when the other operand's
    // type has the reflected operator, so Python tries it.
    const hasReflected = bridge.engineOf(otherPy) === undefined
      && host.truthy(host.call(host.getAttr(host.importModule("builtins"), "hasattr"), [host.getAttr(otherPy, "__class__"), `__r${op}__`]));
    try {
      return tensorOperator(op as ops.BinaryOperator, self, other, reflected, hasReflected);
    } catch (e) {
      if (e instanceof ops.ReturnNotImplemented) return host.getAttr(host.importModule("builtins"), "NotImplemented");
      throw e;
    }
  });
  fn("unop", (a) => {
    const op = host.str(a[0]!);
    const x = bridge.describe(a[1]!);
    return op === "neg" ? ops.tensorNeg(x) : op === "abs" ? ops.tensorAbs(x) : ops.tensorInvert(x);
  });
  // TF 2's element-wise == (identity in graph mode and for graph tensors; None → False).
  fn("tensor_eq", (a) => tensorEquality(bridge.describe(a[0]!), bridge.describe(a[1]!), a[0] === a[1], false));
  fn("tensor_ne", (a) => tensorEquality(bridge.describe(a[0]!), bridge.describe(a[1]!), a[0] === a[1], true));
  fn("check_hashable", (a) => {
    const e = bridge.engineOf(a[0]!);
    const refusal = e === undefined ? null : hashRefusal(e as tf.Tensor);
    if (refusal !== null) throw refusal;
    return null;
  });
  fn("eager_numpy", (a) => {
    const e = bridge.engineOf(a[0]!);
    const t = (e instanceof tf.EagerVariable ? e.initialValue : e) as EagerTensor;
    if (!(t instanceof EagerTensor)) throw new tf.TFError("AttributeError", `'${bridge.typeName(a[0]!)}' object has no attribute 'numpy'`);
    if (t.nondeterministic) k.randomUsed = true;
    return t.value;
  });
  fn("tensor_bool", () => {
    // ops.py Tensor.__bool__ (graph mode).
    throw new tf.TFError("TypeError",
      "Using a `tf.Tensor` as a Python `bool` is not allowed. Use `if t is not None:` instead of `if t:` to test if a tensor is defined, and use TensorFlow ops such as tf.cond to execute subgraphs conditioned on the value of a tensor.");
  });
  fn("tensor_len", (a) => {
    const t = bridge.engineOf(a[0]!) as tf.Tensor;
    throw new tf.TFError("TypeError", `len is not well defined for symbolic Tensors. (${t.name} has shape ${tf.shapeStr(t.shape)}) Please call \`x.shape\` rather than \`len(x)\` for shape information.`);
  });
  fn("tensor_iter", (a) => {
    const t = bridge.engineOf(a[0]!) as tf.Tensor;
    const s = t.shape;
    if (s.rank === null) throw new tf.TFError("TypeError", "Cannot iterate over a tensor with unknown shape.");
    if (s.rank === 0) throw new tf.TFError("TypeError", "Cannot iterate over a scalar tensor.");
    throw new tf.Unsupported("iterating over a Tensor (unstack)");
  });
  fn("tensor_getitem", (a) => ops.sliceTensor(bridge.describe(a[0]!), sliceSpec(k, a[1]!)));
  fn("tensor_set_shape", (a) => {
    const t = bridge.engineOf(a[0]!);
    if (t instanceof tf.Tensor) t.setShape(bridge.shapeArg(a[1]!) ?? null);
    else throw new tf.Unsupported("Variable.set_shape");
    return null;
  });
  fn("tensor_consumers", (a) => {
    const t = engine(a[0]!, [tf.Tensor], "consumers");
    return t.graph.getOperations().filter((o) => o.inputs.includes(t));
  });
  fn("op_get_attr", (a) => {
    const op = engine(a[0]!, [tf.Operation], "get_attr");
    const v = op.getAttr(host.str(a[1]!));
    return v instanceof tf.DType || v instanceof tf.TensorShape || typeof v !== "object" || v === null || Array.isArray(v) ? v : null;
  });

  installOpFunctions(k, m, ad);
  installLayerFunctions(k, m, ad);
  installTrainFunctions(k, m);
  installDeviceFunctions(k, m);
  installLinalgFunctions(k, m);
  installLookupFunctions(k, m);
  installRecordFunctions(k, m);
  installLoggingFunctions(k, m);
  installWhileFunctions(k, m);
  installTensorArrayFunctions(k, m);
  installDataFunctions(k, m);
  installSessionFunctions(k, m);
  installSurfaceFunctions(k, m);
}

/** A Python subscript (`t[1:, ..., None, 0]`) as the op catalogue's slice items. */
function sliceSpec(k: NativeKit, key: PyValue): ops.SliceItem[] {
  const items = isTuple(key) ? asList(key) : [key];
  const builtins = k.host.importModule("builtins");
  return items.map((x): ops.SliceItem => {
    if (isNone(x)) return { kind: "newaxis" };
    if (x === k.host.getAttr(builtins, "Ellipsis")) return { kind: "ellipsis" };
    if (k.host.isinstance(x, k.host.getAttr(builtins, "slice"))) {
      const part = (n: string) => {
        const v = k.host.getAttr(x, n);
        return isNone(v) ? null : k.bridge.describe(v);
      };
      return { kind: "slice", start: part("start"), stop: part("stop"), step: part("step") };
    }
    return { kind: "index", value: k.bridge.describe(x) };
  });
}

/** A device string; a device function is beyond what tfscope models. */
function deviceArg(k: NativeKit, v: PyValue | undefined): string | null {
  if (v === undefined || isNone(v)) return null;
  if (isStr(v)) return v;
  throw new tf.Unsupported("a caching_device given as a function");
}

function graphOf(k: NativeKit, v: PyValue | undefined): tf.Graph {
  if (v === undefined || isNone(v)) return tf.getDefaultGraph();
  return k.bridge.expect(v, [tf.Graph], "graph");
}

/** A value put in a collection: engine objects go in as themselves, anything else as the Python value. */
function collectionValue(k: NativeKit, v: PyValue): unknown {
  return k.bridge.engineOf(v) ?? v;
}

function collectionsArg(k: NativeKit, v: PyValue): unknown {
  if (isList(v) || isTuple(v)) return asList(v).map((x) => k.bridge.toJsKey(x));
  const setType = k.host.getAttr(k.host.importModule("builtins"), "set");
  if (k.host.isinstance(v, setType)) return asList(v).map((x) => k.bridge.toJsKey(x));
  return k.bridge.describe(v);
}

function defaultNameArg(k: NativeKit, v: PyValue | undefined): unknown {
  if (v === undefined || isNone(v)) return null;
  if (isStr(v)) return v;
  return k.bridge.engineOf(v) ?? v;
}

function auxArg(v: PyValue | undefined): unknown {
  if (v === undefined) return true;
  return v;
}

function scopeOrName(k: NativeKit, v: PyValue): unknown {
  if (isNone(v)) return null;
  if (isStr(v)) return v;
  return k.bridge.engineOf(v) ?? v;
}

function reuseArg(k: NativeKit, v: PyValue | undefined): unknown {
  if (v === undefined || isNone(v)) return null;
  if (v === k.bridge.autoReuse) return tf.AUTO_REUSE;
  if (v === true || v === false) return v;
  return v;
}

function customGetterArg(k: NativeKit, ad: Adapters, v: PyValue | undefined): tf.CustomGetter | null {
  if (v === undefined || isNone(v)) return null;
  if (!ad.isCallable(v)) throw new tf.TFError("ValueError", `Passed a custom_getter which is not callable: ${k.host.str(v)}`);
  return ad.customGetter(v);
}

function enumName(k: NativeKit, v: PyValue | undefined): string | undefined {
  if (v === undefined || isNone(v)) return undefined;
  if (isStr(v)) return v;
  return k.host.str(k.host.getAttr(v, "name"));
}

/** A value accepted where TF takes a graph element (`values=` lists, control inputs). */
function graphElementSource(k: NativeKit, v: PyValue): unknown {
  return k.bridge.engineOf(v) ?? k.bridge.describe(v);
}

function graphElement(k: NativeKit, v: PyValue): tf.Operation | tf.Tensor {
  const e = k.bridge.engineOf(v);
  if (e instanceof tf.Operation || e instanceof tf.Tensor) return e;
  // ops.py control_dependencies: `as_graph_element(c)`, then a tensor's op (a resource variable's is its read).
  if (e instanceof tf.Variable || e instanceof tf.UnreadVariable) return e.asGraphElement().op;
  throw new tf.TFError("TypeError", `Can not convert a ${k.bridge.typeName(v)} into a Tensor or Operation.`);
}

function graphCall(k: NativeKit, g: tf.Graph, method: string, a: PyValue[]): unknown {
  switch (method) {
    case "get_operations": return g.getOperations().slice();
    case "get_operation_by_name": return g.getOperationByName(k.host.str(a[0]!));
    case "get_tensor_by_name": return g.getTensorByName(k.host.str(a[0]!));
    case "clear_collection": g.clearCollection(k.bridge.toJsKey(a[0]!)); return null;
    case "get_all_collection_keys": return g.getAllCollectionKeys();
    case "unique_name": return g.uniqueName(k.host.str(a[0]!), a[1] === undefined ? true : k.host.truthy(a[1]));
    case "get_name_scope": return g.getNameScope() ?? "";
    case "finalize": g.finalize(); return null;
    case "_unsafe_unfinalize": g.unsafeUnfinalize(); return null;
    case "as_graph_element": {
      const e = k.bridge.engineOf(a[0]!);
      if (e instanceof tf.Tensor || e instanceof tf.Operation) return e;
      if (e instanceof tf.Variable) return e.asGraphElement?.() ?? e.op.outputs[0];
      const name = k.host.str(a[0]!);
      return name.includes(":") ? g.getTensorByName(name) : g.getOperationByName(name);
    }
  }
  throw new tf.Unsupported(`Graph.${method}`);
}

function scopeCall(k: NativeKit, ad: Adapters, s: tf.VariableScope, method: string, a: PyValue[]): unknown {
  switch (method) {
    case "reuse_variables": s.reuseVariables(); return null;
    case "set_initializer": s.setInitializer(ad.initializer(a[0])); return null;
    case "set_dtype": s.setDtype(k.bridge.dtypeArg(a[0]!)!); return null;
    case "set_use_resource": s.setUseResource(k.optBool(a[0])); return null;
    case "set_regularizer": s.setRegularizer(ad.regularizer(a[0])); return null;
    case "set_caching_device": s.setCachingDevice(k.str(a[0])); return null;
    case "set_partitioner": s.setPartitioner(ad.partitioner(a[0])); return null;
    case "set_custom_getter": s.setCustomGetter(customGetterArg(k, ad, a[0])); return null;
    case "get_collection": return s.getCollection(k.bridge.toJsKey(a[0]!));
    case "trainable_variables": return s.trainableVariables();
    case "global_variables": return s.globalVariables();
    case "local_variables": return s.localVariables();
  }
  throw new tf.Unsupported(`VariableScope.${method}`);
}

export { pyNone, isDict };
export type { PyHost, Bridge };

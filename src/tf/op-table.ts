/**
 * A graph's op records as columns (issue #13). An `Operation` object is only its identity (the chunk
 * holding it and its row there); its id, name parts, type, inputs, attrs and outputs live in parallel
 * arrays of a chunk of CHUNK ops, indexed by the op's row. A million ops are then a million two-field
 * objects and a few thousand arrays, instead of a million nine-field objects the garbage collector
 * copies out of the young generation and traces on every full collection. The type and the name's scope
 * part are two-byte numbers (into all op types, and into the chunk's scope strings), which the collector
 * never reads; inputs and attrs are columns made on the chunk's first op that has any; ids are stored
 * only after a failed creation used one. Chunks after the first are allocated at their final size, so
 * no column is copied to grow. What few ops have (a device, control inputs, a control flow context) is
 * an `OpExtra` in a column made on the chunk's first such setting.
 */
import type { Graph } from "./graph.js";
import type { Attrs, Operation, PendingOutput, Tensor } from "./tensor.js";

/** log2 of the ops per chunk. A column of a full chunk is 64 KB, under V8's large-object size: large
 *  objects cost a fresh mapping each, measured slower than young arrays copied once or twice. */
export const CHUNK_BITS = 13;
export const CHUNK = 1 << CHUNK_BITS;
export const CHUNK_MASK = CHUNK - 1;

/** An op's outputs as stored: a single output stays a PendingOutput until its Tensor is asked for,
 *  then a Tensor without its array until `outputs` is read. */
export type OutputSlot = readonly Tensor[] | Tensor | PendingOutput;

const NO_OPS: readonly Operation[] = Object.freeze([]);
/** The inputs of an op without any. */
export const NO_TENSORS: readonly Tensor[] = Object.freeze([]);

/** What few ops have: a device, control inputs, a control flow context. */
export class OpExtra {
  device = "";
  controlInputs: readonly Operation[] = NO_OPS;
  controlFlowContext: unknown = null;
}

// Op types by number, for the chunks' type columns (two bytes an op instead of a pointer). A program
// uses a few hundred types at most; past 65,535 the engine refuses (TF has some 1,200 op types).
const TYPES: string[] = [];
const TYPE_NUMBERS = new Map<string, number>();
let lastType = "";
let lastTypeNumber = -1;

function typeNumber(type: string): number {
  if (type === lastType) return lastTypeNumber;
  let n = TYPE_NUMBERS.get(type);
  if (n === undefined) {
    n = TYPES.length;
    if (n > 0xffff) throw new Error("tfscope: more than 65,536 op types");
    TYPES.push(type);
    TYPE_NUMBERS.set(type, n);
  }
  lastType = type;
  lastTypeNumber = n;
  return n;
}

/** The columns of CHUNK consecutive ops (positions `base` .. in creation order). */
export class OpChunk {
  readonly ops: Operation[];
  /** The name's last part, or the whole name when the op has no scope part (set so on first read). */
  readonly leaf: string[];
  // The name's scope part (`"a/b/"`, shared by the scope's ops) as a number in `scopes`, 0 for none.
  // A chunk's ops name at most CHUNK scopes, so two bytes hold it; no pointer per op to trace.
  private scopeNumber: Uint16Array;
  private readonly scopes: (string | null)[] = [null];
  // The op type's number in TYPES (typeNumber).
  private typeNumber: Uint16Array;
  // Inputs and attrs: made on the chunk's first op that has any (rows before read none), then one
  // entry per op.
  private inputsCol: (readonly Tensor[])[] | null = null;
  private attrsCol: (Attrs | null)[] | null = null;
  readonly outputs: OutputSlot[];
  /** Made on the first op of the chunk that needs one. */
  extra: (OpExtra | undefined)[] | null = null;
  // An op's id is its position + 1 + idOffset, until a failed creation used an id no op has (TF counts
  // it: ops.py `Operation.__init__` takes its id before the C API refuses the node); from then on the
  // chunk keeps every id in `ids`.
  private ids: Int32Array | null = null;

  /** Rows filled so far. */
  rows = 0;

  constructor(
    readonly graph: Graph,
    /** The creation-order position of the chunk's first op. */
    readonly base: number,
    /** The ids used before the chunk's first op, minus `base`. */
    private readonly idOffset: number,
    private readonly full: boolean,
  ) {
    // The first chunk of a graph grows as ops come (most graphs are small); later ones are made whole.
    const make = <T>(): T[] => (full ? new Array<T>(CHUNK) : []);
    this.ops = make();
    this.leaf = make();
    this.scopeNumber = new Uint16Array(full ? CHUNK : 64);
    this.typeNumber = new Uint16Array(full ? CHUNK : 64);
    this.outputs = make();
  }

  // A sparse column made when its first value comes at row `k`: whole for a full chunk, else as long
  // as the rows so far (later rows are appended).
  private column<T>(k: number): T[] {
    return new Array<T>(this.full ? CHUNK : Math.max(this.rows, k + 1));
  }

  /** Sets the name parts, type and outputs of a new op at row `k`. */
  setRow(k: number, scope: string | null, leaf: string, type: string, outputs: OutputSlot): void {
    if (k >= this.typeNumber.length) this.growNumbers();
    this.leaf[k] = leaf;
    let s = 0;
    if (scope !== null) {
      const scopes = this.scopes;
      s = scopes.length - 1;
      if (scopes[s] !== scope) {
        scopes.push(scope);
        s++;
      }
    }
    this.scopeNumber[k] = s;
    this.typeNumber[k] = typeNumber(type);
    this.outputs[k] = outputs;
  }

  // The first chunk's number columns start small (most graphs are) and double up to CHUNK.
  private growNumbers(): void {
    const n = Math.min(CHUNK, 2 * this.typeNumber.length);
    const scopes = new Uint16Array(n);
    scopes.set(this.scopeNumber);
    this.scopeNumber = scopes;
    const types = new Uint16Array(n);
    types.set(this.typeNumber);
    this.typeNumber = types;
  }

  /** The name of the op at row `k`, joined from its two parts on first read. */
  nameAt(k: number): string {
    const s = this.scopeNumber[k]!;
    if (s === 0) return this.leaf[k]!;
    const name = this.scopes[s]! + this.leaf[k]!;
    this.leaf[k] = name;
    this.scopeNumber[k] = 0;
    return name;
  }

  /** The type of the op at row `k`. */
  typeAt(k: number): string {
    return TYPES[this.typeNumber[k]!]!;
  }

  /** The inputs of the op at row `k`. */
  inputsAt(k: number): readonly Tensor[] {
    const col = this.inputsCol;
    if (col === null) return NO_TENSORS;
    const v = col[k];
    return v === undefined ? NO_TENSORS : v;
  }
  setInputs(k: number, inputs: readonly Tensor[]): void {
    let col = this.inputsCol;
    if (col === null) {
      if (inputs.length === 0) return;
      col = this.inputsCol = this.column(k);
    }
    col[k] = inputs;
  }

  /** The attrs of the op at row `k`, null when none were given. */
  attrsAt(k: number): Attrs | null {
    const col = this.attrsCol;
    if (col === null) return null;
    const v = col[k];
    return v === undefined ? null : v;
  }
  setAttrs(k: number, attrs: Attrs | null): void {
    let col = this.attrsCol;
    if (col === null) {
      if (attrs === null) return;
      col = this.attrsCol = this.column(k);
    }
    col[k] = attrs;
  }

  /** The id of the op at row `k` (TF's `_id`, from 1). */
  idAt(k: number): number {
    const ids = this.ids;
    return ids === null ? this.base + k + 1 + this.idOffset : ids[k]!;
  }

  /** Records that the op at row `k` has id `id`. */
  setId(k: number, id: number): void {
    if (this.ids === null) {
      if (id === this.base + k + 1 + this.idOffset) return;
      const ids = new Int32Array(CHUNK);
      for (let j = 0; j < k; j++) ids[j] = this.base + j + 1 + this.idOffset;
      this.ids = ids;
    }
    this.ids[k] = id;
  }

  /** The extra record of the op at `k`, made if missing. */
  extraAt(k: number): OpExtra {
    const xs = (this.extra ??= this.column(k));
    return (xs[k] ??= new OpExtra());
  }
}

/** All ops of one graph, in creation order. */
export class OpTable {
  private readonly chunks: OpChunk[] = [];
  private last: OpChunk | null = null;
  /** Ops recorded so far. */
  length = 0;
  // getOperations()'s flat list, extended when asked for after new ops.
  private flat: Operation[] | null = null;

  constructor(private readonly graph: Graph) {}

  /** The chunk the next op goes into, made when it is the first of a new chunk; `id` is that op's id. */
  nextChunk(id: number): OpChunk {
    const c = this.last;
    const at = this.length;
    if (c !== null && at - c.base < CHUNK) return c;
    const next = new OpChunk(this.graph, at, id - 1 - at, this.chunks.length > 0);
    this.chunks.push(next);
    this.last = next;
    return next;
  }

  /** Appends `op`, made on `chunk` (from nextChunk) at row `k` (`length - chunk.base`), with id `id`
   *  and its columns' values. */
  add(chunk: OpChunk, k: number, op: Operation, id: number, scope: string | null, leaf: string, type: string, inputs: readonly Tensor[], attrs: Attrs | null, outputs: OutputSlot): void {
    chunk.setId(k, id);
    chunk.ops[k] = op;
    chunk.setRow(k, scope, leaf, type, outputs);
    chunk.setInputs(k, inputs);
    chunk.setAttrs(k, attrs);
    chunk.rows = k + 1;
    this.length++;
  }

  /** The op at position `i` of creation order. */
  at(i: number): Operation {
    return this.chunks[i >> CHUNK_BITS]!.ops[i & CHUNK_MASK]!;
  }

  /** Every op in creation order: one array, kept and extended by later calls (callers must not change it). */
  list(): readonly Operation[] {
    const flat = (this.flat ??= []);
    for (let i = flat.length; i < this.length; i++) flat.push(this.at(i));
    return flat;
  }
}

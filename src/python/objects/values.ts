import { PyObject, bytesType, dictType, frozensetType, listType, rangeType, setType, sliceType, tupleType, type PyType, type PyValue } from "./base.js";
import { HashTable } from "./hashtable.js";
import { SetTable } from "./set-table.js";

/** A list: a JS array of items. */
export class PyList extends PyObject {
  declare items: PyValue[];
  constructor(items: PyValue[], cls: PyType = listType) {
    super(cls, cls === listType ? null : new Map());
    this.items = items;
  }
}

/** A tuple: an immutable JS array of items. */
export class PyTuple extends PyObject {
  declare readonly items: readonly PyValue[];
  constructor(items: readonly PyValue[], cls: PyType = tupleType) {
    super(cls, cls === tupleType ? null : new Map());
    (this as { items: readonly PyValue[] }).items = items;
  }
}

/** A dict in insertion order. */
export class PyDict extends PyObject {
  declare table: HashTable;
  constructor(table = new HashTable(), cls: PyType = dictType) {
    super(cls, cls === dictType ? null : new Map());
    this.table = table;
  }
}

/** A set or frozenset (entries' values are unused). */
export class PySet extends PyObject {
  declare table: SetTable;
  constructor(table = new SetTable(), cls: PyType = setType) {
    super(cls, cls === setType || cls === frozensetType ? null : new Map());
    this.table = table;
  }
}

/** `range(start, stop, step)` with int bounds (JS numbers; huge ranges are unsupported). */
export class PyRange extends PyObject {
  readonly length: number;
  constructor(
    public readonly start: number,
    public readonly stop: number,
    public readonly step: number,
  ) {
    super(rangeType);
    const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
    this.length = n > 0 ? n : 0;
  }
}

/** `slice(start, stop, step)`; absent parts are None. */
export class PySlice extends PyObject {
  declare readonly start: PyValue;
  declare readonly stop: PyValue;
  declare readonly step: PyValue;
  constructor(start: PyValue, stop: PyValue, step: PyValue) {
    super(sliceType);
    Object.assign(this, { start, stop, step });
  }
}

/** bytes: an immutable byte array. */
export class PyBytes extends PyObject {
  /** Replaced (never mutated in place) by bytearray's mutating methods. */
  declare bytes: Uint8Array;
  constructor(bytes: Uint8Array, cls: PyType = bytesType) {
    // A Python subclass's instances have a __dict__.
    super(cls, cls.builtin ? null : new Map());
    this.bytes = bytes;
  }
}

export const emptyTuple = new PyTuple([]);

export function pyTuple(items: readonly PyValue[]): PyTuple {
  return items.length === 0 ? emptyTuple : new PyTuple(items);
}

import type { PyType, PyValue } from "./base.js";
import { AttributeError, pyErr } from "./exceptions.js";
import { InstanceDict, Layout } from "./instance-dict.js";

/**
 * The attribute storage of an instance whose class declares `__slots__` (and so has no `__dict__`):
 * only the declared names may be stored, as CPython's member descriptors allow.
 */
export class SlotMap extends InstanceDict {
  declare readonly cls: PyType;
  constructor(cls: PyType) {
    super((cls.layout ??= new Layout()));
    (this as { cls: PyType }).cls = cls;
  }
  override set(k: string, v: PyValue): this {
    if (!this.cls.slots!.has(k)) throw pyErr(AttributeError, `'${this.cls.name}' object has no attribute '${k}'`);
    return super.set(k, v);
  }
}

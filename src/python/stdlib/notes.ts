import { None, PyNativeFunction } from "../objects/base.js";
import { PyModule } from "../objects/module.js";
import { defineStdlib } from "./index.js";

/** _tfscope_notes: how a module tfscope models says what it did not do (tf.summary.FileWriter writes no
 * event file), so the report says so instead of a silent no-op. `note(text)` adds one line to the run's
 * notes (RuntimeState.notes), which the host reads after the run. */
defineStdlib("_tfscope_notes", (interp) => {
  const m = new PyModule("_tfscope_notes");
  m.ns.set(
    "note",
    new PyNativeFunction("note", (a) => {
      const text = typeof a[0] === "string" ? a[0] : String(a[0]);
      if (!interp.state.notes.includes(text)) interp.state.notes.push(text);
      return None;
    }),
  );
  return m;
});

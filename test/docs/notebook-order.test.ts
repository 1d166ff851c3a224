// What execution counts say about the state a recorded output came from (formats/notebook-order.ts):
// a kernel numbers its executions 1, 2, 3...; the count shown is that of the cell's last run.
import { describe, expect, it } from "vitest";
import type { NotebookCell } from "../../src/docs/formats/notebook.js";
import { recordedOrder } from "../../src/docs/formats/notebook-order.js";

const cells = (...counts: (number | null)[]): NotebookCell[] => counts.map((count, i) => ({ cell: i + 1, source: "", count, outputs: [], tags: [] }));
/** For each cell: "-" in order, "x" out of order, "r:1,2" restarted after cells 1 and 2 ran. */
const read = (...counts: (number | null)[]) => {
  const cs = cells(...counts);
  const order = recordedOrder(cs);
  return cs.map((c) => {
    const o = order.get(c);
    return !o ? "-" : o.restartedWith ? `r:${o.restartedWith.map((e) => e.cell).join(",")}` : "x";
  });
};

describe("recorded order from execution counts", () => {
  it("counts that only increase, numbers skipped or not, are a recording in order", () => {
    expect(read(1, 2, 3)).toEqual(["-", "-", "-"]);
    expect(read(1, 5, 6, 9, null)).toEqual(["-", "-", "-", "-", "-"]);
    expect(read(4, 7)).toEqual(["-", "-"]);
  });

  it("In [1] again is a restarted kernel: later cells can be run as it ran them", () => {
    expect(read(1, 2, 1, 2, 3, null, 1)).toEqual(["-", "-", "r:", "r:3", "r:3,4", "x", "r:"]);
    const order = recordedOrder(cells(1, 2, 1));
    expect([...order.values()][0]).toMatchObject({ why: "recorded after a kernel restart: In [1] follows In [2]", at: 3 });
  });

  it("a count that goes back otherwise marks the cells above it that ran after it too", () => {
    // In [2] ran before In [4] and In [5]: those cells saw its effects.
    expect(read(1, 4, 5, 2, 6)).toEqual(["-", "x", "x", "x", "x"]);
    // A repeated count: one of the two ran in another kernel.
    expect(read(1, 2, 3, 3)).toEqual(["-", "-", "x", "x"]);
    // After such a drop a restart still starts a kernel that can be rebuilt.
    expect(read(1, 3, 2, 1, 2)).toEqual(["-", "x", "x", "r:", "r:4"]);
  });
});

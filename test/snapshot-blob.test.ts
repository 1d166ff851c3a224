import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinCodeCache, withoutBuiltinCodeCache } from "../src/snapshot-blob.js";

const bin = new URL("../dist/bin/", import.meta.url).pathname;

/** A blob laid out as Node 20 writes one (node_snapshotable.cc, SnapshotData::ToBlob), with `caches`. */
function fakeBlob(caches: [string, number][]): { blob: Buffer; start: number } {
  const u64 = (v: number) => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    return b;
  };
  const str = (s: string) => Buffer.concat([u64(s.length), Buffer.from(s, "latin1")]);
  const i32 = (v: number) => {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v);
    return b;
  };
  // V8's data holds bytes that look like a cache section's start (a count, an id) but do not walk to the end.
  const v8 = Buffer.concat([u64(1), str("internal/x"), u64(3), Buffer.from([1, 2, 3]), Buffer.alloc(40, 7)]);
  const head = Buffer.concat([i32(0x0143da19), Buffer.from([1]), str("20.20.2"), str("x64"), str("linux"), i32(0x1234), i32(0), i32(v8.length), v8]);
  // Isolate and environment info: vectors of small counts and names.
  const info = Buffer.concat([u64(2), u64(5), u64(9), u64(1), str("internal/bootstrap/realm"), u64(0)]);
  const start = head.length + info.length;
  const section = Buffer.concat([u64(caches.length), ...caches.map(([id, n]) => Buffer.concat([str(id), u64(n), Buffer.alloc(n, 0x41)]))]);
  return { blob: Buffer.concat([head, info, section]), start };
}

describe("the snapshot blob's builtin code caches (snapshot-blob.ts)", () => {
  it("finds the section of code caches after V8's data and the info, and cuts it to an empty one", () => {
    const { blob, start } = fakeBlob([["internal/bootstrap/realm", 300], ["fs", 1000], ["internal/url", 0]]);
    expect(builtinCodeCache(blob)).toEqual({ start, count: 3 });
    const cut = withoutBuiltinCodeCache(blob)!;
    expect(cut.length).toBe(start + 8);
    expect(cut.subarray(0, start).equals(blob.subarray(0, start))).toBe(true);
    expect(builtinCodeCache(cut)).toEqual({ start, count: 0 });
    expect(withoutBuiltinCodeCache(cut)).toBeNull();
  });

  it("cuts nothing from a blob not laid out as expected", () => {
    const { blob } = fakeBlob([["fs", 10]]);
    // One byte more at the end: no section walks to the end exactly.
    expect(builtinCodeCache(Buffer.concat([blob, Buffer.from([0])]))).toBeNull();
    expect(withoutBuiltinCodeCache(Buffer.from("not a snapshot"))).toBeNull();
    // V8's data said to run past the end.
    const bad = Buffer.from(blob);
    bad.writeInt32LE(blob.length, 4 + 1 + 15 + 11 + 13 + 8);
    expect(builtinCodeCache(bad)).toBeNull();
  });

  it("the built snapshot carries none (every start reads the whole blob; run compiles no builtin again)", () => {
    const file = join(bin, "tfscope.blob");
    expect(existsSync(file), "npm run build makes the snapshot").toBe(true);
    expect(builtinCodeCache(readFileSync(file))?.count).toBe(0);
  });
});

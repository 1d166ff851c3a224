/**
 * The layout of a Node start-up snapshot blob (`node --build-snapshot`), as far as build-snapshot.ts needs
 * it: where the code cache of Node's own builtin modules lies, so that it can be left out. A blob is
 * (node_snapshotable.cc, SnapshotData::ToBlob) a magic number, metadata (type, Node version, arch,
 * platform, V8 cache tag, flags), V8's startup data, Node's isolate and environment info, and last a
 * vector of code caches, one per builtin module the builder had loaded, ~2.6 MB. A start reads and copies
 * every byte of the blob, but those caches serve only to compile a builtin again (a worker thread or a
 * `vm` context, which `run` never makes): the builtins a run uses are compiled in the heap already.
 * Node's own option for it (`withoutCodeCache`) also drops every compiled function of the heap
 * (V8's FunctionCodeHandling::kClear), and Node 20's V8 then crashes recompiling some of ours.
 * Build time only (Node's Buffer).
 */

/** Where the blob's section of builtin code caches starts and how many it holds (0: cut already), or
 * null when `blob` is not laid out as expected (another Node's format): then nothing may be cut. */
export function builtinCodeCache(blob: Buffer): { start: number; count: number } | null {
  const n = blob.length;
  const size = (at: number): number => (at + 8 <= n ? Number(blob.readBigUInt64LE(at)) : -1);
  // Magic, snapshot type, then three strings (length-prefixed), the V8 tag and the flags.
  let at = 4 + 1;
  for (let i = 0; i < 3; i++) {
    const len = size(at);
    if (len < 0 || len > 64) return null;
    at += 8 + len;
  }
  at += 4 + 4;
  if (at + 4 > n) return null;
  // V8's startup data: an int size, then its bytes.
  const v8Size = blob.readInt32LE(at);
  if (v8Size <= 0 || at + 4 + v8Size > n) return null;
  at += 4 + v8Size;
  // Then the isolate and environment info (small, of several vectors), and the code caches last:
  // [count] then per builtin [id length][id][data length][data], ending exactly at the blob's end. The
  // first offset from which that walk holds is the section's start.
  const walk = (start: number): number => {
    const count = size(start);
    if (count === 0) return start + 8 === n ? 0 : -1;
    if (count < 0 || count > 10_000) return -1;
    let o = start + 8;
    for (let i = 0; i < count; i++) {
      const idLength = size(o);
      if (idLength < 1 || idLength > 256) return -1;
      o += 8;
      for (let k = 0; k < idLength; k++) {
        const c = blob[o + k]!;
        if (c < 0x21 || c > 0x7e) return -1;
      }
      o += idLength;
      const dataLength = size(o);
      if (dataLength < 0 || o + 8 + dataLength > n) return -1;
      o += 8 + dataLength;
    }
    return o === n ? count : -1;
  };
  for (let start = at; start + 8 <= n; start++) {
    const count = walk(start);
    if (count >= 0) return { start, count };
  }
  return null;
}

/** `blob` with an empty vector of builtin code caches, or null when it has none that can be found. */
export function withoutBuiltinCodeCache(blob: Buffer): Buffer | null {
  const found = builtinCodeCache(blob);
  if (found === null || found.count === 0) return null;
  return Buffer.concat([blob.subarray(0, found.start), Buffer.alloc(8)]);
}

/**
 * TFRecord files (tensorflow/core/lib/io/record_writer.cc, record_reader.cc; lib/hash/crc32c.h) over
 * the run's files: each record is framed as
 *   uint64 length (little-endian) | uint32 masked_crc32c(length) | data | uint32 masked_crc32c(data)
 * with crc32c::Mask(crc) = ((crc >> 15) | (crc << 17)) + 0xa282ead8. A TFRecord file this run wrote is
 * an opaque entry holding its bytes and whether some of them still sit in the writer's buffer
 * (PosixWritableFile writes through stdio: what a reader sees before Flush/Close is the buffer size's,
 * which tfscope does not guess).
 */
import { TFError, Unsupported } from "../errors.js";
import { type EngineFiles, engineFiles } from "../run-files.js";

const CASTAGNOLI = 0x82f63b78;
const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ CASTAGNOLI : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

/** crc32c::Value (CRC-32C, Castagnoli). */
export function crc32c(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** crc32c::Mask (crc32c.h 40-45). */
export function maskedCrc32c(data: Uint8Array): number {
  const crc = crc32c(data);
  return ((((crc >>> 15) | (crc << 17)) >>> 0) + 0xa282ead8) >>> 0;
}

/** RecordWriter::WriteRecord's bytes for one record. */
export function frameRecord(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length + 4);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length >>> 0, true);
  view.setUint32(4, Math.floor(data.length / 2 ** 32), true);
  view.setUint32(8, maskedCrc32c(out.subarray(0, 8)), true);
  out.set(data, 12);
  view.setUint32(12 + data.length, maskedCrc32c(data), true);
  return out;
}

/** RecordReader::ReadRecord over a whole file: the records, or TF's DataLossError for a torn one. */
export function unframeRecords(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  while (pos < bytes.length) {
    if (bytes.length - pos < 12) throw new TFError("DataLossError", `truncated record at ${pos}`);
    const len = view.getUint32(pos, true) + view.getUint32(pos + 4, true) * 2 ** 32;
    if (view.getUint32(pos + 8, true) !== maskedCrc32c(bytes.subarray(pos, pos + 8))) {
      throw new TFError("DataLossError", `corrupted record at ${pos}`);
    }
    if (bytes.length - pos - 12 < len + 4) throw new TFError("DataLossError", `truncated record at ${pos}`);
    const data = bytes.slice(pos + 12, pos + 12 + len);
    if (view.getUint32(pos + 12 + len, true) !== maskedCrc32c(data)) throw new TFError("DataLossError", `corrupted record at ${pos}`);
    out.push(data);
    pos += 16 + len;
  }
  return out;
}

export const TFRECORD_FILE = "a TFRecord file";

/** The opaque entry of a TFRecord file this run wrote. */
interface RecordFile {
  readonly bytes: Uint8Array;
  /** Records written since the last Flush/Close (still in the writer's buffer). */
  readonly buffered: number;
}

function dirname(p: string): string {
  const i = p.lastIndexOf("/");
  if (i < 0) return ".";
  const head = p.slice(0, i);
  return head.replace(/\/+$/, "") || "/";
}

function recordFile(fs: EngineFiles, path: string): RecordFile | null {
  const c = fs.read(path);
  return c !== null && c.kind === "opaque" && c.what === TFRECORD_FILE ? (c.data as RecordFile) : null;
}

/** PyRecordWriter_New: env->NewWritableFile (posix_file_system.cc: fopen(fname, "w"), which truncates). */
export function openRecordWriter(path: string, what: string): void {
  const fs = engineFiles(what);
  const s = fs.state(path);
  if (s === "dir") throw new Unsupported(`${what} over a directory (${path})`);
  const parent = fs.state(dirname(path));
  if (parent === "absent") throw new TFError("NotFoundError", `${path}; No such file or directory`);
  if (parent === "file") throw new TFError("FailedPreconditionError", `${path}; Not a directory`);
  if (parent !== "dir") throw new Unsupported(`${what} (the filesystem: whether directory '${dirname(path)}' exists)`);
  fs.writeOpaque(path, TFRECORD_FILE, { bytes: new Uint8Array(0), buffered: 0 } satisfies RecordFile);
}

function writerFile(path: string, what: string): RecordFile {
  const f = recordFile(engineFiles(what), path);
  // The file was replaced or removed under an open writer: what TF's file handle then does is the OS's.
  if (f === null) throw new Unsupported(`${what} after '${path}' was replaced or removed`);
  return f;
}

/** RecordWriter::WriteRecord. */
export function writeRecord(path: string, data: Uint8Array): void {
  const f = writerFile(path, "TFRecordWriter.write");
  const framed = frameRecord(data);
  const bytes = new Uint8Array(f.bytes.length + framed.length);
  bytes.set(f.bytes);
  bytes.set(framed, f.bytes.length);
  // A new entry each time: RunFiles.clone() shares entries, never their changes.
  engineFiles("TFRecordWriter.write").writeOpaque(path, TFRECORD_FILE, { bytes, buffered: f.buffered + 1 } satisfies RecordFile);
}

/** RecordWriter::Flush / Close: everything written reaches the file. */
export function flushRecords(path: string): void {
  const f = writerFile(path, "TFRecordWriter.flush");
  if (f.buffered > 0) engineFiles("TFRecordWriter.flush").writeOpaque(path, TFRECORD_FILE, { bytes: f.bytes, buffered: 0 } satisfies RecordFile);
}

/**
 * The records of TFRecord file `path` as RecordReader reads them (NewRandomAccessFile first: a missing
 * file is NotFoundError). A path on the reader's disk, a file that is no TFRecord file this run wrote,
 * or one whose writer still buffers records, is refused.
 */
export function readRecords(path: string, what: string): Uint8Array[] {
  const fs = engineFiles(what);
  const s = fs.state(path);
  if (s === "absent") throw new TFError("NotFoundError", `${path}; No such file or directory`);
  if (s === "unknown") throw new Unsupported(`${what} of '${path}' (the filesystem: a file this run did not write)`);
  if (s === "dir") throw new Unsupported(`${what} of a directory ('${path}')`);
  const f = recordFile(fs, path);
  if (f === null) throw new Unsupported(`${what} of '${path}', which this run did not write as a TFRecord file`);
  if (f.buffered > 0) {
    throw new Unsupported(`${what} of '${path}' while its TFRecordWriter is neither flushed nor closed (what reached the file is the buffer's)`);
  }
  return unframeRecords(f.bytes);
}

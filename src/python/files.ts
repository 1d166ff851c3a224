/**
 * The one door to files for everything below the CLI (Python's open(), the checker reading documents,
 * the shim reading its py/ sources): a small host interface, so the same code runs in Node and in a
 * browser tab. Under Node the default host is the machine's file system, looked up at run time through
 * `process.getBuiltinModule` (Node ≥ 20.16) so that no module here imports `node:fs` and a browser
 * bundle carries no Node built-in; elsewhere it is an empty in-memory host until one is installed.
 */

/** One entry of a directory listing. */
export interface DirEntry {
  name: string;
  dir: boolean;
}

/** What the core may ask of files. */
export interface FileHost {
  /** The UTF-8 text of a file, or null when it cannot be read. */
  readText(path: string): string | null;
  /** The entries of a directory, or null when `path` is not one. */
  list(path: string): DirEntry[] | null;
  /** Bytes `start` to `end` of an ASCII file as text, or null (optional: without it a reader takes the
   * whole text; the shim reads one module's parse tree out of py-ast.json this way). */
  readRange?(path: string, start: number, end: number): string | null;
}

/** A host over in-memory files (the playground's): `files` maps a path to its text; directories are
 * the paths' prefixes. */
export function memoryFiles(files: ReadonlyMap<string, string> | Record<string, string>): FileHost {
  const map = files instanceof Map ? files : new Map(Object.entries(files));
  return {
    readText: (path) => map.get(path) ?? null,
    list: (path) => {
      const prefix = path.endsWith("/") ? path : `${path}/`;
      const seen = new Map<string, boolean>();
      for (const p of map.keys()) {
        if (!p.startsWith(prefix)) continue;
        const rest = p.slice(prefix.length);
        const slash = rest.indexOf("/");
        seen.set(slash < 0 ? rest : rest.slice(0, slash), slash >= 0);
      }
      return seen.size ? [...seen].map(([name, dir]) => ({ name, dir })) : null;
    },
  };
}

interface NodeFs {
  readFileSync(path: string, encoding: "utf8"): string;
  openSync(path: string, flags: "r"): number;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  closeSync(fd: number): void;
  readdirSync(path: string, options: { withFileTypes: true }): { name: string; isDirectory(): boolean }[];
}

/** The file system of the Node process running us, or null outside Node. */
function nodeFiles(): FileHost | null {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = proc?.getBuiltinModule?.("node:fs") as NodeFs | undefined;
  if (fs === undefined) return null;
  const { Buffer } = proc!.getBuiltinModule!("node:buffer") as { Buffer: { allocUnsafe(n: number): Uint8Array & { toString(encoding: "latin1"): string } } };
  return {
    readText: (path) => {
      try {
        return fs.readFileSync(path, "utf8");
      } catch {
        return null;
      }
    },
    list: (path) => {
      try {
        return fs.readdirSync(path, { withFileTypes: true }).map((e) => ({ name: e.name, dir: e.isDirectory() }));
      } catch {
        return null;
      }
    },
    readRange: (path, start, end) => {
      let fd: number | null = null;
      try {
        fd = fs.openSync(path, "r");
        const bytes = Buffer.allocUnsafe(end - start);
        if (fs.readSync(fd, bytes, 0, bytes.length, start) !== bytes.length) return null;
        // One byte per character: a one-byte string copied out of the buffer.
        return bytes.toString("latin1");
      } catch {
        return null;
      } finally {
        if (fd !== null) fs.closeSync(fd);
      }
    },
  };
}

let current: FileHost | null = null;

/** The installed host (by default the Node file system, or no files at all). */
export function fileHost(): FileHost {
  return (current ??= nodeFiles() ?? memoryFiles({}));
}

/** Installs the host every later file access goes through. */
export function setFileHost(host: FileHost): void {
  current = host;
}

/** The path of a `file:` URL (`new URL("./x", import.meta.url)`), as `fileURLToPath` gives it on POSIX. */
export function urlPath(url: URL): string {
  return decodeURIComponent(url.pathname);
}

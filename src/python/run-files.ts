/**
 * The files one run wrote: an in-memory filesystem that knows exactly what the document itself did
 * (files written, directories made, paths removed) and nothing about the reader's disk. Every question
 * has three answers: yes, no, or "unknown" — and the callers refuse on "unknown" rather than guess
 * what the reader's disk holds. Paths are normalised as CPython's posixpath.normpath does, relative
 * to a notional working directory (relative paths stay relative; `a` and `./a` are one path).
 *
 * What is certain: a file this run wrote exists (until this run removed it); a path this run removed
 * is absent (until written again); the directories above a written file exist, as do `.`, `..`, `/`
 * and every `..` chain; a directory this run made exists. What is never certain: whether any other
 * path exists, or which other entries a directory holds.
 */

/** A file's contents: text written by Python's open(), or an opaque entry TF wrote (a checkpoint
 * file) with what the engine needs to read it back. */
export type FileContents = { kind: "text"; text: string } | { kind: "opaque"; what: string; data?: unknown };

/** What the run knows about a path. */
export type PathState = "file" | "dir" | "absent" | "unknown";

/** posixpath.normpath (CPython 3.11 Lib/posixpath.py 340-366). */
export function normpath(path: string): string {
  if (path === "") return ".";
  let initial = path.startsWith("/") ? 1 : 0;
  if (initial && path.startsWith("//") && !path.startsWith("///")) initial = 2;
  const out: string[] = [];
  for (const comp of path.split("/")) {
    if (comp === "" || comp === ".") continue;
    if (comp !== ".." || (!initial && out.length === 0) || (out.length > 0 && out[out.length - 1] === "..")) out.push(comp);
    else if (out.length > 0) out.pop();
  }
  const joined = out.join("/");
  return ("/".repeat(initial) + joined) || ".";
}

/** posixpath.dirname of a normalised path, itself normalised ("a" → "."). */
function parentOf(p: string): string {
  const i = p.lastIndexOf("/");
  if (i < 0) return ".";
  const head = p.slice(0, i);
  return head === "" ? "/" : normpath(head);
}

/** A normalised path made only of `.`/`..` steps, the root, or /tmp (on every POSIX system TF 1.15
 * runs on): a directory that certainly exists. */
function alwaysExists(p: string): boolean {
  return p === "." || p === "/" || p === "//" || p === "/tmp" || p.split("/").every((c) => c === "..");
}

/** Whether making directory `path` would make one directly under the root, which an ordinary user may
 * not do: whether it succeeds depends on the reader's permissions. */
export function makesTopLevelDir(files: RunFiles, path: string): boolean {
  const m = /^\/+([^/]+)/.exec(normpath(path));
  return m !== null && files.state(`/${m[1]}`) === "unknown";
}

export class RunFiles {
  private readonly files = new Map<string, FileContents>();
  private readonly dirs = new Set<string>();
  private readonly removed = new Set<string>();

  /** A copy: later changes to either leave the other as it was. */
  clone(): RunFiles {
    const c = new RunFiles();
    for (const [k, v] of this.files) c.files.set(k, v);
    for (const d of this.dirs) c.dirs.add(d);
    for (const r of this.removed) c.removed.add(r);
    return c;
  }

  /** Forgets everything (a new document: a new process with an unknown disk). */
  clear(): void {
    this.files.clear();
    this.dirs.clear();
    this.removed.clear();
  }

  /** Whether the run has touched the filesystem at all. */
  get empty(): boolean {
    return this.files.size === 0 && this.dirs.size === 0 && this.removed.size === 0;
  }

  /**
   * The path as the kernel resolves it, or why it cannot be named: `a/../b` is `b` only when `a` is a
   * directory (the kernel looks `a` up first), so `..` after a component this run did not make is unknown.
   */
  private resolve(path: string): string | "absent" | "unknown" {
    if (!path.split("/").includes("..")) return normpath(path);
    const abs = path.startsWith("/");
    const out: string[] = [];
    for (const c of path.split("/")) {
      if (c === ".") continue;
      if (c === "") continue;
      if (c !== ".." || out.length === 0 || out[out.length - 1] === "..") {
        out.push(c);
        continue;
      }
      const here = (abs ? "/" : "") + out.join("/");
      const s = this.known(here);
      if (s === "dir") out.pop();
      else if (s === "unknown") return "unknown";
      else return "absent";
    }
    return normpath((abs ? "/" : "") + out.join("/"));
  }

  private known(p: string): PathState {
    if (this.files.has(p)) return "file";
    if (this.dirs.has(p) || alwaysExists(p)) return "dir";
    if (this.removed.has(p)) return "absent";
    // Below a removed path or a known file: nothing can exist there.
    for (let q = p; q !== "." && q !== "/" && !alwaysExists(q); ) {
      q = parentOf(q);
      if (this.removed.has(q) || this.files.has(q)) return "absent";
    }
    return "unknown";
  }

  state(path: string): PathState {
    const p = this.resolve(path);
    return p === "absent" || p === "unknown" ? p : this.known(p);
  }

  /** The contents of a file this run wrote (null: not one). */
  read(path: string): FileContents | null {
    const p = this.resolve(path);
    return p === "absent" || p === "unknown" ? null : (this.files.get(p) ?? null);
  }

  /** Records a written file; its directories exist from now on. */
  write(path: string, contents: FileContents): void {
    const p = this.named(path);
    this.files.set(p, contents);
    this.removed.delete(p);
    this.markDirs(parentOf(p));
  }

  /** Records a directory (and its ancestors) as existing: made one component after another, as
   * os.makedirs and the kernel do, so a `..` steps out of a directory just made. */
  markDirs(path: string): void {
    const abs = path.startsWith("/");
    const out: string[] = [];
    for (const c of path.split("/")) {
      if (c === "" || c === ".") continue;
      if (c === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else out.push(c);
      const here = normpath((abs ? "/" : "") + out.join("/"));
      if (!alwaysExists(here)) {
        this.dirs.add(here);
        this.removed.delete(here);
      }
    }
  }

  /** Records a path as removed (a file, or a directory with everything this run knew below it). */
  remove(path: string): void {
    const p = this.named(path);
    this.files.delete(p);
    this.dirs.delete(p);
    const below = `${p}/`;
    for (const k of [...this.files.keys()]) if (k.startsWith(below)) this.files.delete(k);
    for (const k of [...this.dirs]) if (k.startsWith(below)) this.dirs.delete(k);
    this.removed.add(p);
  }

  /** The resolved path of something the caller found to exist or made (state() was not 'unknown'). */
  private named(path: string): string {
    const p = this.resolve(path);
    if (p === "absent" || p === "unknown") throw new Error(`tfscope: run-files: ${path} cannot be named`);
    return p;
  }

  /** The files this run wrote directly in `dir` (names only; the directory may hold others). */
  namesIn(dir: string): string[] {
    const d = this.named(dir);
    const out: string[] = [];
    for (const k of [...this.files.keys(), ...this.dirs]) if (k !== d && parentOf(k) === d) out.push(k.slice(d === "." ? 0 : d === "/" ? 1 : d.length + 1));
    return out;
  }
}

// The run's own files (python/run-files.ts): what a program wrote, made or removed is known exactly —
// open() for writing and reading back, os.path.exists/isfile/isdir, os.makedirs/mkdir/remove with
// CPython's errors — and every other path stays the reader's disk, refused by name.
import { describe, expect, it } from "vitest";
import { runPython } from "../../../src/python/index.js";
import { RunFiles } from "../../../src/python/run-files.js";

const run = (code: string) => runPython(code, { filename: "p.py" });

describe("the files a run wrote", () => {
  it("writes, reads back, appends, makes directories and removes as CPython does", () => {
    // Expected: CPython 3.11 running the same program in an empty directory.
    const r = run("import os\nwith open(\"notes.txt\", \"w\") as f:\n    print(f.write(\"hello\\n\"), f.write(\"world\\n\"))\nprint(repr(open(\"notes.txt\").read()))\nprint(os.path.exists(\"notes.txt\"), os.path.isfile(\"./notes.txt\"), os.path.isdir(\"notes.txt\"), os.path.isdir(\".\"))\nwith open(\"notes.txt\", \"a\") as f:\n    f.write(\"again\\n\")\nprint(open(\"./out/../notes.txt\").readlines()) if os.makedirs(\"out\", exist_ok=True) is None else None\nos.makedirs(\"out/a\", exist_ok=True)\nprint(os.path.isdir(\"out\"), os.path.exists(\"out/a\"), os.path.exists(\"out/a/..\"))\nopen(\"out/a/b.txt\", \"w\").write(\"x\")\nprint(open(\"out/a/b.txt\").read(), os.path.isfile(\"out/a/b.txt\"))\nos.remove(\"notes.txt\")\nprint(os.path.exists(\"notes.txt\"), os.path.exists(\"notes.txt/x\"))\nfor call in (lambda: open(\"notes.txt\"), lambda: os.makedirs(\"out/a\"), lambda: os.remove(\"notes.txt\"),\n             lambda: os.remove(\"out\"), lambda: open(\"out\", \"w\"), lambda: os.mkdir(\"out/a\"),\n             lambda: open(\"notes.txt/y\", \"w\"), lambda: os.makedirs(\"out/a/b.txt\", exist_ok=True)):\n    try:\n        call()\n    except OSError as e:\n        print(type(e).__name__, e.args, e.filename, e)\n");
    expect(r.exception).toBeUndefined();
    expect(r.stdout).toBe("6 6\n'hello\\nworld\\n'\nTrue True False True\n['hello\\n', 'world\\n', 'again\\n']\nTrue True True\nx True\nFalse False\nFileNotFoundError (2, 'No such file or directory') notes.txt [Errno 2] No such file or directory: 'notes.txt'\nFileExistsError (17, 'File exists') out/a [Errno 17] File exists: 'out/a'\nFileNotFoundError (2, 'No such file or directory') notes.txt [Errno 2] No such file or directory: 'notes.txt'\nIsADirectoryError (21, 'Is a directory') out [Errno 21] Is a directory: 'out'\nIsADirectoryError (21, 'Is a directory') out [Errno 21] Is a directory: 'out'\nFileExistsError (17, 'File exists') out/a [Errno 17] File exists: 'out/a'\nFileNotFoundError (2, 'No such file or directory') notes.txt/y [Errno 2] No such file or directory: 'notes.txt/y'\nFileExistsError (17, 'File exists') out/a/b.txt [Errno 17] File exists: 'out/a/b.txt'\n");
  });

  it("refuses what depends on the reader's disk", () => {
    for (const [code, feature] of [
      ["import os\nos.path.exists('data.csv')", "os.path.exists (the filesystem)"],
      // makedirs(exist_ok=True) may find a directory that already holds files.
      ["import os\nos.makedirs('d', exist_ok=True)\nos.path.exists('d/x')", "os.path.exists (the filesystem)"],
      ["import os\nos.mkdir('d')", "os.mkdir (the filesystem)"],
      ["import os\nos.remove('old.txt')", "os.remove (the filesystem)"],
      ["import os\nos.listdir('.')", "os.listdir (the filesystem)"],
      // A new directory in / needs the reader's permissions.
      ["import os\nos.makedirs('/models/a', exist_ok=True)", "os.makedirs (the filesystem)"],
      // `a/..` is `.` only when a is a directory: the kernel looks a up first.
      ["import os\nopen('x', 'w')\nos.path.exists('a/../x')", "os.path.exists (the filesystem)"],
      ["open('out/x.txt', 'w')", "open('out/x.txt', 'w') (the filesystem: whether its directory exists)"],
      ["open('log.txt', 'a')", "open('log.txt', 'a') (the filesystem: a file this run did not write)"],
      ["open('x.bin', 'wb')", "open('x.bin', 'wb') (writing bytes)"],
    ]) {
      expect(run(code).unsupported?.feature, code).toBe(feature);
    }
  });

  it("keeps OSError's filename out of args, as oserror_init does", () => {
    const r = run("e = FileExistsError(17, 'File exists', 'd')\nprint(e.args, e.filename, e)\ne = OSError(2, 'x', 'a', None, 'b')\nprint(type(e).__name__, e.args, e)\n");
    // CPython 3.11: a filename trims args to (errno, strerror); OSError(2, ...) is a FileNotFoundError.
    expect(r.stdout).toBe("(17, 'File exists') d [Errno 17] File exists: 'd'\nFileNotFoundError (2, 'x') [Errno 2] x: 'a' -> 'b'\n");
  });
});

describe("RunFiles", () => {
  it("knows the directories above a written file, and nothing else", () => {
    const f = new RunFiles();
    f.write("../ckpt/model.index", { kind: "text", text: "" });
    expect([f.state("../ckpt"), f.state("../ckpt/"), f.state(".."), f.state("../ckpt/./model.index")]).toEqual(["dir", "dir", "dir", "file"]);
    expect([f.state("../ckpt/other"), f.state("ckpt"), f.state("/data")]).toEqual(["unknown", "unknown", "unknown"]);
    expect([f.state("/"), f.state("/tmp"), f.state("../..")]).toEqual(["dir", "dir", "dir"]);
    expect(f.state("../ckpt/../ckpt/model.index")).toBe("file");
    f.remove("../ckpt");
    expect([f.state("../ckpt"), f.state("../ckpt/model.index"), f.state("../ckpt/x/y")]).toEqual(["absent", "absent", "absent"]);
  });
});

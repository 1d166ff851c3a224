import { None, PyNativeFunction, type PyValue } from "../objects/base.js";
import { PyModule } from "../objects/module.js";
import { PyList } from "../objects/values.js";
import { str } from "../ops/convert.js";
import { unsupported } from "../objects/exceptions.js";
import { makesTopLevelDir } from "../run-files.js";
import { defineStdlib } from "./index.js";

// _tfscope_files: the run's own files (python/run-files.ts) as os, open() and the TF shim ask them.
// `state(path)` answers 'file', 'dir', 'absent' or 'unknown'; the Python callers turn 'unknown' into a
// refusal naming what they could not know.
defineStdlib("_tfscope_files", (interp) => {
  const m = new PyModule("_tfscope_files");
  const files = () => interp.state.files;
  const fn = (name: string, impl: (a: PyValue[]) => PyValue) => m.ns.set(name, new PyNativeFunction(name, (a) => impl(a)));
  fn("state", (a) => files().state(str(a[0]!)));
  fn("read_text", (a) => {
    const c = files().read(str(a[0]!));
    if (c === null) return None;
    if (c.kind !== "text") throw unsupported(`reading ${c.what} '${str(a[0]!)}' as text`);
    return c.text;
  });
  fn("write_text", (a) => {
    files().write(str(a[0]!), { kind: "text", text: str(a[1]!) });
    return None;
  });
  fn("write_opaque", (a) => {
    files().write(str(a[0]!), { kind: "opaque", what: str(a[1]!) });
    return None;
  });
  fn("mark_dirs", (a) => {
    files().markDirs(str(a[0]!));
    return None;
  });
  fn("remove", (a) => {
    files().remove(str(a[0]!));
    return None;
  });
  fn("makes_top_level_dir", (a) => makesTopLevelDir(files(), str(a[0]!)));
  fn("names_in", (a) => new PyList(files().namesIn(str(a[0]!))));
  return m;
});

// open() for writing: a text file in memory whose every write lands in the run's files at once (as
// if unbuffered: `open(p, 'w').write(s)` closes the file when CPython drops it, which tfscope cannot
// see), so reading it back, os.path.exists and TF's readers find it.
defineStdlib(
  "_tfscope_open",
  () => String.raw`
import io
import _tfscope_files

def _oserror(cls, errno, strerror, filename):
    # CPython keeps (errno, strerror) as args and the filename as an attribute.
    e = cls(errno, strerror)
    e.filename = filename
    return e

class _WrittenFile(io.StringIO):
    __module__ = '_io'
    __qualname__ = 'TextIOWrapper'
    def __init__(self, name, mode, initial):
        io.StringIO.__init__(self, initial)
        self.name = name
        self.mode = mode
        self._pos = len(initial)
        _tfscope_files.write_text(name, initial)
    def write(self, s):
        n = io.StringIO.write(self, s)
        _tfscope_files.write_text(self.name, self._buf)
        return n
    def read(self, size=-1):
        if '+' not in self.mode:
            raise TfscopeUnsupported("unsupported by tfscope: reading a file opened for writing only (io.UnsupportedOperation)")
        return io.StringIO.read(self, size)
    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding='UTF-8'>"

def open_for_writing(path, mode):
    if 'b' in mode:
        raise TfscopeUnsupported(f"unsupported by tfscope: open({path!r}, {mode!r}) (writing bytes)")
    import os.path
    s = _tfscope_files.state(path)
    if s == 'dir':
        raise _oserror(IsADirectoryError, 21, 'Is a directory', path)
    parent = _tfscope_files.state(os.path.dirname(path) or '.')
    if parent == 'absent' or parent == 'file':
        raise (_oserror(FileNotFoundError, 2, 'No such file or directory', path) if parent == 'absent' else _oserror(NotADirectoryError, 20, 'Not a directory', path))
    if parent != 'dir':
        raise TfscopeUnsupported(f"unsupported by tfscope: open({path!r}, {mode!r}) (the filesystem: whether its directory exists)")
    if 'x' in mode and s == 'file':
        raise _oserror(FileExistsError, 17, 'File exists', path)
    if ('x' in mode or 'a' in mode or ('r' in mode and '+' in mode)) and s == 'unknown':
        raise TfscopeUnsupported(f"unsupported by tfscope: open({path!r}, {mode!r}) (the filesystem: a file this run did not write)")
    if 'r' in mode and s == 'absent':
        raise _oserror(FileNotFoundError, 2, 'No such file or directory', path)
    initial = _tfscope_files.read_text(path) if ('a' in mode or 'r' in mode) else ''
    return _WrittenFile(path, mode, initial or '')
`,
);

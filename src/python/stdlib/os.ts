import { PyNativeFunction } from "../objects/base.js";
import { PyModule } from "../objects/module.js";
import { PyDict } from "../objects/values.js";
import { defineStdlib } from "./index.js";

// _tfscope_environ: the environment the host gives the program (InterpreterOptions.environ; empty
// when the host gives none, so a document never sees the checking machine's variables), and a
// process id: a fixed stand-in, since the real one differs on every run (the run is marked so).
const PID = 4242;
defineStdlib("_tfscope_environ", (interp) => {
  const m = new PyModule("_tfscope_environ");
  const d = new PyDict();
  for (const [k, v] of Object.entries(interp.options.environ ?? {})) d.table.set(k, v);
  m.ns.set("initial", d);
  m.ns.set(
    "getpid",
    new PyNativeFunction("getpid", () => {
      interp.state.runDependent = true;
      return PID;
    }),
  );
  return m;
});

// os.path: posixpath's pure string functions as CPython 3.11 computes them. Whatever asks the
// filesystem (exists, isfile, getsize...) or the process (abspath of a relative path, expanduser)
// is refused by name: the sandbox has neither.
defineStdlib(
  "os.path",
  () => String.raw`
sep = '/'
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

def _refuse(name, why="the filesystem"):
    def refuse(*args, **kwargs):
        raise TfscopeUnsupported(f"unsupported by tfscope: os.path.{name} ({why})")
    refuse.__name__ = name
    return refuse

def _check(fn, *args):
    for a in args:
        if not isinstance(a, (str, bytes)) and not hasattr(a, '__fspath__'):
            raise TypeError(f'{fn}() argument must be str, bytes, or os.PathLike object, not {type(a).__name__!r}')

def _fs(p):
    return p.__fspath__() if hasattr(p, '__fspath__') else p

def join(a, *p):
    a = _fs(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(_fs, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError):
        for s in (a,) + p:
            if not isinstance(s, (str, bytes)) and not hasattr(s, '__fspath__'):
                raise TypeError(f'join() argument must be str, bytes, or os.PathLike object, not {type(s).__name__!r}') from None
        raise
    return path

def split(p):
    p = _fs(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail

def splitext(p):
    p = _fs(p)
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i] != extsep:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]

def splitdrive(p):
    return _fs(p)[:0], _fs(p)

def basename(p):
    p = _fs(p)
    return p[p.rfind(sep) + 1:]

def dirname(p):
    p = _fs(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head

def isabs(s):
    return _fs(s).startswith(sep)

def normpath(path):
    path = _fs(path)
    if not path:
        return '.'
    initial = 1 if path.startswith(sep) else 0
    if initial and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial = 2
    new = []
    for comp in path.split(sep):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not new) or (new and new[-1] == '..'):
            new.append(comp)
        elif new:
            new.pop()
    path = sep.join(new)
    if initial:
        path = sep * initial + path
    return path or '.'

def abspath(path):
    path = _fs(path)
    if not isabs(path):
        raise TfscopeUnsupported("unsupported by tfscope: os.path.abspath of a relative path (the working directory)")
    return normpath(path)

def realpath(path, *, strict=False):
    return abspath(path)

def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1

def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    split_paths = [path.split(sep) for path in paths]
    try:
        isabs_, = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs_ else sep[:0]
    return prefix + sep.join(common)

def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    if start is None or not isabs(path) or not isabs(start):
        raise TfscopeUnsupported("unsupported by tfscope: os.path.relpath of a relative path (the working directory)")
    start_list = [x for x in normpath(start).split(sep) if x]
    path_list = [x for x in normpath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)

def normcase(s):
    return _fs(s)

def expandvars(path):
    import os
    import re
    def repl(m):
        name = m.group(1) or m.group(2)
        return os.environ.get(name, m.group(0))
    return re.sub(r'\$(\w+)|\$\{([^}]*)\}', repl, path)

expanduser = _refuse("expanduser", "the home directory")
for _name in ('islink', 'ismount', 'getsize', 'getmtime', 'getatime',
              'getctime', 'samefile', 'sameopenfile', 'samestat'):
    globals()[_name] = _refuse(_name)
del _name

# What this run wrote, made or removed is known (_tfscope_files); any other path is the reader's disk.
def _known(name, p):
    import _tfscope_files
    if isinstance(p, int):
        raise TfscopeUnsupported(f"unsupported by tfscope: os.path.{name} of a file descriptor")
    s = _tfscope_files.state(_fs(p))
    if s == 'unknown':
        raise TfscopeUnsupported(f"unsupported by tfscope: os.path.{name} (the filesystem)")
    return s

def exists(path):
    _check('exists', path)
    return _known('exists', path) != 'absent'

def lexists(path):
    _check('lexists', path)
    return _known('lexists', path) != 'absent'

def isfile(path):
    _check('isfile', path)
    return _known('isfile', path) == 'file'

def isdir(s):
    _check('isdir', s)
    return _known('isdir', s) == 'dir'
`,
);

// os: names, constants, os.environ (a mutable mapping over the host's variables, see
// _tfscope_environ) and getenv/putenv; every call that reaches the filesystem or the process is
// refused by name.
defineStdlib(
  "os",
  () => String.raw`
import os.path as path
from _tfscope_environ import initial as _initial, getpid
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
name = 'posix'
F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

class _Environ(dict):
    __module__ = 'os'
    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        dict.__setitem__(self, key, value)
    def __repr__(self):
        return 'environ({{{}}})'.format(', '.join(('{!r}: {!r}'.format(k, v) for k, v in self.items())))
    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]
    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v
    def copy(self):
        return dict(self)

environ = _Environ(_initial)

def getenv(key, default=None):
    return environ.get(key, default)

def putenv(key, value):
    environ[key] = value

def unsetenv(key):
    environ.pop(key, None)

def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    if hasattr(p, '__fspath__'):
        return p.__fspath__()
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)

class PathLike:
    pass

def _refuse(name, why="the filesystem"):
    def refuse(*args, **kwargs):
        raise TfscopeUnsupported(f"unsupported by tfscope: os.{name} ({why})")
    refuse.__name__ = name
    return refuse

import _tfscope_files
from _tfscope_open import _oserror

def _state(name, p):
    return _tfscope_files.state(fspath(p))

def _unknown(name, p, what=None):
    # A path this run did not write, make or remove: the answer is on the reader's disk.
    raise TfscopeUnsupported(f"unsupported by tfscope: os.{name} (the filesystem)")

# mkdir/makedirs/remove over the run's own files (_tfscope_files): each succeeds or fails exactly as
# CPython would where the outcome follows from what this run did, and is refused where it depends on
# the reader's disk (whether a directory was already there).
def mkdir(path, mode=0o777, *, dir_fd=None):
    s = _state('mkdir', path)
    if s in ('file', 'dir'):
        raise _oserror(FileExistsError, 17, 'File exists', fspath(path))
    if s == 'unknown':
        _unknown('mkdir', path, "whether it exists already")
    parent = _tfscope_files.state(_path.dirname(fspath(path)) or '.')
    if parent == 'absent':
        raise _oserror(FileNotFoundError, 2, 'No such file or directory', fspath(path))
    if parent != 'dir':
        _unknown('mkdir', path, "whether its parent directory exists")
    if _tfscope_files.makes_top_level_dir(fspath(path)):
        _unknown('mkdir', path, "permission to make a directory in /")
    _tfscope_files.mark_dirs(fspath(path))

def makedirs(name, mode=0o777, exist_ok=False):
    s = _state('makedirs', name)
    if s == 'file' or (s == 'dir' and not exist_ok):
        raise _oserror(FileExistsError, 17, 'File exists', fspath(name))
    if s == 'unknown' and not exist_ok:
        _unknown('makedirs', name, "whether it exists already")
    # exist_ok: the directory and its missing parents are made (a regular file in the way on the
    # reader's disk would fail; the document is taken to name directories).
    p = fspath(name)
    if _tfscope_files.makes_top_level_dir(p):
        _unknown('makedirs', name, "permission to make a directory in /")
    head = p
    while head and head not in ('/', '.'):
        if _tfscope_files.state(head) == 'file':
            raise _oserror(FileExistsError, 17, 'File exists', head) if head == p else _oserror(NotADirectoryError, 20, 'Not a directory', p)
        head = _path.dirname(head)
    _tfscope_files.mark_dirs(p)

def remove(path, *, dir_fd=None):
    s = _state('remove', path)
    if s == 'absent':
        raise _oserror(FileNotFoundError, 2, 'No such file or directory', fspath(path))
    if s == 'dir':
        raise _oserror(IsADirectoryError, 21, 'Is a directory', fspath(path))
    if s == 'unknown':
        _unknown('remove', path)
    _tfscope_files.remove(fspath(path))

unlink = remove

def listdir(path='.'):
    _unknown('listdir', path, "the directory may hold files this run did not write")

import os.path as _path
for _name in ('getcwd', 'scandir', 'rmdir', 'removedirs',
              'rename', 'replace', 'walk', 'chdir', 'stat', 'lstat', 'chmod', 'access', 'symlink', 'link',
              'readlink', 'open', 'close', 'read', 'write', 'urandom', 'truncate', 'utime'):
    globals()[_name] = _refuse(_name)
for _name in ('system', 'popen', 'getppid', 'kill', 'fork', 'execv', 'execvp', 'spawnv', 'cpu_count',
              'getuid', 'getlogin', 'times', 'umask', 'nice', '_exit'):
    globals()[_name] = _refuse(_name, "the process")
del _name
`,
);

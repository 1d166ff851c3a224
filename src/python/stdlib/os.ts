import { defineStdlib } from "./index.js";

// os: only the pure path helpers and constants (no filesystem, environment or processes: the sandbox).
defineStdlib(
  "os.path",
  () => String.raw`
sep = '/'

def join(a, *p):
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path

def split(p):
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail

def basename(p):
    return p[p.rfind('/') + 1:]

def dirname(p):
    return split(p)[0]

def splitext(p):
    base = basename(p)
    i = base.rfind('.')
    if i <= 0 or base[:i].strip('.') == '' and i < len(base) and base.startswith('.') and base.count('.') == 1:
        return p, ''
    return p[:len(p) - len(base) + i], base[i:]

def isabs(s):
    return s.startswith('/')

def normpath(path):
    if not path:
        return '.'
    initial = 1 if path.startswith('/') else 0
    if initial and path.startswith('//') and not path.startswith('///'):
        initial = 2
    comps = path.split('/')
    new = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not new) or (new and new[-1] == '..'):
            new.append(comp)
        elif new:
            new.pop()
    path = '/'.join(new)
    if initial:
        path = '/' * initial + path
    return path or '.'

def _denied(*args, **kwargs):
    raise PermissionError(13, 'Permission denied (tfscope sandbox: no filesystem access)')

exists = isfile = isdir = getsize = abspath = realpath = expanduser = _denied
`,
);

defineStdlib(
  "os",
  () => String.raw`
import os.path as path
sep = '/'
linesep = '\n'
curdir = '.'
pardir = '..'
name = 'posix'
environ = {}

def getenv(key, default=None):
    return default

def fspath(p):
    return p

def _denied(*args, **kwargs):
    raise PermissionError(13, 'Permission denied (tfscope sandbox: no filesystem, environment or process access)')

getcwd = listdir = makedirs = mkdir = remove = unlink = rmdir = system = walk = chdir = getpid = _denied
`,
);

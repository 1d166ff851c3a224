import { defineStdlib } from "./index.js";

// io.StringIO and io.BytesIO (in memory, in Python); file-backed io classes are outside the sandbox.
defineStdlib(
  "io",
  () => String.raw`
class StringIO:
    __module__ = '_io'
    def __init__(self, initial_value='', newline='\n'):
        self._buf = initial_value or ''
        self._pos = 0
        self.closed = False
    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + len(s):]
        self._pos += len(s)
        return len(s)
    def writelines(self, lines):
        for line in lines:
            self.write(line)
    def getvalue(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._buf
    def read(self, size=-1):
        if size is None or size < 0:
            out = self._buf[self._pos:]
        else:
            out = self._buf[self._pos:self._pos + size]
        self._pos += len(out)
        return out
    def readline(self):
        i = self._buf.find('\n', self._pos)
        end = len(self._buf) if i < 0 else i + 1
        out = self._buf[self._pos:end]
        self._pos = end
        return out
    def readlines(self):
        out = []
        while True:
            line = self.readline()
            if not line:
                return out
            out.append(line)
    def __iter__(self):
        return iter(self.readlines())
    def seek(self, pos, whence=0):
        self._pos = pos if whence == 0 else (self._pos + pos if whence == 1 else len(self._buf) + pos)
        return self._pos
    def tell(self):
        return self._pos
    def truncate(self, size=None):
        size = self._pos if size is None else size
        self._buf = self._buf[:size]
        return size
    def flush(self):
        pass
    def close(self):
        self.closed = True
    def isatty(self):
        return False
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.close()

class BytesIO:
    __module__ = '_io'
    def __init__(self, initial_bytes=b''):
        self._buf = bytes(initial_bytes)
        self._pos = 0
        self.closed = False
    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        if self._pos > len(self._buf):
            self._buf = self._buf + bytes(self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + b + self._buf[self._pos + len(b):]
        self._pos += len(b)
        return len(b)
    def getvalue(self):
        self._check()
        return self._buf
    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            out = self._buf[self._pos:]
        else:
            out = self._buf[self._pos:self._pos + size]
        self._pos += len(out)
        return out
    def seek(self, pos, whence=0):
        self._pos = pos if whence == 0 else (self._pos + pos if whence == 1 else len(self._buf) + pos)
        return self._pos
    def tell(self):
        return self._pos
    def close(self):
        self.closed = True
    def flush(self):
        pass
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.close()
`,
);

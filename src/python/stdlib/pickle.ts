import { defineStdlib } from "./index.js";

// pickle, in Python, in memory: dumps writes the bytes CPython 3.11's C pickler writes at protocols
// 2-5 (default 4: PROTO, one FRAME, the memo) for None, bools, ints, floats, str, bytes, tuples,
// lists, dicts, sets, frozensets, classes and functions by reference, and instances of plain classes
// (copyreg.__newobj__ with their __dict__ or __getstate__); loads reads what dumps writes.
// Protocols 0 and 1 and __reduce__ overrides are refused by name; dump/load work on any object with
// write()/read() (files go through open(), which the sandbox governs).
defineStdlib(
  "pickle",
  () => String.raw`
import sys as _sys
import math as _math

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

class PickleError(Exception):
    pass

class PicklingError(PickleError):
    pass

class UnpicklingError(PickleError):
    pass

def _unsupported(what):
    raise TfscopeUnsupported("unsupported by tfscope: " + what)

def _double_be(x):
    # IEEE 754 binary64, big-endian, as struct.pack('>d') gives it.
    if x != x:
        return b'\x7f\xf8\x00\x00\x00\x00\x00\x00'
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    x = abs(x)
    if x == float('inf'):
        exp, mant = 2047, 0
    elif x == 0.0:
        exp, mant = 0, 0
    else:
        m, e = _math.frexp(x)
        if e - 1 >= -1022:
            exp = e - 1 + 1023
            mant = int((m * 2 - 1) * (1 << 52))
        else:
            exp = 0
            mant = int(_math.ldexp(x, 1074))
    bits = (sign << 63) | (exp << 52) | mant
    return bits.to_bytes(8, 'big')

def _from_double_be(b):
    bits = int.from_bytes(b, 'big')
    sign = -1.0 if bits >> 63 else 1.0
    exp = (bits >> 52) & 0x7ff
    mant = bits & ((1 << 52) - 1)
    if exp == 2047:
        return sign * float('inf') if mant == 0 else float('nan')
    if exp == 0:
        return sign * _math.ldexp(mant, -1074)
    return sign * _math.ldexp(mant + (1 << 52), exp - 1075)

def _long_bytes(x):
    # LONG1's payload: the shortest two's-complement little-endian form.
    if x == 0:
        return b''
    n = (x.bit_length() + 8) // 8
    b = x.to_bytes(n, 'little', signed=True)
    if x < 0 and n > 1 and b[-1] == 0xff and (b[-2] & 0x80):
        b = b[:-1]
    return b

_FRAME_TARGET = 64 * 1024

class Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if protocol < 2:
            _unsupported(f"pickle protocol {protocol}")
        self._file = file
        self.proto = protocol
        self.memo = {}
        self.bin = True

    def dump(self, obj):
        self._out = bytearray()
        self._frame = bytearray() if self.proto >= 4 else None
        self._out.extend(b'\x80' + bytes((self.proto,)))
        self._save(obj)
        self._write(b'.')
        self._commit()
        self._file.write(bytes(self._out))

    def clear_memo(self):
        self.memo.clear()

    def _write(self, data):
        if self._frame is None:
            self._out.extend(data)
        else:
            self._frame.extend(data)

    def _commit(self):
        if self._frame is None:
            return
        if len(self._frame) >= 4:
            self._out.extend(b'\x95' + len(self._frame).to_bytes(8, 'little'))
        self._out.extend(self._frame)
        self._frame = bytearray()

    def _memoize(self, obj):
        idx = len(self.memo)
        if self.proto >= 4:
            self._write(b'\x94')
        elif idx < 256:
            self._write(b'q' + bytes((idx,)))
        else:
            self._write(b'r' + idx.to_bytes(4, 'little'))
        self.memo[id(obj)] = (idx, obj)

    def _get(self, idx):
        if idx < 256:
            self._write(b'h' + bytes((idx,)))
        else:
            self._write(b'j' + idx.to_bytes(4, 'little'))

    def _save(self, obj):
        self._save_inner(obj)
        if self._frame is not None and len(self._frame) >= _FRAME_TARGET:
            self._commit()

    def _save_inner(self, obj):
        t = type(obj)
        if obj is None:
            return self._write(b'N')
        if obj is True:
            return self._write(b'\x88')
        if obj is False:
            return self._write(b'\x89')
        if t is int:
            if 0 <= obj < 256:
                return self._write(b'K' + bytes((obj,)))
            if 0 <= obj < 65536:
                return self._write(b'M' + obj.to_bytes(2, 'little'))
            if -2147483648 <= obj <= 2147483647:
                return self._write(b'J' + obj.to_bytes(4, 'little', signed=True))
            data = _long_bytes(obj)
            if len(data) < 256:
                return self._write(b'\x8a' + bytes((len(data),)) + data)
            return self._write(b'\x8b' + len(data).to_bytes(4, 'little', signed=True) + data)
        if t is float:
            return self._write(b'G' + _double_be(obj))
        found = self.memo.get(id(obj))
        if found is not None:
            return self._get(found[0])
        if t is str:
            data = obj.encode('utf-8')
            if len(data) < 256 and self.proto >= 4:
                self._write(b'\x8c' + bytes((len(data),)) + data)
            else:
                self._write(b'X' + len(data).to_bytes(4, 'little') + data)
            return self._memoize(obj)
        if t is bytes:
            if self.proto < 3:
                _unsupported("pickling bytes at protocol 2")
            if len(obj) < 256:
                self._write(b'C' + bytes((len(obj),)) + obj)
            else:
                self._write(b'B' + len(obj).to_bytes(4, 'little') + obj)
            return self._memoize(obj)
        if t is tuple:
            if not obj:
                return self._write(b')')
            if len(obj) <= 3:
                for x in obj:
                    self._save(x)
                if id(obj) in self.memo:
                    _unsupported("pickling a recursive tuple")
                self._write((b'\x85', b'\x86', b'\x87')[len(obj) - 1])
            else:
                self._write(b'(')
                for x in obj:
                    self._save(x)
                if id(obj) in self.memo:
                    _unsupported("pickling a recursive tuple")
                self._write(b't')
            return self._memoize(obj)
        if t is list:
            self._write(b']')
            self._memoize(obj)
            return self._batch(obj, b'a', b'e')
        if t is dict:
            self._write(b'}')
            self._memoize(obj)
            return self._batch_items(list(obj.items()))
        if t is set and self.proto >= 4:
            self._write(b'\x8f')
            self._memoize(obj)
            items = list(obj)
            for i in range(0, len(items), 1000):
                self._write(b'(')
                for x in items[i:i + 1000]:
                    self._save(x)
                self._write(b'\x90')
            return
        if t is frozenset and self.proto >= 4:
            self._write(b'(')
            for x in obj:
                self._save(x)
            if id(obj) in self.memo:
                self._write(b'1')
                return self._get(self.memo[id(obj)][0])
            self._write(b'\x91')
            return self._memoize(obj)
        if t is set or t is frozenset:
            # Protocols 2 and 3 have no set opcodes: set.__reduce_ex__ gives (set, (list,), None).
            self._save_global(t)
            self._save((list(obj),))
            self._write(b'R')
            return self._memoize(obj)
        if isinstance(obj, type) or t is type(_double_be) or t is type(len):
            return self._save_global(obj)
        return self._save_instance(obj)

    def _batch(self, items, one, many):
        n = len(items)
        for i in range(0, n, 1000):
            chunk = items[i:i + 1000]
            if len(chunk) == 1:
                self._save(chunk[0])
                self._write(one)
            else:
                self._write(b'(')
                for x in chunk:
                    self._save(x)
                self._write(many)

    def _batch_items(self, items):
        for i in range(0, len(items), 1000):
            chunk = items[i:i + 1000]
            if len(chunk) == 1:
                self._save(chunk[0][0])
                self._save(chunk[0][1])
                self._write(b's')
            else:
                self._write(b'(')
                for k, v in chunk:
                    self._save(k)
                    self._save(v)
                self._write(b'u')

    def _save_global(self, obj):
        name = getattr(obj, '__qualname__', None) or obj.__name__
        module = getattr(obj, '__module__', None) or '__main__'
        target = _sys.modules.get(module)
        found = target
        for part in name.split('.'):
            found = getattr(found, part, None) if found is not None else None
        if found is not obj:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, name, module))
        if self.proto >= 4:
            self._save(module)
            self._save(name)
            self._write(b'\x93')
        else:
            if self.proto < 3 and module == 'builtins':
                module = '__builtin__'  # fix_imports: Python 2's name for the module
            self._write(b'c' + module.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
        self._memoize(obj)

    def _save_instance(self, obj):
        cls = type(obj)
        if cls.__module__ == 'builtins':
            raise TypeError(f"cannot pickle '{cls.__name__}' object")
        for name in ('__reduce_ex__', '__reduce__'):
            if name in cls.__dict__:
                _unsupported(f"pickling an object whose class defines {name}")
        getstate = getattr(obj, '__getstate__', None)
        if getstate is not None and '__getstate__' in type(obj).__dict__:
            state = getstate()
        else:
            state = getattr(obj, '__dict__', None) or None
        self._save_global(cls)
        self._write(b')\x81')
        self._memoize(obj)
        if state is not None:
            self._save(state)
            self._write(b'b')

class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._file = file

    def load(self):
        data = self._file.read()
        if not data:
            raise EOFError("Ran out of input")
        reader = _Reader(bytes(data))
        result = reader.run()
        if reader.pos < len(data) and hasattr(self._file, 'seek'):
            # Leave the stream just past this pickle, as the C unpickler does: the next load reads on.
            self._file.seek(self._file.tell() - (len(data) - reader.pos))
        return result

    def find_class(self, module, name):
        if module == '__builtin__':
            module = 'builtins'
        __import__(module)
        obj = _sys.modules[module]
        for part in name.split('.'):
            obj = getattr(obj, part)
        return obj

class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.stack = []
        self.marks = []
        self.memo = {}

    def take(self, n):
        if self.pos + n > len(self.data):
            raise UnpicklingError("pickle data was truncated")
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def num(self, n, signed=False):
        return int.from_bytes(self.take(n), 'little', signed=signed)

    def pop_mark(self):
        start = self.marks.pop()
        items = self.stack[start:]
        del self.stack[start:]
        return items

    def run(self):
        st = self.stack
        while True:
            if self.pos >= len(self.data):
                raise UnpicklingError("pickle data was truncated")
            op = self.data[self.pos]
            self.pos += 1
            if op == 0x80: self.take(1)
            elif op == 0x95: self.take(8)
            elif op == 0x2e: return st.pop()
            elif op == 0x4e: st.append(None)
            elif op == 0x88: st.append(True)
            elif op == 0x89: st.append(False)
            elif op == 0x4b: st.append(self.num(1))
            elif op == 0x4d: st.append(self.num(2))
            elif op == 0x4a: st.append(self.num(4, True))
            elif op == 0x8a: st.append(int.from_bytes(self.take(self.num(1)), 'little', signed=True))
            elif op == 0x8b: st.append(int.from_bytes(self.take(self.num(4, True)), 'little', signed=True))
            elif op == 0x47: st.append(_from_double_be(self.take(8)))
            elif op == 0x8c: st.append(self.take(self.num(1)).decode('utf-8'))
            elif op == 0x58: st.append(self.take(self.num(4)).decode('utf-8'))
            elif op == 0x43: st.append(self.take(self.num(1)))
            elif op == 0x42: st.append(self.take(self.num(4)))
            elif op == 0x94: self.memo[len(self.memo)] = st[-1]
            elif op == 0x71: self.memo[self.num(1)] = st[-1]
            elif op == 0x72: self.memo[self.num(4)] = st[-1]
            elif op == 0x68: st.append(self.memo[self.num(1)])
            elif op == 0x6a: st.append(self.memo[self.num(4)])
            elif op == 0x29: st.append(())
            elif op == 0x85: st[-1:] = [(st[-1],)]
            elif op == 0x86: st[-2:] = [(st[-2], st[-1])]
            elif op == 0x87: st[-3:] = [(st[-3], st[-2], st[-1])]
            elif op == 0x28: self.marks.append(len(st))
            elif op == 0x74: st.append(tuple(self.pop_mark()))
            elif op == 0x5d: st.append([])
            elif op == 0x61: st[-2].append(st.pop())
            elif op == 0x65:
                items = self.pop_mark()
                st[-1].extend(items)
            elif op == 0x7d: st.append({})
            elif op == 0x73:
                v = st.pop()
                k = st.pop()
                st[-1][k] = v
            elif op == 0x75:
                items = self.pop_mark()
                d = st[-1]
                for i in range(0, len(items), 2):
                    d[items[i]] = items[i + 1]
            elif op == 0x8f: st.append(set())
            elif op == 0x90:
                items = self.pop_mark()
                st[-1].update(items)
            elif op == 0x91: st.append(frozenset(self.pop_mark()))
            elif op == 0x31: self.pop_mark()
            elif op == 0x93:
                name = st.pop()
                module = st.pop()
                st.append(Unpickler(None).find_class(module, name))
            elif op == 0x52:
                args = st.pop()
                st[-1] = st[-1](*args)
            elif op == 0x63:
                module = self.line()
                name = self.line()
                st.append(Unpickler(None).find_class(module, name))
            elif op == 0x81:
                args = st.pop()
                cls = st.pop()
                st.append(cls.__new__(cls, *args))
            elif op == 0x62:
                state = st.pop()
                inst = st[-1]
                setstate = getattr(inst, '__setstate__', None)
                if setstate is not None and '__setstate__' in type(inst).__dict__:
                    setstate(state)
                else:
                    inst.__dict__.update(state)
            else:
                raise UnpicklingError("invalid load key, '%s'." % chr(op))

    def line(self):
        end = self.pos
        while self.data[end] != 10:
            end += 1
        s = self.data[self.pos:end].decode('utf-8')
        self.pos = end + 1
        return s

class _Sink:
    def __init__(self):
        self.data = b''
    def write(self, b):
        self.data = b

class _Source:
    def __init__(self, data):
        self.data = data
    def read(self):
        return self.data

def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    sink = _Sink()
    Pickler(sink, protocol).dump(obj)
    return sink.data

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol).dump(obj)

def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_Source(data)).load()

def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file).load()
`,
);

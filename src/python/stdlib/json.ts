import { defineStdlib } from "./index.js";

// json, in Python: the encoder and decoder behave as CPython 3.11's (Lib/json/encoder.py with its C
// accelerator, Lib/json/decoder.py and scanner.py): the same output bytes for every dumps option, and
// JSONDecodeError with the same message, line, column and char offset. dump/load work on any object
// with write()/read() (io.StringIO); files are opened through open(), which the sandbox governs.
defineStdlib(
  "json",
  () => String.raw`
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

class JSONDecodeError(ValueError):
    __module__ = 'json.decoder'
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno
    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}

def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
            continue
        n = ord(c)
        if n < 0x20 or (ensure_ascii and n > 0x7e):
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)

def _float_str(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text

class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        markers = {} if self.check_circular else None
        out = []
        self._encode(o, out, markers, indent, 0)
        return out

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_str(key, self.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def _mark(self, o, markers):
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o

    def _open(self, o, out, markers, indent, level, bracket):
        # A non-empty container: its bracket, then (with indent) a new line one level deeper.
        self._mark(o, markers)
        out.append(bracket)
        sep = self.item_separator
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            sep += newline
            out.append(newline)
        return sep, level

    def _close(self, o, out, markers, indent, level, bracket):
        if indent is not None:
            out.append('\n' + indent * (level - 1))
        out.append(bracket)
        if markers is not None:
            del markers[id(o)]

    def _encode(self, o, out, markers, indent, level):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_str(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            if not o:
                out.append('[]')
                return
            sep, level = self._open(o, out, markers, indent, level, '[')
            first = True
            for v in o:
                if not first:
                    out.append(sep)
                first = False
                self._encode(v, out, markers, indent, level)
            self._close(o, out, markers, indent, level, ']')
        elif isinstance(o, dict):
            if not o:
                out.append('{}')
                return
            sep, level = self._open(o, out, markers, indent, level, '{')
            items = sorted(o.items()) if self.sort_keys else o.items()
            first = True
            for key, value in items:
                key = self._key(key)
                if key is None:
                    continue
                if not first:
                    out.append(sep)
                first = False
                out.append(_encode_str(key, self.ensure_ascii))
                out.append(self.key_separator)
                self._encode(value, out, markers, indent, level)
            self._close(o, out, markers, indent, level, '}')
        else:
            self._mark(o, markers)
            self._encode(self.default(o), out, markers, indent, level)
            if markers is not None:
                del markers[id(o)]

_WS = ' \t\n\r'
_ESCAPE_CHARS = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}

class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

    def _skip(self, s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self._number(s, i)

    def _number(self, s, i):
        n = len(s)
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and '1' <= s[j] <= '9':
            j += 1
            while j < n and '0' <= s[j] <= '9':
                j += 1
        else:
            raise StopIteration(i)
        integer = s[i:j]
        frac = exp = ''
        if j + 1 < n and s[j] == '.' and '0' <= s[j + 1] <= '9':
            k = j + 2
            while k < n and '0' <= s[k] <= '9':
                k += 1
            frac = s[j:k]
            j = k
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and '0' <= s[k] <= '9':
                while k < n and '0' <= s[k] <= '9':
                    k += 1
                exp = s[j:k]
                j = k
        if frac or exp:
            return self.parse_float(integer + frac + exp), j
        return self.parse_int(integer), j

    def _string(self, s, i):
        begin = i - 1
        n = len(s)
        chunks = []
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\' and (ord(s[j]) >= 0x20 or not self.strict):
                j += 1
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            chunks.append(s[i:j])
            c = s[j]
            if c == '"':
                return ''.join(chunks), j + 1
            if c != '\\':
                raise JSONDecodeError("Invalid control character at", s, j)
            if j + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            e = s[j + 1]
            if e != 'u':
                ch = _ESCAPE_CHARS.get(e)
                if ch is None:
                    raise JSONDecodeError("Invalid \\escape", s, j)
                chunks.append(ch)
                i = j + 2
                continue
            code = self._hex4(s, j + 2, j + 1)
            i = j + 6
            if 0xd800 <= code <= 0xdbff and s[i:i + 2] == '\\u':
                low = self._hex4(s, i + 2, i + 1)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    i += 6
            chunks.append(chr(code))

    def _hex4(self, s, i, at):
        h = s[i:i + 4]
        if len(h) == 4 and all(c in '0123456789abcdefABCDEF' for c in h):
            return int(h, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", s, at)

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == '}':
            return self._make_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == '}':
                return self._make_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)

    def _make_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, i):
        values = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)

def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)

def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))

def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
        s = s.decode('utf-8')
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)

def load(fp, **kw):
    return loads(fp.read(), **kw)
`,
);

defineStdlib("json.decoder", () => "from json import JSONDecoder, JSONDecodeError\n");
defineStdlib("json.encoder", () => "from json import JSONEncoder\n");

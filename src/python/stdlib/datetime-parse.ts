import { defineStdlib } from "./index.js";

// The parsing half of datetime.ts (module _datetime_parse): fromisoformat's date and time forms and
// strptime for the common directives (%z, %Z, week numbers and locale forms are refused by name).
defineStdlib(
  "_datetime_parse",
  () => String.raw`
from _datetime_calendar import _ymd2ord, _ord2ymd, timedelta

def _parse_isoformat_date(s):
    if len(s) == 10 and s[4] == '-' and s[7] == '-':
        return [int(s[0:4]), int(s[5:7]), int(s[8:10])]
    if len(s) == 8 and s.isdigit():
        return [int(s[0:4]), int(s[4:6]), int(s[6:8])]
    raise ValueError

def _parse_isoformat_time(s):
    from datetime import timezone
    tz = None
    for sign in ('+', '-', 'Z'):
        i = s.find(sign)
        if i > 0:
            tzs = s[i:]
            s = s[:i]
            if tzs == 'Z':
                tz = timezone.utc
            else:
                hh, mm = int(tzs[1:3]), int(tzs[4:6]) if len(tzs) > 3 else 0
                off = timedelta(hours=hh, minutes=mm)
                tz = timezone(off if tzs[0] == '+' else -off)
                if not off:
                    tz = timezone.utc
            break
    parts = s.split(':')
    hh = int(parts[0])
    mm = int(parts[1]) if len(parts) > 1 else 0
    ss = 0
    us = 0
    if len(parts) > 2:
        sec = parts[2]
        if '.' in sec or ',' in sec:
            sec, frac = sec.replace(',', '.').split('.')
            us = int((frac + '000000')[:6])
        ss = int(sec)
    if len(parts) > 3 or not all(p.replace('.', '').replace(',', '').isdigit() for p in parts):
        raise ValueError
    return [hh, mm, ss, us, tz]

_STRPTIME = {
    'Y': r'(?P<Y>\d\d\d\d)', 'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])', 'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)', 'M': r'(?P<M>[0-5]\d|\d)', 'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'f': r'(?P<f>[0-9]{1,6})', 'y': r'(?P<y>\d\d)', 'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])', 'p': r'(?P<p>am|pm)',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'b': r'(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)',
    'B': r'(?P<B>january|february|march|april|may|june|july|august|september|october|november|december)',
    'a': r'(?P<a>mon|tue|wed|thu|fri|sat|sun)', 'A': r'(?P<A>monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    '%': '%',
}
_MONTHS_FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
                'november', 'december']

def _strptime(cls, data_string, format):
    import re
    for name, value in (('strptime() argument 1', data_string), ('strptime() argument 2', format)):
        if not isinstance(value, str):
            raise TypeError(f"{name} must be str, not {type(value).__name__}")
    pattern = []
    i = 0
    while i < len(format):
        c = format[i]
        if c == '%' and i + 1 < len(format):
            d = format[i + 1]
            if d not in _STRPTIME:
                if d in 'zZUWcxXwuGVe':
                    raise TfscopeUnsupported(f"unsupported by tfscope: datetime.strptime directive %{d}")
                raise ValueError(f"'{d}' is a bad directive in format '{format}'")
            pattern.append(_STRPTIME[d])
            i += 2
        elif c == '%':
            raise ValueError("stray % in format '%s'" % format)
        elif c.isspace():
            pattern.append(r'\s+')
            i += 1
        else:
            pattern.append(re.escape(c))
            i += 1
    found = re.match(''.join(pattern), data_string, re.IGNORECASE)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    g = found.groupdict()
    year = 1900
    if g.get('Y'):
        year = int(g['Y'])
    elif g.get('y'):
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    month = int(g['m']) if g.get('m') else 1
    if g.get('b'):
        month = _MONTHS_FULL.index(next(m for m in _MONTHS_FULL if m.startswith(g['b'].lower()))) + 1
    if g.get('B'):
        month = _MONTHS_FULL.index(g['B'].lower()) + 1
    day = int(g['d']) if g.get('d') else 1
    hour = int(g['H']) if g.get('H') else 0
    if g.get('I'):
        hour = int(g['I']) % 12
        if (g.get('p') or '').lower() == 'pm':
            hour += 12
    minute = int(g['M']) if g.get('M') else 0
    second = int(g['S']) if g.get('S') else 0
    micro = int((g['f'] + '000000')[:6]) if g.get('f') else 0
    if g.get('j') and not g.get('m') and not g.get('d'):
        o = _ymd2ord(year, 1, 1) + int(g['j']) - 1
        year, month, day = _ord2ymd(o)
    return cls(year, month, day, hour, minute, second, micro)
`,
);

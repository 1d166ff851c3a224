import { None, PyFloat, PyNativeFunction, type PyValue } from "../objects/base.js";
import { PyModule } from "../objects/module.js";
import { floatOf } from "../objects/numbers.js";
import { defineStdlib } from "./index.js";

/** _tfscope_clock: the real clocks time needs; sleep() advances a virtual offset instead of blocking
 * (snippets never wait). Reading a clock marks the run as run-dependent: a timing or a date it prints
 * differs on every run of CPython too. */
let slept = 0;
defineStdlib("_tfscope_clock", (interp) => {
  const m = new PyModule("_tfscope_clock");
  const def = (name: string, fn: (a: PyValue[]) => PyValue) => m.ns.set(name, new PyNativeFunction(name, fn));
  const clock = (name: string, fn: () => PyValue) =>
    def(name, () => {
      interp.state.runDependent = true;
      return fn();
    });
  clock("time", () => new PyFloat(Date.now() / 1000 + slept));
  clock("time_ns", () => BigInt(Math.round((Date.now() / 1000 + slept) * 1e9)));
  clock("perf_counter", () => new PyFloat(performance.now() / 1000 + slept));
  clock("perf_counter_ns", () => BigInt(Math.round((performance.now() / 1000 + slept) * 1e9)));
  clock("monotonic", () => new PyFloat(performance.now() / 1000 + slept));
  clock("process_time", () => new PyFloat(performance.now() / 1000));
  // For logging's records: the clock read without marking the run; a formatter that prints the time
  // (asctime, created, msecs, relativeCreated) marks it (`_mark`) when it formats a record.
  def("_peek_time", () => new PyFloat(Date.now() / 1000 + slept));
  def("_mark", () => {
    interp.state.runDependent = true;
    return None;
  });
  def("sleep", (a) => {
    slept += floatOf(a[0] ?? 0) ?? 0;
    return None;
  });
  return m;
});

// time, in Python over those clocks. tfscope's local time zone is UTC on every host (a browser's zone
// would make output depend on the reader's machine), so localtime() is gmtime(), timezone is 0 and
// tzname ('UTC', 'UTC'). strftime follows glibc's C locale, as CPython on Linux prints.
defineStdlib(
  "time",
  () => String.raw`
from _tfscope_clock import time, time_ns, perf_counter, perf_counter_ns, monotonic, process_time, sleep

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')

class struct_time(tuple):
    __module__ = 'time'
    _zone = 'UTC'
    n_sequence_fields = 9
    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 9:
            raise TypeError(f'time.struct_time() takes a 9-sequence ({len(seq)}-sequence given)')
        return tuple.__new__(cls, seq)
    def __repr__(self):
        return 'time.struct_time(' + ', '.join(f'{n}={v!r}' for n, v in zip(_FIELDS, self)) + ')'
    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: 0)

def _days_to_civil(z):
    # Howard Hinnant's days-from-civil inverse: proleptic Gregorian date of a day count since 1970-01-01.
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

_CUM = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

def _yday(y, m, d):
    return _CUM[m - 1] + d + (1 if m > 2 and _is_leap(y) else 0)

def gmtime(secs=None):
    if secs is None:
        secs = time()
    s = int(secs // 1) if isinstance(secs, float) else int(secs)
    days, rem = divmod(s, 86400)
    y, m, d = _days_to_civil(days)
    t = struct_time((y, m, d, rem // 3600, rem % 3600 // 60, rem % 60, (days + 3) % 7, _yday(y, m, d), 0))
    t._zone = 'GMT'
    return t

def localtime(secs=None):
    t = gmtime(secs)
    t._zone = 'UTC'
    return t

def _tuple(t, fn):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(f'{fn}(): illegal time tuple argument')
    return t

def _zone(t):
    # glibc prints the struct's own zone for %Z: gmtime's says GMT; a plain tuple takes the local one.
    return getattr(t, '_zone', 'UTC') if t[8] >= 0 else ''

def mktime(t):
    t = _tuple(t, 'mktime')
    y, m = t[0], t[1]
    y0 = y - (1 if m <= 2 else 0)
    era = y0 // 400
    yoe = y0 - era * 400
    mp = m + (-3 if m > 2 else 9)
    doy = (153 * mp + 2) // 5 + t[2] - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    days = era * 146097 + doe - 719468
    return float(days * 86400 + t[3] * 3600 + t[4] * 60 + t[5])

_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
           'October', 'November', 'December')

def asctime(t=None):
    t = _tuple(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])

def ctime(secs=None):
    return asctime(localtime(secs))

def _week(t, first):
    # %U (weeks start Sunday, first=6) and %W (Monday, first=0): C's week-of-year numbering.
    wday = (t[6] - first) % 7
    return (t[7] - 1 + 7 - wday) // 7

def strftime(format, t=None, /):
    if not isinstance(format, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
    t = _tuple(t, 'strftime')
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        f = format[i + 1]
        i += 2
        if f == 'Y': out.append(str(t[0]))
        elif f == 'y': out.append('%02d' % (t[0] % 100))
        elif f == 'C': out.append('%02d' % (t[0] // 100))
        elif f == 'm': out.append('%02d' % t[1])
        elif f == 'd': out.append('%02d' % t[2])
        elif f == 'e': out.append('%2d' % t[2])
        elif f == 'H': out.append('%02d' % t[3])
        elif f == 'I': out.append('%02d' % ((t[3] + 11) % 12 + 1))
        elif f == 'M': out.append('%02d' % t[4])
        elif f == 'S': out.append('%02d' % t[5])
        elif f == 'p': out.append('AM' if t[3] < 12 else 'PM')
        elif f == 'a': out.append(_DAYS[t[6]][:3])
        elif f == 'A': out.append(_DAYS[t[6]])
        elif f == 'b' or f == 'h': out.append(_MONTHS[t[1] - 1][:3])
        elif f == 'B': out.append(_MONTHS[t[1] - 1])
        elif f == 'j': out.append('%03d' % t[7])
        elif f == 'w': out.append(str((t[6] + 1) % 7))
        elif f == 'u': out.append(str(t[6] + 1))
        elif f == 'U': out.append('%02d' % _week(t, 6))
        elif f == 'W': out.append('%02d' % _week(t, 0))
        elif f == 'c': out.append(asctime(t))
        elif f == 'x': out.append('%02d/%02d/%02d' % (t[1], t[2], t[0] % 100))
        elif f == 'X' or f == 'T': out.append('%02d:%02d:%02d' % (t[3], t[4], t[5]))
        elif f == 'D': out.append('%02d/%02d/%02d' % (t[1], t[2], t[0] % 100))
        elif f == 'F': out.append('%d-%02d-%02d' % (t[0], t[1], t[2]))
        elif f == 'R': out.append('%02d:%02d' % (t[3], t[4]))
        elif f == 'Z': out.append(_zone(t))
        elif f == 'z': out.append('+0000')
        elif f == 'n': out.append('\n')
        elif f == 't': out.append('\t')
        elif f == '%': out.append('%')
        else: out.append('%' + f)
    return ''.join(out)
`,
);

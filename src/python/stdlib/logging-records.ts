// logging's records and formatters (CPython 3.11 Lib/logging/__init__.py: LogRecord, the record
// factory, the '%', '{' and '$' format styles, Formatter, BufferingFormatter), as Python source that
// logging.ts puts in the middle of its module: one module, two files along the seam a reader names.
export const LOGGING_RECORDS = String.raw`
class LogRecord:
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        # The clock is read unmarked: a record makes a run run-dependent only when a formatter prints its
        # time (Formatter.format), so a program's log lines without times stay claims.
        ct = _clock._peek_time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = pathname.rsplit('/', 1)[-1]
        self.module = self.filename.rsplit('.', 1)[0] if '.' in self.filename else self.filename
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _startTime) * 1000
        self.thread = 140000000000000
        self.threadName = 'MainThread'
        self.processName = 'MainProcess'
        self.process = 1
    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno, self.msg)
    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg

def makeLogRecord(dict):
    rv = LogRecord(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv

_record_factory = LogRecord

def setLogRecordFactory(factory):
    global _record_factory
    _record_factory = factory

def getLogRecordFactory():
    return _record_factory

class PercentStyle:
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults
    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0
    def validate(self):
        import re
        if not re.search(r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', self._fmt, re.I):
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))
    def _values(self, record):
        if self._defaults:
            values = dict(self._defaults)
            values.update(record.__dict__)
            return values
        return record.__dict__
    def _format(self, record):
        return self._fmt % self._values(record)
    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)

class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'
    def validate(self):
        import string
        fields = [f for _, f, _, _ in string.Formatter().parse(self._fmt) if f]
        if not fields:
            raise ValueError('invalid format: no fields')
    def _format(self, record):
        return self._fmt.format(**self._values(record))

class StringTemplateStyle(PercentStyle):
    default_format = '${"$"}{message}'
    asctime_format = '${"$"}{asctime}'
    asctime_search = '${"$"}{asctime}'
    def usesTime(self):
        return self._fmt.find('$asctime') >= 0 or self._fmt.find(self.asctime_search) >= 0
    def validate(self):
        import string
        if not any(m.group('named') or m.group('braced') for m in string.Template.pattern.finditer(self._fmt)):
            raise ValueError('invalid format: no fields')
    def _format(self, record):
        import string
        return string.Template(self._fmt).substitute(**self._values(record))

_STYLES = {'%': (PercentStyle, BASIC_FORMAT), '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
           '$': (StringTemplateStyle, '${"$"}{levelname}:${"$"}{name}:${"$"}{message}')}

class Formatter:
    converter = staticmethod(_time.localtime)
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'
    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt
    def formatTime(self, record, datefmt=None):
        ct = self.converter(record.created)
        if datefmt:
            return _time.strftime(datefmt, ct)
        s = _time.strftime(self.default_time_format, ct)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s
    def formatException(self, ei):
        import traceback
        s = ''.join(traceback.format_exception(ei[0], ei[1], ei[2]))
        if s[-1:] == "\n":
            s = s[:-1]
        return s
    def usesTime(self):
        return self._style.usesTime()
    def formatMessage(self, record):
        return self._style.format(record)
    def formatStack(self, stack_info):
        return stack_info
    def format(self, record):
        record.message = record.getMessage()
        if any(f in self._style._fmt for f in ('asctime', 'created', 'msecs', 'relativeCreated')):
            _clock._mark()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s

_defaultFormatter = Formatter()

class BufferingFormatter:
    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter
    def format(self, records):
        return ''.join(self.linefmt.format(r) for r in records)
`;

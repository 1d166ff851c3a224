import { defineStdlib } from "./index.js";

// warnings, in Python: warn() prints CPython's `file:line: Category: message` plus the source line to
// sys.stderr once per (message, category, line), honouring simplefilter/filterwarnings actions and
// catch_warnings(record=True).
defineStdlib(
  "warnings",
  () => String.raw`
import sys as _sys

filters = []
_onceregistry = set()
_showwarning_records = None

class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
    def __str__(self):
        return f"{{message : {self.message!r}, category : {self.category.__name__!r}, filename : {self.filename!r}, lineno : {self.lineno}, line : {self.line!r}}}"

def formatwarning(message, category, filename, lineno, line=None):
    s = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line:
        s += f"  {line.strip()}\n"
    return s

def showwarning(message, category, filename, lineno, file=None, line=None):
    (file or _sys.stderr).write(formatwarning(message, category, filename, lineno, line))

def _action_for(category, text):
    for action, msg, cat, lineno in filters:
        if issubclass(category, cat) and (not msg or text.lower().startswith(msg.lower())):
            return action
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return "ignore"
    return "default"

def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    text = str(message)
    try:
        frame = _sys._getframe(stacklevel)
    except ValueError:
        # Past the outermost frame CPython reports the warning as coming from "sys", line 1.
        frame = None
        filename, lineno, module_name = "sys", 1, "sys"
    else:
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        module_name = frame.f_globals.get("__name__")
    if category is DeprecationWarning and module_name == "__main__" and not filters:
        action = "default"
    else:
        action = _action_for(category, text)
    if action == "error":
        raise category(text) if not isinstance(message, Warning) else message
    if action == "ignore":
        return
    key = (text, category, filename, lineno) if action == "default" else (text, category)
    if action != "always":
        if key in _onceregistry:
            return
        _onceregistry.add(key)
    msg = message if isinstance(message, Warning) else category(text)
    if _showwarning_records is not None:
        _showwarning_records.append(WarningMessage(msg, category, filename, lineno))
        return
    showwarning(msg, category, filename, lineno, None, _source_line(frame))

def _source_line(frame):
    return getattr(frame, "_tfscope_line", None) if frame is not None else None

def simplefilter(action, category=Warning, lineno=0, append=False):
    item = (action, "", category, lineno)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)

def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    item = (action, message, category, lineno)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)

def resetwarnings():
    filters[:] = []

class catch_warnings:
    def __init__(self, *, record=False, module=None):
        self._record = record
    def __enter__(self):
        global _showwarning_records
        self._filters = filters[:]
        self._saved_records = _showwarning_records
        self._saved_once = set(_onceregistry)
        if self._record:
            _showwarning_records = []
            return _showwarning_records
        return None
    def __exit__(self, *exc_info):
        global _showwarning_records
        filters[:] = self._filters
        _showwarning_records = self._saved_records
        _onceregistry.clear()
        _onceregistry.update(self._saved_once)
`,
);

# tf.logging and tf.get_logger (tensorflow/python/platform/tf_logging.py of TF 1.15) over the stdlib
# logging: the "tensorflow" logger, given on first use a StreamHandler with BASIC_FORMAT
# ("LEVEL:tensorflow:message") on sys.stderr, or in an interactive shell such as Jupyter's the level
# INFO and sys.stdout; no handler when the root logger already has one (the record then reaches the
# root's). TF's own log lines (deprecation warnings, Saver's "Restoring parameters from ...") go through
# `_log`, so tf.logging.set_verbosity and the user's logging configuration govern them as in TF.
import sys as _sys

import _tf

# logging's levels (tf_logging.py imports them from logging; the stdlib module itself is imported on the
# logger's first use, as nothing in `import tensorflow` logs).
DEBUG = 10
INFO = 20
WARN = 30
ERROR = 40
FATAL = 50

_logger = None


def _get_caller(offset=3):
    # tf_logging.py 44-57: the first frame below the offset's whose file differs from the offset frame's.
    f = _sys._getframe(offset)
    our_file = f.f_code.co_filename
    f = f.f_back
    while f:
        code = f.f_code
        if code.co_filename != our_file:
            return code, f
        f = f.f_back
    return None, None


_CALLER_FIELDS = ("%(pathname)", "%(filename)", "%(module)", "%(lineno)", "%(funcName)",
                  "{pathname", "{filename", "{module", "{lineno", "{funcName",
                  "$pathname", "$filename", "$module", "$lineno", "$funcName",
                  "${pathname", "${filename", "${module", "${lineno", "${funcName")


def _formats_caller(logger):
    # Whether a handler the record reaches formats the caller's file, line or function.
    c = logger
    while c:
        for h in c.handlers:
            fmt = getattr(h.formatter, "_fmt", None) if h.formatter is not None else None
            if fmt and any(f in fmt for f in _CALLER_FIELDS):
                return True
        c = c.parent if c.propagate else None
    return False


def _logger_find_caller(stack_info=False, stacklevel=1):
    # tf_logging.py 61-69: the lowest frame outside this module (and the stdlib logging's). A record TF
    # logs from its own code names TF's file and line, which the shim does not have.
    # (TF 1.15's own findCaller takes no stacklevel, which CPython 3.8+'s Logger._log passes; tfscope
    # follows the TF 1.15 behaviour every other log line here follows: the record is logged.)
    f = _sys._getframe(1)
    while f is not None and f.f_code.co_filename in ("<logging>", "<_tftf_logging>"):
        f = f.f_back
    if f is None:
        return "(unknown file)", 0, "(unknown function)", None
    name = f.f_code.co_filename
    if name.startswith("<_tf") or name.startswith("<tensorflow"):
        if _formats_caller(get_logger()):
            _tf.unsupported("a log format naming the caller (%(filename)s, %(lineno)d...) for a line TF "
                            "logs from its own source")
    return name, f.f_lineno, f.f_code.co_name, None


def get_logger():
    # tf_logging.py 79-125.
    global _logger
    if _logger:
        return _logger
    import logging as _logging
    logger = _logging.getLogger('tensorflow')
    logger.findCaller = _logger_find_caller
    if not _logging.getLogger().handlers:
        # `sys.ps1` is defined in an interactive shell (Jupyter's kernel among them).
        if _tf.logging_interactive():
            logger.setLevel(INFO)
            _logging_target = _sys.stdout
        else:
            _logging_target = _sys.stderr
        _handler = _logging.StreamHandler(_logging_target)
        _handler.setFormatter(_logging.Formatter(_logging.BASIC_FORMAT, None))
        logger.addHandler(_handler)
    _logger = logger
    return _logger


def log(level, msg, *args, **kwargs):
    get_logger().log(level, msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    get_logger().debug(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    get_logger().error(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    get_logger().fatal(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    get_logger().info(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    get_logger().warning(msg, *args, **kwargs)


def warning(msg, *args, **kwargs):
    get_logger().warning(msg, *args, **kwargs)


_log_counter_per_token = {}


def TaskLevelStatusMessage(msg):
    error(msg)


def flush():
    raise NotImplementedError()


def vlog(level, msg, *args, **kwargs):
    get_logger().log(level, msg, *args, **kwargs)


def _GetNextLogCountPerToken(token):
    _log_counter_per_token[token] = 1 + _log_counter_per_token.get(token, -1)
    return _log_counter_per_token[token]


def log_every_n(level, msg, n, *args):
    count = _GetNextLogCountPerToken(_GetFileAndLine())
    log_if(level, msg, not (count % n), *args)


def log_first_n(level, msg, n, *args):  # pylint: disable=g-bad-name
    count = _GetNextLogCountPerToken(_GetFileAndLine())
    log_if(level, msg, count < n, *args)


def log_if(level, msg, condition, *args):
    if condition:
        vlog(level, msg, *args)


def _GetFileAndLine():
    code, f = _get_caller()
    if not code:
        return ('<unknown>', 0)
    return (code.co_filename, f.f_lineno)


def get_verbosity():
    return get_logger().getEffectiveLevel()


def set_verbosity(v):
    get_logger().setLevel(v)


# ---- TF's own log lines, from the shim's modules

_LEVELS = {"DEBUG": DEBUG, "INFO": INFO, "WARNING": WARN, "ERROR": ERROR}


def _log(level, msg, *args):
    """A line TF logs through tf_logging (`logging.info(...)` in TF's source), by level name."""
    get_logger().log(_LEVELS[level], msg, *args)


def _log_first_n(level, msg, n, frame):
    """log_first_n called by TF's code running in `frame`: its token is the first frame outside that
    frame's file (tf_logging.py 254-263), i.e. the user's line that called into it."""
    our_file = frame.f_code.co_filename
    f = frame.f_back
    while f and f.f_code.co_filename == our_file:
        f = f.f_back
    token = (f.f_code.co_filename, f.f_lineno) if f else ('<unknown>', 0)
    if _GetNextLogCountPerToken(token) < n:
        get_logger().log(_LEVELS[level], msg)


def _engine_log(line):
    """The engine's log lines (src/tf: op_scope's deprecation warning), `LEVEL:tensorflow:text`."""
    level, _, text = line.rstrip("\n").partition(":tensorflow:")
    _log(level, "%s", text)


def _new_process():
    """A new document is a new process: the logging a previous one configured (the root's handlers and
    level, the "tensorflow" logger TF set up, levels set through tf.logging) and log_first_n's counts go."""
    global _logger
    import logging as _logging
    _logger = None
    _log_counter_per_token.clear()
    root = _logging.root
    for h in list(root.handlers):
        root.removeHandler(h)
    root.setLevel(_logging.WARNING)
    root.filters = []
    root.disabled = False
    root.propagate = True
    _logging.Logger.manager.disable = 0
    _logging.Logger.manager.loggerDict.clear()
    _logging.Logger.manager.emittedNoHandlerWarning = False
    _logging.lastResort = _logging._defaultLastResort
    _logging.raiseExceptions = True
    import _tflogging
    del _tflogging._PRINTED_WARNING[:]
    tf = _sys.modules.get("tensorflow")
    if tf is not None and "_new_process" in vars(tf):
        tf._new_process()

"""CPython's side of the differential test: reads JSON lines {"src", "mode"} on stdin and writes one JSON
line per input: for mode "run", stdout and the uncaught exception (type, message) of exec(src); for mode
"compile", the SyntaxError compile() raises (type, message, line) or null. Run with PYTHONHASHSEED=0, so
str hashes (and set order) are fixed. NUL bytes are reported as for a file, as tfscope reads files."""
import contextlib, io, json, signal, sys, warnings

warnings.simplefilter("ignore")

def on_alarm(signum, frame):
    raise TimeoutError("oracle timeout")

signal.signal(signal.SIGALRM, on_alarm)

def compile_verdict(src):
    if "\0" in src:
        # `python3 FILE`: the tokenizer refuses the line holding the NUL, unless an earlier line fails.
        line = src[: src.index("\0")].count("\n") + 1
        try:
            compile(src[: src.index("\0")].rsplit("\n", 1)[0] if line > 1 else "", "<fuzz>", "exec")
        except SyntaxError as e:
            return {"type": type(e).__name__, "message": e.msg, "line": e.lineno}
        return {"type": "SyntaxError", "message": "source code cannot contain null bytes", "line": line}
    try:
        compile(src, "<fuzz>", "exec")
    except SyntaxError as e:
        return {"type": type(e).__name__, "message": e.msg, "line": e.lineno}
    except (ValueError, MemoryError, RecursionError) as e:
        return {"type": type(e).__name__, "message": str(e), "line": None}
    return None

def run(src):
    syntax = compile_verdict(src)
    if syntax is not None:
        return {"syntax": syntax}
    out = io.StringIO()
    exc = None
    signal.alarm(5)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(src, "<fuzz>", "exec"), {"__name__": "__main__"})
    except TimeoutError:
        exc = {"type": "Timeout", "message": ""}
    except BaseException as e:
        exc = {"type": type(e).__name__, "message": str(e)}
    finally:
        signal.alarm(0)
    return {"stdout": out.getvalue(), "exception": exc}

for line in sys.stdin:
    job = json.loads(line)
    res = compile_verdict(job["src"]) if job["mode"] == "compile" else run(job["src"])
    sys.stdout.write(json.dumps({"result": res}) + "\n")
    sys.stdout.flush()

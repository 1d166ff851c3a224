import logging
import sys
log = logging.getLogger(__name__)
log.info("not shown")
log.warning("last resort %s", 42)
log.error("err")
print(logging.root, log, logging.getLogger("a.b"))
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(5), logging.WARN, logging.FATAL)
logging.warning("module level %d", 3)
logging.info("hidden")
print(logging.root.handlers)
logging.basicConfig(level=logging.DEBUG)
logging.info("still hidden because basicConfig did nothing")
logging.root.setLevel(logging.INFO)
logging.info("now %s", "shown")
logging.debug("dbg")
a = logging.getLogger("a")
ab = logging.getLogger("a.b")
abc = logging.getLogger("a.b.c")
print(abc.parent.name, ab.parent.name, a.parent.name, a.getEffectiveLevel())
a.setLevel("ERROR")
abc.warning("suppressed")
abc.error("abc error %(x)s", {"x": 1})
print(abc, abc.getEffectiveLevel(), abc.isEnabledFor(40))
try:
    a.setLevel("LOUD")
except ValueError as e:
    print(e)
try:
    a.setLevel(1.5)
except TypeError as e:
    print(e)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s - %(levelname)s - %(message)s [%(filename)s:%(lineno)d %(funcName)s %(module)s]"))
x = logging.getLogger("x")
x.addHandler(h)
x.setLevel(logging.DEBUG)
def f():
    x.debug("in f")
f()
x.propagate = False
x.info("no propagate")
print(h, x.handlers, x.hasHandlers())
h2 = logging.StreamHandler(sys.stderr)
h2.setFormatter(logging.Formatter("{levelname:>8} | {message}", style="{"))
y = logging.getLogger("y"); y.addHandler(h2); y.propagate = False
y.warning("brace %s", "style")
h3 = logging.StreamHandler(sys.stdout)
h3.setFormatter(logging.Formatter("$levelname:$message", style="$"))
z = logging.getLogger("z"); z.addHandler(h3); z.propagate = False
z.critical("dollar")
try:
    logging.Formatter("no fields")
except ValueError as e:
    print(e)
try:
    logging.Formatter("x", style="?")
except ValueError as e:
    print(e)
try:
    z.info("x", extra={"message": 1})
except KeyError as e:
    print(e)
z.setLevel(1)
z.log(5, "level five")
try:
    z.log("INFO", "x")
except TypeError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError:
    y.exception("failed")
logging.disable(logging.CRITICAL)
y.critical("disabled")
logging.disable(logging.NOTSET)
y.critical("enabled again")
class F(logging.Filter):
    def filter(self, record):
        return "keep" in record.getMessage()
y.addFilter(F())
y.error("drop me"); y.error("keep me")
print(logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)
try:
    logging.basicConfig(foo=1, force=True)
except ValueError as e:
    print(e)
logging.basicConfig(format="%(levelname)s %(name)s: %(message)s", force=True, stream=sys.stdout)
logging.warning("forced to stdout")
logging.getLogger("tensorflow").setLevel(logging.ERROR)
print(logging.getLogger("tensorflow"))
r = logging.LogRecord("n", 20, "/p/f.py", 3, "m %s", ("a",), None)
print(r, r.getMessage(), r.filename, r.module, r.levelname)
print(logging.Filter("a.b").filter(r), logging.Filter("n").filter(r))
ad = logging.LoggerAdapter(logging.getLogger("ad"), {"k": 1})
print(ad)
ad.warning("adapter")
print(sorted(logging.getLevelNamesMapping().items()))
logging.NullHandler().handle(r)
print(logging.getLogger("q").getChild("r").name)

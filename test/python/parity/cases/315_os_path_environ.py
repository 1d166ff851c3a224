import os, os.path
from os.path import join, split, splitext, basename, dirname, normpath, isabs
print(join("a", "b", "c.txt"), join("/a", "/b", "c"), join("a/", "b"), join("", "x"), join("a", ""), join("a"))
for p in ["/usr/lib/python3.11/os.py", "rel/path/", "file", "/", "//x", ".bashrc", "a/.hidden.tar.gz", "dir.d/file", "a.b.c", "..", "./x/../y//z/."]:
    print(repr(p), split(p), splitext(p), basename(p), dirname(p), normpath(p), isabs(p))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]), os.path.relpath("/a/b/c", "/a/d"))
print(os.path.abspath("/a/./b/../c"), os.path.normcase("A/B"), os.sep, os.name, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep)
try:
    join("a", 3)
except TypeError as e:
    print(e)
os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "0")
print(os.environ["TF_CPP_MIN_LOG_LEVEL"], os.environ.get("CUDA_VISIBLE_DEVICES"), os.getenv("TF_CPP_MIN_LOG_LEVEL"), "TF_CPP_MIN_LOG_LEVEL" in os.environ)
print(os.getenv("SURELY_NOT_SET_ANYWHERE"), os.getenv("SURELY_NOT_SET_ANYWHERE", "dflt"), os.environ.get("SURELY_NOT_SET_ANYWHERE", 5))
try:
    os.environ["X"] = 1
except TypeError as e:
    print(e)
try:
    os.environ["SURELY_NOT_SET_ANYWHERE"]
except KeyError as e:
    print("KeyError", e)
print(os.fspath("p"), os.path.splitext(os.path.basename("/data/model.ckpt-1000.index")))

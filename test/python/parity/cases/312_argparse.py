import argparse
import sys

def attempt(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print("SystemExit", e.code)

p = argparse.ArgumentParser(prog="train.py", description="Train.", epilog="Bye.")
p.add_argument("data_dir")
p.add_argument("extra", nargs="*", help="extra files")
p.add_argument("--batch_size", "-b", type=int, default=32)
p.add_argument("--lr", type=float, default="0.5")
p.add_argument("--mode", choices=["train", "eval"], default="train", help="mode: %(choices)s")
p.add_argument("--fake", action="store_true")
p.add_argument("--no-shuffle", dest="shuffle", action="store_false")
p.add_argument("--tag", action="append")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("-v", action="count")
p.add_argument("--size", nargs=2, type=int, metavar=("H", "W"))
p.add_argument("--opt", nargs="?", const="c", default="d")
p.add_argument("--required-thing", required=True)
p.add_argument("--version", action="version", version="%(prog)s 1.0")
for args in [["d", "--required-thing", "x"],
             ["d", "e1", "e2", "--required-thing=x", "-b", "8", "--lr", "1e-3", "--fake", "--no-shuffle", "--tag", "a", "--tag", "b", "--const", "-vvv", "--size", "3", "4", "--opt"],
             ["--required-thing", "x", "d", "--opt", "val", "--mode", "eval", "-b16"],
             ["--req", "x", "d", "--ba", "3"],
             [], ["d"], ["d", "--required-thing"], ["d", "--required-thing", "x", "--batch_size", "abc"],
             ["d", "--required-thing", "x", "--mode", "predict"], ["d", "--required-thing", "x", "--bogus", "1"],
             ["d", "--required-thing", "x", "--size", "1"], ["d", "--required-thing", "x", "--fake=1"],
             ["d", "--required-thing", "x", "--", "--fake"], ["--version"], ["-h"]]:
    attempt(p, args)
q = argparse.ArgumentParser()
q.add_argument("--data_dir", type=str, default="/tmp/mnist", help="Directory for storing input data")
FLAGS, unparsed = q.parse_known_args()
print(FLAGS, unparsed, q.prog)
FLAGS, unparsed = q.parse_known_args(["--data_dir", "/x", "--extra", "1", "pos"])
print(FLAGS, unparsed)
print(q.add_argument("--n", type=int, help="n"))
print(q)
q.set_defaults(n=5, other="o")
print(q.parse_args([]), q.get_default("n"))
r = argparse.ArgumentParser(prog="r", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
g = r.add_argument_group("model", "Model options.")
g.add_argument("--units", type=int, default=128, help="hidden units")
g.add_argument("--activation", default="relu", help="activation function")
r.add_argument("files", nargs="+", help="input files")
r.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True, help="a flag")
r.print_help()
attempt(r, ["a", "b", "--no-flag", "--units", "7"])
attempt(r, ["--units", "-1", "a"])
attempt(r, ["--u", "3", "a"])
for bad in [lambda: r.add_argument("--units"), lambda: r.add_argument("x", dest="y"), lambda: r.add_argument("--z", type="int"),
            lambda: r.add_argument("--w", action="bogus"), lambda: r.add_argument("--c", nargs=0), lambda: r.add_argument("bad", required=True)]:
    try:
        bad()
    except (argparse.ArgumentError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), "a" in ns, vars(ns))
s = argparse.ArgumentParser(prog="s")
s.add_argument("--flag", type=bool, default=False)
s.add_argument("-x", action="store_true")
s.add_argument("-y", action="store_true")
s.add_argument("num", type=int, nargs="?", default=1)
attempt(s, ["--flag", "False", "-xy", "-5"])
def positive(v):
    v = int(v)
    if v <= 0:
        raise argparse.ArgumentTypeError(f"{v} is not positive")
    return v
s.add_argument("--pos", type=positive)
attempt(s, ["--pos", "0"])
attempt(s, ["--pos", "x"])
long = argparse.ArgumentParser(prog="a_rather_long_program_name_for_testing_usage_wrapping.py")
for name in ["alpha", "beta", "gamma", "delta", "epsilon"]:
    long.add_argument("--" + name + "_option", help="the %s option" % name)
long.add_argument("input")
long.add_argument("outputs", nargs="+")
long.print_usage()
sys.argv = ["prog_from_argv.py", "--data_dir", "/from/argv"]
print(q.parse_known_args(), argparse.ArgumentParser().prog)

import argparse
def attempt(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print("SystemExit", e.code)
p = argparse.ArgumentParser(prog="g")
g = p.add_mutually_exclusive_group()
g.add_argument("--train", action="store_true", help="train")
g.add_argument("--eval", action="store_true", help="evaluate")
p.add_argument("--steps", type=int, default=1)
r = p.add_mutually_exclusive_group(required=True)
r.add_argument("-a", action="store_const", const=1)
r.add_argument("-b", type=int)
p.add_argument("path")
p.print_usage()
p.print_help()
attempt(p, ["-a", "x"])
attempt(p, ["--train", "--eval", "-a", "x"])
attempt(p, ["x"])
attempt(p, ["-a", "-b", "3", "x"])
attempt(p, ["--eval", "-b", "2", "x", "--steps", "5"])
try:
    g.add_argument("pos")
except ValueError as e:
    print(e)

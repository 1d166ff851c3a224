import pprint
config = {"model": {"name": "resnet", "layers": [64, 128, 256, 512], "dropout": 0.5, "activation": "relu"},
          "training": {"batch_size": 32, "epochs": 100, "optimizer": {"type": "adam", "lr": 0.001, "betas": (0.9, 0.999)}},
          "data": ["train.tfrecord", "valid.tfrecord", "test.tfrecord"], 1: "int key", "z": None, "tags": {1, 2, 3}}
pprint.pprint(config)
pprint.pprint(config, width=40)
pprint.pprint(config, indent=4, width=60)
pprint.pprint(config, depth=2)
pprint.pprint(config, sort_dicts=False, width=50)
pprint.pprint(list(range(40)))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), compact=True, width=30, indent=2)
pprint.pprint([("a" * 30, "b" * 30, "c" * 30)])
pprint.pprint(("x" * 100,))
pprint.pprint({"doc": "The quick brown fox jumps over the lazy dog. " * 4})
pprint.pprint("The quick brown fox jumps over the lazy dog. " * 3 + "\nsecond line " * 5)
pprint.pprint([[1, 2, [3, 4, [5, 6, [7, 8]]]]] * 5)
pprint.pprint({(1, 2): [frozenset({3, 4}), set(), frozenset(range(30))]}, width=30)
print(pprint.pformat({"a": 1, "b": [1, 2]}), pprint.saferepr({"b": 1, "a": 2}))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable([1, "x"]), pprint.isreadable(object()))
d = {"k": list(range(30)), "n": {"deep": {"deeper": {"deepest": list(range(25))}}}}
pprint.pprint(d)
pprint.pp(d, width=60)
s = pprint.PrettyPrinter(width=20).pformat([10 ** 20, 3.14159, True, None, "s"])
print(s)
pprint.pprint(10 ** 30, underscore_numbers=True)
pprint.pprint({3: 'a', 'b': 2, 1.5: 'c', None: 0}, width=10)

collections_map = {}
for key, value in [("losses", 1), ("variables", "w"), ("losses", 2), ("summaries", None)]:
    collections_map.setdefault(key, []).append(value)
for key in sorted(collections_map):
    print(key, collections_map[key])
print(list(collections_map.items())[0], next(iter(collections_map)))
print({k: len(v) for k, v in collections_map.items()})
print(sorted(collections_map, key=lambda k: (-len(collections_map[k]), k)))

def load(cfg):
    try:
        return cfg["path"]
    except KeyError as e:
        raise RuntimeError("config is incomplete") from e

print("start")
load({})

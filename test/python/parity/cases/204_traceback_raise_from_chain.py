class ConfigError(Exception):
    pass

def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as err:
        raise ConfigError(f"missing setting {key!r}") from err

def load():
    return read_setting({"a": 1}, "b")

load()

# TF's public API surface (src/shim/surface/: names and signatures from TF 1.15's API goldens) behind
# the shim's `tensorflow` modules: a name TF has but tfscope does not model becomes a stub with TF's
# signature (wrong arguments raise the TypeError CPython would; a well-formed call raises tfscope's
# unsupported error naming it), a name TF lacks is the AttributeError TF raises, and dir() lists what
# TF's module lists.
import sys
import _tf

_ModuleType = type(sys)


def _api_of(shim_name):
    """(api, golden path) of a shim module: `tensorflow.compat.v1.nn` → ("v1", "tensorflow.nn")."""
    rest = shim_name[len("tensorflow"):]
    for api in ("v1", "v2"):
        prefix = ".compat." + api
        if rest == prefix or rest.startswith(prefix + "."):
            return api, "tensorflow" + rest[len(prefix):]
    return ("v2" if _tf.profile() == "2" else "v1"), shim_name


def _tf_module_name(shim_name):
    """The `__name__` TF gives the module, as its AttributeError shows it: the root is `tensorflow`;
    TF 1.15's generated API modules live in `tensorflow_core._api.v1` (api_template_v1.__init__.py),
    TF 2's in `tensorflow._api.v2`."""
    if shim_name == "tensorflow":
        return shim_name
    base = "tensorflow._api.v2" if _tf.profile() == "2" else "tensorflow_core._api.v1"
    return base + shim_name[len("tensorflow"):]


def _public_name(shim_name, name):
    """`tf.nn.conv2d`, `tf.compat.v1.get_variable`: how a user wrote it."""
    return "tf" + shim_name[len("tensorflow"):] + "." + name


def _unsupported_callable(feature, signature, qualname):
    name = qualname.rsplit(".", 1)[-1]

    def stub(*args, **kwargs):
        _tf.api_call(feature, name, signature, args, kwargs)

    stub.__name__ = name
    stub.__qualname__ = qualname
    stub._tfscope_stub = True
    return stub


def _stub_class(feature, api, path, module_name):
    init = _tf.api_member(api, path, "__init__")
    signature = None if init is None else init[1]
    name = path.rsplit(".", 1)[-1]

    def __new__(cls, *args, **kwargs):
        if cls is stub:
            _tf.api_call(feature, name, signature, args, kwargs)
        # A subclass's constructor takes its own arguments: only the gap is certain.
        _tf.unsupported("%s (subclassed by %s)" % (feature, cls.__name__))

    def __init__(self, *args, **kwargs):
        pass

    real = _tf.api_member(api, path, "__class__")
    if real is not None:
        # TF's own class path (its golden's first is_instance), for the class's repr.
        module_name, name_shown = real[1].rsplit(".", 1)
    body = {"__new__": __new__, "__init__": __init__, "__module__": module_name, "_tfscope_stub": True}
    # Its methods exist too (`tf.data.Dataset.from_tensor_slices` is called on the class): each says
    # unsupported, by its full name, rather than a false AttributeError.
    for member in _tf.api_names(api, path):
        info = _tf.api_member(api, path, member)
        if member.startswith("__") or info is None:
            continue
        if info[0] != "f":
            # An enum member (Feature.LISTS), a nested class or a property: it exists, any use is the gap.
            body[member] = _StubValue("%s.%s" % (feature, member))
            continue
        # (Argument binding is left out: the API data drops a method's first parameter, which a staticmethod keeps.)
        body[member] = staticmethod(_unsupported_callable("%s.%s" % (feature, member), None, name + "." + member))
    stub = type(name, (object,), body)
    return stub


def _stub_module(shim_name):
    m = _ModuleType(_tf_module_name(shim_name))

    def __getattr__(name):
        return missing_attribute(shim_name, name, module=m)

    def __dir__():
        return module_dir(shim_name, m.__dict__)

    m.__getattr__ = __getattr__
    m.__dir__ = __dir__
    return m


class _StubValue(object):
    """A TF value tfscope lacks: every use of it raises tfscope's unsupported error naming it."""

    def __init__(self, feature):
        object.__setattr__(self, "_feature", feature)

    def _use(self, *args, **kwargs):
        _tf.unsupported(object.__getattribute__(self, "_feature"))

    def __getattr__(self, name):
        _tf.unsupported(object.__getattribute__(self, "_feature") + "." + name)

    __call__ = __repr__ = __str__ = __bool__ = __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = _use
    __iter__ = __len__ = __contains__ = __getitem__ = __setattr__ = __int__ = __float__ = __index__ = _use
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = _use
    __hash__ = _use


def _stub(shim_name, name, kind, detail):
    api, path = _api_of(shim_name)
    feature = _public_name(shim_name, name)
    if kind == "m":
        if path == "tensorflow.compat" and name in ("v1", "v2"):
            return _stub_module("tensorflow.compat." + name)
        return _stub_module(shim_name + "." + name)
    if kind == "c":
        return _stub_class(feature, api, path + "." + name, _tf_module_name(shim_name))
    if kind == "f":
        return _unsupported_callable(feature, detail, name)
    # A value (a constant, an enum member, a dtype) tfscope does not have: it exists (hasattr is True,
    # as in TF), and any use of it is the gap.
    return _StubValue(feature)


def _member(shim_name, name):
    api, path = _api_of(shim_name)
    if path == "tensorflow.compat" and name in ("v1", "v2"):
        # The goldens leave tf.compat.v1 / v2 out (api_compatibility_test skips them); TF has both.
        return ("m", None)
    return _tf.api_member(api, path, name)


def missing_attribute(shim_name, name, removed=(), module=None):
    """A module `__getattr__` for a name the shim module does not define: TF's member as a stub (kept
    on the module, so it is made once), or TF's AttributeError."""
    member = None if name.startswith("_") or name in removed else _member(shim_name, name)
    if member is None and not name.startswith("_") and name not in removed and not _tf.api_known(*_api_of(shim_name)):
        # A module whose members TF's API goldens do not record (tf.keras.applications): whether TF
        # has the name is not known here, so it is the gap, not an AttributeError.
        _tf.unsupported(_public_name(shim_name, name))
    if member is None:
        raise AttributeError("module '%s' has no attribute '%s'" % (_tf_module_name(shim_name), name))
    value = _stub(shim_name, name, member[0], member[1])
    if module is None:
        module = sys.modules.get(shim_name)
    if module is not None:
        setattr(module, name, value)
    return value


def module_dir(shim_name, namespace):
    """dir() of a TF API module: its public members as TF lists them, and the module's dunders."""
    api, path = _api_of(shim_name)
    names = set(_tf.api_names(api, path))
    if path == "tensorflow.compat":
        names.update(("v1", "v2"))
    names.update(n for n in namespace if n.startswith("__") and n.endswith("__"))
    return sorted(names)


def prune(namespace, shim_name, shared=False):
    """Deletes the public names TF's module lacks (the shim module's imports and helpers), so that
    hasattr and dir agree with TF. A module both API versions reach (`tf.nn` and `tf.compat.v1.nn`
    under TF 2) keeps what either version has."""
    if _tf.profile() == "0.12":
        return
    api, path = _api_of(shim_name)
    keep = set(_tf.api_names(api, path))
    if shared:
        keep.update(_tf.api_names("v2" if api == "v1" else "v1", path))
    for name in [n for n in namespace if not n.startswith("_") and n not in keep]:
        del namespace[name]


def install(module, shared=True):
    """Puts the surface behind a shim submodule (`tf.nn`, `tf.layers`...): TF's other names as stubs,
    TF's AttributeError for the rest, and TF's dir(). Its own __getattr__, if any, is replaced: the
    surface knows every name TF has."""
    if _tf.profile() == "0.12":
        return
    shim_name = module.__name__

    def __getattr__(name):
        return missing_attribute(shim_name, name, module=module)

    def __dir__():
        return module_dir(shim_name, vars(module))

    module.__getattr__ = __getattr__
    module.__dir__ = __dir__

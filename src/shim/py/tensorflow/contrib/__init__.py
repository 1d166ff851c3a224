# tf.contrib (TF 1.x only: api_template_v1.__init__.py's LazyLoader over tensorflow.contrib). tfscope models
# tf.contrib.lookup's tables (contrib/lookup.py), contrib.rnn's core cells, contrib.layers' initializers and
# regularizers (contrib/layers.py); every other contrib name is tfscope's gap, refused by name
# when used, never an AttributeError TF would not raise.
import _tf

if _tf.profile() == "2":
    raise ModuleNotFoundError("No module named 'tensorflow.contrib'")


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError("module 'tensorflow.contrib' has no attribute '%s'" % name)
    if name in ("layers", "lookup", "rnn"):
        import sys
        __import__("tensorflow.contrib." + name)
        return sys.modules["tensorflow.contrib." + name]
    from _tfsurface import _StubValue
    value = _StubValue("tf.contrib." + name)
    globals()[name] = value
    return value

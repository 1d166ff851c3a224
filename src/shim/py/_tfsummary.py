# tf.summary's ops in graph mode (tensorflow/python/summary/summary.py and ops/summary_op_util.py of
# TF 1.15) over the engine's gen_logging_ops (src/tf/ops/logging.ts): the summary_scope naming (tag
# vs op name, family, illegal characters), the SUMMARIES collection, merge and merge_all, and the
# SummaryMetadata that text/tensor_summary serialize into their op.
import re as _re

import _tf
from _tfapi import add_to_collection, executing_eagerly, get_collection, convert_to_tensor, name_scope


class _SummaryKeys(object):
    SUMMARIES = "summaries"


# ---- summary_op_util.py

def collect(val, collections, default_collections):
    if collections is None:
        collections = default_collections
    for key in collections:
        add_to_collection(key, val)


_INVALID_TAG_CHARACTERS = _re.compile(r'[^-/\w\.]')


def clean_tag(name):
    # summary_op_util.py 45-66: tf_logging.info, shown only where INFO is (an IPython kernel).
    if name is not None:
        new_name = _INVALID_TAG_CHARACTERS.sub('_', name)
        new_name = new_name.lstrip('/')
        if new_name != name:
            from _tftf_logging import _log
            _log("INFO", 'Summary name %s is illegal; using %s instead.' % (name, new_name))
            name = new_name
    return name


class summary_scope(object):
    # summary_op_util.py 69-105 (a contextlib.contextmanager yielding (tag, scope)).
    def __init__(self, name, family=None, default_name=None, values=None):
        name = clean_tag(name)
        family = clean_tag(family)
        scope_base_name = name if family is None else '{}/{}'.format(family, name)
        self._family = family
        self._scope = name_scope(scope_base_name, default_name, values)

    def __enter__(self):
        scope = self._scope.__enter__()
        if self._family is None:
            tag = scope.rstrip('/')
        else:
            tag = '{}/{}'.format(self._family, scope.rstrip('/'))
        return (tag, scope)

    def __exit__(self, exc_type, exc_value, tb):
        return self._scope.__exit__(exc_type, exc_value, tb)


# ---- summary.proto's SummaryMetadata, as far as text/tensor_summary serialize it

def _varint(n):
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def _field(number, data):
    return _varint(number * 8 + 2) + _varint(len(data)) + data


def _as_bytes(v):
    return v.encode("utf-8") if isinstance(v, str) else bytes(v)


class _PluginData(object):
    __module__ = "tensorflow.core.framework.summary_pb2"

    def __init__(self, plugin_name="", content=b""):
        self.plugin_name = plugin_name
        self.content = content

    def SerializeToString(self):
        out = b""
        if self.plugin_name:
            out += _field(1, _as_bytes(self.plugin_name))
        if self.content:
            out += _field(2, _as_bytes(self.content))
        return out


class SummaryMetadata(object):
    __module__ = "tensorflow.core.framework.summary_pb2"
    PluginData = _PluginData

    def __init__(self, plugin_data=None, display_name="", summary_description=""):
        self._plugin_data = plugin_data
        self.display_name = display_name
        self.summary_description = summary_description

    @property
    def plugin_data(self):
        if self._plugin_data is None:
            self._plugin_data = _PluginData()
        return self._plugin_data

    def SerializeToString(self):
        # Fields in number order; a set submessage is written even when empty.
        out = b""
        if self._plugin_data is not None:
            out += _field(1, self._plugin_data.SerializeToString())
        if self.display_name:
            out += _field(2, _as_bytes(self.display_name))
        if self.summary_description:
            out += _field(3, _as_bytes(self.summary_description))
        return out


# ---- summary.py (v1)

def scalar(name, tensor, collections=None, family=None):
    with summary_scope(name, family, values=[tensor]) as (tag, scope):
        val = _tf.scalar_summary(tags=tag, values=tensor, name=scope)
        collect(val, collections, [_SummaryKeys.SUMMARIES])
    return val


def image(name, tensor, max_outputs=3, collections=None, family=None):
    with summary_scope(name, family, values=[tensor]) as (tag, scope):
        val = _tf.image_summary(tag=tag, tensor=tensor, max_images=max_outputs, name=scope)
        collect(val, collections, [_SummaryKeys.SUMMARIES])
    return val


def histogram(name, values, collections=None, family=None):
    with summary_scope(name, family, values=[values], default_name='HistogramSummary') as (tag, scope):
        val = _tf.histogram_summary(tag=tag, values=values, name=scope)
        collect(val, collections, [_SummaryKeys.SUMMARIES])
    return val


def audio(name, tensor, sample_rate, max_outputs=3, collections=None, family=None):
    with summary_scope(name, family=family, values=[tensor]) as (tag, scope):
        sample_rate = convert_to_tensor(sample_rate, dtype=_tf.as_dtype("float32"), name='sample_rate')
        val = _tf.audio_summary_v2(tag=tag, tensor=tensor, max_outputs=max_outputs, sample_rate=sample_rate,
                                   name=scope)
        collect(val, collections, [_SummaryKeys.SUMMARIES])
    return val


def text(name, tensor, collections=None):
    if tensor.dtype != _tf.as_dtype("string"):
        raise ValueError('Expected tensor %s to have dtype string, got %s' % (tensor.name, tensor.dtype))
    summary_metadata = SummaryMetadata(plugin_data=SummaryMetadata.PluginData(plugin_name='text'))
    return tensor_summary(name=name, tensor=tensor, summary_metadata=summary_metadata, collections=collections)


def tensor_summary(name, tensor, summary_description=None, collections=None, summary_metadata=None,
                   family=None, display_name=None):
    if summary_metadata is None:
        summary_metadata = SummaryMetadata()
    if not isinstance(summary_metadata, SummaryMetadata):
        _tf.unsupported("tf.summary.tensor_summary(summary_metadata=<a %s>)" % type(summary_metadata).__name__)
    if summary_description is not None:
        summary_metadata.summary_description = summary_description
    if display_name is not None:
        summary_metadata.display_name = display_name
    serialized_summary_metadata = summary_metadata.SerializeToString()
    with summary_scope(name, family, values=[tensor]) as (tag, scope):
        val = _tf.tensor_summary_v2(tensor=tensor, tag=tag, name=scope,
                                    serialized_summary_metadata=serialized_summary_metadata)
        collect(val, collections, [_SummaryKeys.SUMMARIES])
    return val


def merge(inputs, collections=None, name=None):
    if executing_eagerly():
        raise RuntimeError('Merging tf.summary.* ops is not compatible with eager execution. '
                           'Use tf.contrib.summary instead.')
    name = clean_tag(name)
    with name_scope(name, 'Merge', inputs):
        val = _tf.merge_summary(inputs=inputs, name=name)
        collect(val, collections, [])
    return val


def merge_all(key=_SummaryKeys.SUMMARIES, scope=None, name=None):
    if executing_eagerly():
        raise RuntimeError('Merging tf.summary.* ops is not compatible with eager execution. '
                           'Use tf.contrib.summary instead.')
    summary_ops = get_collection(key, scope=scope)
    if not summary_ops:
        return None
    else:
        return merge(summary_ops, name=name)

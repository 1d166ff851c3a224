# tf.Print and tf.print in graph mode (tensorflow/python/ops/logging_ops.py and gen_logging_ops of TF
# 1.15) over the engine's Print / StringFormat / PrintV2 ops (src/tf/ops/logging.ts): the generated
# wrapper's argument checks (_execute.make_str / make_int), tf.Print's deprecation warning, and
# print_v2's template building for tensors and plain Python values.
import sys

import _tf

_PRINTED_WARNING = []


def _deprecation_warning(caller):
    # deprecation.py 306-323 (warn_once): logging.warning with the caller's file and line.
    if _PRINTED_WARNING:
        return
    _PRINTED_WARNING.append(True)
    if _tf.logging_interactive():
        # In an IPython kernel the line goes to the cell's output, naming the cell's generated file.
        _tf.unsupported("tf.Print in a notebook (its deprecation warning names the cell's file)")
    from _tftf_logging import _log
    _log("WARNING", "From %s:%d: Print (from tensorflow.python.ops.logging_ops) is deprecated and will be "
                    "removed after 2018-08-20.\nInstructions for updating:\n%s",
         caller.f_code.co_filename, caller.f_lineno,
         "Use tf.print instead of tf.Print. Note that tf.print returns a no-output operator that directly "
         "prints the output. Outside of defuns or eager mode, this operator will not be executed unless it "
         "is directly specified in session.run or used as a control dependency for other operators. This "
         "is only a concern in graph mode. Below is an example of how to ensure tf.print executes in graph "
         "mode:\n")


def _make_str(v, arg_name):
    if not isinstance(v, (bytes, str)):
        raise TypeError("Expected string for argument '%s' not %s." % (arg_name, repr(v)))
    return v.decode("utf-8") if isinstance(v, bytes) else v


def _make_int(v, arg_name):
    if isinstance(v, str):
        raise TypeError("Expected int for argument '%s' not %s." % (arg_name, repr(v)))
    try:
        return int(v)
    except (ValueError, TypeError):
        raise TypeError("Expected int for argument '%s' not %s." % (arg_name, repr(v)))


def Print(input_, data, message=None, first_n=None, summarize=None, name=None):
    _deprecation_warning(sys._getframe(1))
    if _tf.executing_eagerly():
        _tf.unsupported("tf.Print in eager mode")
    # gen_logging_ops._print (graph mode).
    if message is None:
        message = ""
    message = _make_str(message, "message")
    if first_n is None:
        first_n = -1
    first_n = _make_int(first_n, "first_n")
    if summarize is None:
        summarize = 3
    summarize = _make_int(summarize, "summarize")
    if not isinstance(data, (list, tuple)):
        raise TypeError("Expected list for '%s' argument to '%s' Op, not %s." % ("data", "Print", data))
    return _tf.print_op(input_, list(data), message, first_n, summarize, name)


def _generate_placeholder_string(x, default_placeholder="{}"):
    import random
    placeholder = default_placeholder
    rng = random.Random(5)
    while placeholder in x:
        placeholder = placeholder + str(rng.randint(0, 9))
    return placeholder


def print_v2(*inputs, **kwargs):
    import os
    import pprint
    from _tfcore import Tensor, Variable

    def is_tensor(x):
        # tensor_util.is_tensor: tensors and dense-tensor-likes (variables).
        return isinstance(x, (Tensor, Variable))
    output_stream = kwargs.pop("output_stream", sys.stderr)
    name = kwargs.pop("name", None)
    summarize = kwargs.pop("summarize", 3)
    sep = kwargs.pop("sep", " ")
    end = kwargs.pop("end", os.linesep)
    if kwargs:
        raise ValueError("Unrecognized keyword arguments for tf.print: %s" % kwargs)
    if _tf.executing_eagerly():
        _tf.unsupported("tf.print in eager mode")
    format_name = None
    if name:
        format_name = name + "_format"
    if output_stream is sys.stdout:
        output_stream_string = "stdout"
    elif output_stream is sys.stderr:
        output_stream_string = "stderr"
    elif isinstance(output_stream, str) and output_stream.startswith("file://"):
        output_stream_string = output_stream
    else:
        # tf.logging.info and friends: C++ log lines (a timestamp) outside a notebook.
        _tf.unsupported("tf.print(output_stream=%r)" % (output_stream,))
    for x in inputs:
        if isinstance(x, (list, tuple, dict)) or type(x).__name__ in ("SparseTensor", "SparseTensorValue"):
            _tf.unsupported("tf.print of a %s (nest's structures)" % type(x).__name__)
    if (len(inputs) == 1 and is_tensor(inputs[0]) and inputs[0].shape.ndims == 0
            and inputs[0].dtype == _tf.as_dtype("string")):
        formatted_string = inputs[0]
    else:
        templates = []
        tensors = []
        tensor_free_structure = ["" if is_tensor(x) else x for x in inputs]
        tensor_free_template = " ".join(pprint.pformat(x) for x in tensor_free_structure)
        placeholder = _generate_placeholder_string(tensor_free_template)
        for input_ in inputs:
            if is_tensor(input_):
                tensors.append(input_)
                x = placeholder
            else:
                x = input_
            if isinstance(input_, str):
                cur_template = input_
            else:
                cur_template = pprint.pformat(x)
            templates.append(cur_template)
        template = sep.join(templates)
        template = template.replace("'" + placeholder + "'", placeholder)
        # string_ops.string_format: the counts match by construction.
        formatted_string = _tf.string_format(tensors, template, placeholder, _make_int(summarize, "summarize"),
                                             format_name)
    return _tf.print_v2(formatted_string, output_stream_string, end, name)

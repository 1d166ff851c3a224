# tf.summary.FileWriter in graph mode (tensorflow/python/summary/writer/writer.py and
# event_file_writer.py of TF 1.15) over the files this run wrote (_tfscope_files): the logdir is made
# as gfile.MakeDirs makes it; the event file is not modelled (its name, events.out.tfevents.<time>.
# <host>, is the machine's and the time's, and it appears when TF's writer thread first writes), which
# the report notes; reading event files back is refused (tf.train.summary_iterator is not modelled).
import _tf
import _tfscope_files

# The collection keys with a registered to_proto function (variables.py, resource_variable_ops.py,
# saver.py, queue_runner_impl.py, control_flow_ops.py): create_meta_graph_def serializes their items.
_TO_PROTO_KEYS = ("variables", "trainable_variables", "moving_average_variables", "local_variables",
                  "model_variables", "global_step", "metric_variables", "savers", "queue_runners",
                  "cond_context", "while_context")


def _make_logdir(logdir):
    # EventFileWriter.__init__: `if not gfile.IsDirectory(logdir): gfile.MakeDirs(logdir)`. On the
    # reader's disk the path is taken to name a directory, or nothing (as os.makedirs(exist_ok=True)).
    import os.path
    if _tfscope_files.state(logdir) == "unknown" and _tfscope_files.makes_top_level_dir(logdir):
        _tf.unsupported("tf.summary.FileWriter(%r) (the filesystem: permission to make a directory in /)" % logdir)
    head = logdir
    while head and head not in ("/", "."):
        if _tfscope_files.state(head) == "file":
            _tf.unsupported("tf.summary.FileWriter(%r) over a file this run wrote" % logdir)
        head = os.path.dirname(head)
    _tfscope_files.mark_dirs(logdir)


def _check_meta_graph_collections(graph):
    # meta_graph.py add_collection_def: a collection whose items it cannot serialize is logged
    # ("Issue encountered when serializing ...") and dropped; tfscope refuses rather than guess the line.
    for key in graph.get_all_collection_keys():
        items = graph.get_collection(key)
        if key in _TO_PROTO_KEYS or not items:
            continue
        first = items[0]
        if isinstance(first, (str, bytes)):
            ok = all(isinstance(x, (str, bytes)) for x in items)
        elif isinstance(first, (int, float)):
            ok = all(isinstance(x, type(first)) for x in items)
        else:
            ok = all(hasattr(x, "name") for x in items)
        if not ok:
            _tf.unsupported("tf.summary.FileWriter(graph=...) with collection %r (export_meta_graph's "
                            "serialization warning)" % (key,))


class FileWriter(object):
    __module__ = "tensorflow.python.summary.writer.writer"

    def __init__(self, logdir, graph=None, max_queue=10, flush_secs=120, graph_def=None,
                 filename_suffix=None, session=None):
        from _tfapi import executing_eagerly
        if executing_eagerly():
            raise RuntimeError("tf.summary.FileWriter is not compatible with eager execution. "
                               "Use tf.contrib.summary instead.")
        if session is not None:
            _tf.unsupported("tf.summary.FileWriter(session=...) (EventFileWriterV2)")
        self._logdir = str(logdir)
        _make_logdir(self._logdir)
        import _tfscope_notes
        _tfscope_notes.note("tf.summary.FileWriter(%r) writes an event file there; tfscope made the directory "
                            "but models no event file" % (logdir,))
        self._closed = False
        self._seen_summary_tags = set()
        if graph is not None or graph_def is not None:
            self.add_graph(graph=graph, graph_def=graph_def)
            _check_meta_graph_collections(graph if graph is not None else graph_def)

    def __enter__(self):
        return self

    def __exit__(self, unused_type, unused_value, unused_traceback):
        self.close()

    def get_logdir(self):
        return self._logdir

    def _warn_if_event_writer_is_closed(self):
        if self._closed:
            # warnings.warn from writer.py: the line names TF's installed file.
            _tf.unsupported("using a closed tf.summary.FileWriter (its UserWarning names TF's writer.py)")

    def add_summary(self, summary, global_step=None):
        if isinstance(summary, bytes):
            if not _tf.summary_parses(summary):
                _tf.unsupported("tf.summary.FileWriter.add_summary of bytes that are no Summary (protobuf's DecodeError)")
        else:
            for _ in summary.value:
                pass
        self._warn_if_event_writer_is_closed()

    def add_graph(self, graph, global_step=None, graph_def=None):
        from _tfcore import Graph
        if graph is not None and graph_def is not None:
            raise ValueError("Please pass only graph, or graph_def (deprecated), but not both.")
        if isinstance(graph, Graph) or isinstance(graph_def, Graph):
            if not isinstance(graph, Graph):
                from _tftf_logging import _log
                _log("WARNING", "When passing a `Graph` object, please use the `graph` named argument instead "
                                "of `graph_def`.")
        elif type(graph).__name__ == "GraphDef" or type(graph_def).__name__ == "GraphDef":
            _tf.unsupported("tf.summary.FileWriter.add_graph of a GraphDef")
        else:
            raise TypeError("The passed graph must be an instance of `Graph` or the deprecated `GraphDef`")
        self._warn_if_event_writer_is_closed()

    def add_meta_graph(self, meta_graph_def, global_step=None):
        _tf.unsupported("tf.summary.FileWriter.add_meta_graph")

    def add_session_log(self, session_log, global_step=None):
        _tf.unsupported("tf.summary.FileWriter.add_session_log")

    def add_run_metadata(self, run_metadata, tag, global_step=None):
        _tf.unsupported("tf.summary.FileWriter.add_run_metadata")

    def add_event(self, event):
        _tf.unsupported("tf.summary.FileWriter.add_event")

    def flush(self):
        self._warn_if_event_writer_is_closed()

    def close(self):
        self._closed = True

    def reopen(self):
        self._closed = False

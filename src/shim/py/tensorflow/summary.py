# tf.summary: FileWriter accepts a graph and writes nothing (tfscope never touches the file system);
# it says so in the report (_tfscope_notes), never silently.


class FileWriter(object):
    def __init__(self, logdir, graph=None, max_queue=10, flush_secs=120, graph_def=None,
                 filename_suffix=None, session=None):
        self._logdir = logdir
        import _tfscope_notes
        _tfscope_notes.note("tf.summary.FileWriter(%r) writes an event file there; tfscope writes no files" % (logdir,))

    def add_graph(self, graph, global_step=None, graph_def=None):
        pass

    def add_summary(self, summary, global_step=None):
        pass

    def flush(self):
        pass

    def close(self):
        pass

    def get_logdir(self):
        return self._logdir

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.close()
        return False


import _tf

if _tf.profile() != "2":
    # summary.py's v1 functions (tf.summary.* in TF 1.15; TF 2's tf.summary is another API).
    from _tfsummary import scalar, image, histogram, audio, text, tensor_summary, merge, merge_all
    from _tfsummary import SummaryMetadata


def __getattr__(name):
    from _tfcore import _missing_attribute
    _missing_attribute("tensorflow.summary", name)

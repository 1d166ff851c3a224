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
    def merge_all(key="summaries", scope=None, name=None):
        # summary.py merge_all (TF 1.15): None when the collection holds no summary ops.
        from _tfapi import executing_eagerly, get_collection
        if executing_eagerly():
            raise RuntimeError("Merging tf.summary.* ops is not compatible with eager execution. "
                               "Use tf.contrib.summary instead.")
        summary_ops = get_collection(key, scope=scope)
        if not summary_ops:
            return None
        _tf.unsupported("tf.summary.merge")


def __getattr__(name):
    from _tfcore import _missing_attribute
    _missing_attribute("tensorflow.summary", name)

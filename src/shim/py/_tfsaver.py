# tf.train.Saver and the checkpoint helpers (training/saver.py, training/checkpoint_management.py,
# training/saving/saveable_object_util.py of TF 1.15), over the files this run wrote (_tfscope_files).
# The graph comes from the engine (src/tf/train/saver.ts); this module keeps TF's Python: the var_list
# rules and their errors, save() and restore() with their paths, the `checkpoint` state file in text
# format, max_to_keep, and the logging lines. A checkpoint or state file this run did not write is the
# reader's disk: refused, never guessed.
import _tf
import _tfscope_files
from _tfproto import _Message, _INT, _FLOAT, _BOOL, _STR


class SaverDef(_Message):
    # tensorflow/core/protobuf/saver.proto
    __module__ = "tensorflow.core.protobuf.saver_pb2"
    LEGACY = 0
    V1 = 1
    V2 = 2
    _FIELDS = {
        "filename_tensor_name": (1, _STR, ""),
        "save_tensor_name": (2, _STR, ""),
        "restore_op_name": (3, _STR, ""),
        "max_to_keep": (4, _INT, 0),
        "sharded": (5, _BOOL, False),
        "keep_checkpoint_every_n_hours": (6, _FLOAT, 0.0),
        "version": (7, ("enum", {0: "LEGACY", 1: "V1", 2: "V2"}), 0),
    }


class CheckpointState(_Message):
    # tensorflow/python/training/checkpoint_state.proto
    __module__ = "tensorflow.python.training.checkpoint_state_pb2"
    _FIELDS = {
        "model_checkpoint_path": (1, _STR, ""),
        "all_model_checkpoint_paths": (2, ("repeated", _STR), None),
        "all_model_checkpoint_timestamps": (3, ("repeated", _FLOAT), None),
        "last_preserved_timestamp": (4, _FLOAT, 0.0),
    }


from _tftf_logging import _log  # noqa: E402  (TF's log lines: tf_logging.py)


# ---- the run's files

def _state(path, what):
    s = _tfscope_files.state(path)
    if s == "unknown":
        _tf.unsupported("%s (the filesystem: %r is not a file this run wrote)" % (what, path))
    return s


def _no_glob(path, what):
    for c in "*?[":
        if c in path:
            _tf.unsupported("%s of a path with glob characters (%r)" % (what, path))


def _is_directory(path):
    # Env::IsDirectory: stat("") fails, so "" is not a directory.
    if not path:
        return False
    return _state(path, "gfile.IsDirectory(%r)" % path) == "dir"


def _relpath(path, start):
    # posixpath.relpath of two relative paths: exact when the working directory cancels out (it is
    # stood in by directories no result may name).
    import os.path
    cwd = "/" + "/".join("__tfscope_cwd%d" % i for i in range(32))
    p = os.path.normpath(os.path.join(cwd, path))
    s = os.path.normpath(os.path.join(cwd, start))
    out = os.path.relpath(p, s)
    if "__tfscope_cwd" in out:
        _tf.unsupported("os.path.relpath(%r, %r) (the working directory)" % (path, start))
    return out


def _c_escape(s):
    # protobuf text_encoding.CEscape(as_utf8=False) of the UTF-8 bytes.
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif c in "\"'\\":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "".join(out)


def _c_unescape(s):
    raw = bytearray()
    i = 0
    simple = {"n": 10, "r": 13, "t": 9, "\"": 34, "'": 39, "\\": 92}
    while i < len(s):
        c = s[i]
        if c != "\\":
            raw.extend(c.encode("utf-8"))
            i += 1
        elif s[i + 1:i + 2] in simple:
            raw.append(simple[s[i + 1]])
            i += 2
        elif s[i + 1:i + 4].isdigit() and len(s[i + 1:i + 4]) == 3:
            raw.append(int(s[i + 1:i + 4], 8))
            i += 4
        else:
            return None
    return raw.decode("utf-8")


def _checkpoint_text(ckpt):
    # text_format.MessageToString(CheckpointState): fields in number order, strings C-escaped.
    lines = ['model_checkpoint_path: "%s"' % _c_escape(ckpt.model_checkpoint_path)]
    lines += ['all_model_checkpoint_paths: "%s"' % _c_escape(p) for p in ckpt.all_model_checkpoint_paths]
    return "".join(line + "\n" for line in lines)


def _parse_checkpoint_text(text, where):
    ckpt = CheckpointState()
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        key, sep, value = line.partition(":")
        value = value.strip()
        s = _c_unescape(value[1:-1]) if len(value) >= 2 and value[0] == value[-1] == '"' else None
        if not sep or s is None or key not in ("model_checkpoint_path", "all_model_checkpoint_paths"):
            _tf.unsupported("reading the checkpoint state file %r (text tfscope does not parse)" % where)
        if key == "model_checkpoint_path":
            ckpt.model_checkpoint_path = s
        else:
            ckpt.all_model_checkpoint_paths.append(s)
    return ckpt


# ---- checkpoint_management.py

def _GetCheckpointFilename(save_dir, latest_filename):
    import os.path
    if latest_filename is None:
        latest_filename = "checkpoint"
    return os.path.join(save_dir, latest_filename)


def generate_checkpoint_state_proto(save_dir, model_checkpoint_path, all_model_checkpoint_paths=None,
                                    all_model_checkpoint_timestamps=None, last_preserved_timestamp=None):
    import os.path
    if all_model_checkpoint_timestamps is not None or last_preserved_timestamp is not None:
        _tf.unsupported("generate_checkpoint_state_proto with timestamps")
    if all_model_checkpoint_paths is None:
        all_model_checkpoint_paths = []
    if not all_model_checkpoint_paths or all_model_checkpoint_paths[-1] != model_checkpoint_path:
        _log("INFO", "%s is not in all_model_checkpoint_paths. Manually adding it.", model_checkpoint_path)
        all_model_checkpoint_paths.append(model_checkpoint_path)
    if not os.path.isabs(save_dir):
        if not os.path.isabs(model_checkpoint_path):
            model_checkpoint_path = _relpath(model_checkpoint_path, save_dir)
        for i, p in enumerate(all_model_checkpoint_paths):
            if not os.path.isabs(p):
                all_model_checkpoint_paths[i] = _relpath(p, save_dir)
    return CheckpointState(model_checkpoint_path=model_checkpoint_path,
                           all_model_checkpoint_paths=all_model_checkpoint_paths)


def _update_checkpoint_state_internal(save_dir, model_checkpoint_path, all_model_checkpoint_paths=None,
                                      latest_filename=None, save_relative_paths=False):
    import os.path
    coord_checkpoint_filename = _GetCheckpointFilename(save_dir, latest_filename)
    if save_relative_paths:
        rel = _relpath(model_checkpoint_path, save_dir) if os.path.isabs(model_checkpoint_path) else model_checkpoint_path
        rels = [(_relpath(p, save_dir) if os.path.isabs(p) else p) for p in all_model_checkpoint_paths]
        ckpt = generate_checkpoint_state_proto(save_dir, rel, all_model_checkpoint_paths=rels)
    else:
        ckpt = generate_checkpoint_state_proto(save_dir, model_checkpoint_path,
                                               all_model_checkpoint_paths=all_model_checkpoint_paths)
    if coord_checkpoint_filename == ckpt.model_checkpoint_path:
        raise RuntimeError("Save path '%s' conflicts with path used for checkpoint state.  Please use a "
                           "different save path." % model_checkpoint_path)
    _tfscope_files.write_text(coord_checkpoint_filename, _checkpoint_text(ckpt))


def update_checkpoint_state(save_dir, model_checkpoint_path, all_model_checkpoint_paths=None, latest_filename=None,
                            all_model_checkpoint_timestamps=None, last_preserved_timestamp=None):
    _tf.unsupported("tf.train.update_checkpoint_state (its deprecation warning)")


def get_checkpoint_state(checkpoint_dir, latest_filename=None):
    import os.path
    coord_checkpoint_filename = _GetCheckpointFilename(checkpoint_dir, latest_filename)
    s = _state(coord_checkpoint_filename, "tf.train.get_checkpoint_state(%r)" % checkpoint_dir)
    if s == "absent":
        return None
    if s == "dir":
        _tf.unsupported("tf.train.get_checkpoint_state of a directory named like its state file")
    ckpt = _parse_checkpoint_text(_tfscope_files.read_text(coord_checkpoint_filename), coord_checkpoint_filename)
    if not ckpt.model_checkpoint_path:
        raise ValueError("Invalid checkpoint state loaded from " + checkpoint_dir)
    if not os.path.isabs(ckpt.model_checkpoint_path):
        ckpt.model_checkpoint_path = os.path.join(checkpoint_dir, ckpt.model_checkpoint_path)
    paths = ckpt.all_model_checkpoint_paths
    for i, p in enumerate(paths):
        if not os.path.isabs(p):
            paths[i] = os.path.join(checkpoint_dir, p)
    return ckpt


def _matches(path, what):
    # file_io.get_matching_files of a path without glob characters: whether that file exists.
    _no_glob(path, what)
    return _state(path, what) != "absent"


def latest_checkpoint(checkpoint_dir, latest_filename=None):
    ckpt = get_checkpoint_state(checkpoint_dir, latest_filename)
    if ckpt and ckpt.model_checkpoint_path:
        prefix = ckpt.model_checkpoint_path
        what = "tf.train.latest_checkpoint(%r)" % checkpoint_dir
        if _matches(prefix + ".index", what) or _matches(prefix, what):
            return prefix
        _log("ERROR", "Couldn't match files for checkpoint %s", prefix)
    return None


def _checkpoint_exists_internal(checkpoint_prefix, what):
    return _matches(checkpoint_prefix + ".index", what) or _matches(checkpoint_prefix, what)


def meta_graph_filename(checkpoint_filename, meta_graph_suffix="meta"):
    import re
    basename = re.sub(r"-[\d\?]+-of-\d+$", "", checkpoint_filename)
    return "%s.%s" % (basename, meta_graph_suffix)


def _remove_checkpoint(checkpoint_prefix, meta_graph_suffix="meta"):
    # remove_checkpoint (V2): the meta graph, the index and the data files, where they exist.
    for path in (meta_graph_filename(checkpoint_prefix, meta_graph_suffix), checkpoint_prefix + ".index",
                 checkpoint_prefix + ".data-00000-of-00001"):
        if _tfscope_files.state(path) != "unknown":
            _tfscope_files.remove(path)
        else:
            _tf.unsupported("deleting old checkpoint file %r, which this run did not write" % path)


# ---- saveable_object_util.py

def _is_variable(v):
    from _tfvariables import Variable
    return isinstance(v, Variable)


def _op_list_to_dict(op_list):
    if not isinstance(op_list, (list, tuple, set)):
        raise TypeError("Variables to save should be passed in a dict or a list: %s" % (op_list,))
    op_list = sorted(op_list, key=lambda x: x.name)
    names_to_saveables = {}
    for var in op_list:
        if not _is_variable(var):
            _tf.unsupported("tf.train.Saver of a %s in var_list (a Tensor or SaveableObject)" % type(var).__name__)
        if _tf.executing_eagerly():
            _tf.unsupported("tf.train.Saver under eager execution")
        if type(var).__name__ == "PartitionedVariable" or getattr(var, "_save_slice_info", None):
            _tf.unsupported("tf.train.Saver of a partitioned variable")
        if var.op.type == "ReadVariableOp":
            name = var.op.inputs[0].op.name
        else:
            name = var.op.name
        if name in names_to_saveables:
            raise ValueError("At least two variables have the same name: %s" % name)
        names_to_saveables[name] = var
    return names_to_saveables


def _validate_and_slice_inputs(names_to_saveables):
    if not isinstance(names_to_saveables, dict):
        names_to_saveables = _op_list_to_dict(names_to_saveables)
    saveables = []
    seen_ops = []
    for name, op in sorted(names_to_saveables.items(), key=lambda x: x[0]):
        if not isinstance(name, str):
            raise TypeError("names_to_saveables must be a dict mapping string names to trackable operations. "
                            "Name is not a string: %s" % name)
        if isinstance(op, (list, tuple)) or type(op).__name__ == "PartitionedVariable":
            _tf.unsupported("tf.train.Saver of a partitioned variable (a list of slices)")
        if not _is_variable(op):
            _tf.unsupported("tf.train.Saver({%r: <a %s>}) (a Tensor or SaveableObject)" % (name, type(op).__name__))
        key = op.op
        if any(key is s for s in seen_ops):
            raise ValueError("The same saveable will be restored with two names: %s" % name)
        saveables.append((name, op))
        seen_ops.append(key)
    return saveables


# ---- saver.py

def _session_types():
    from _tfcore import Session
    return (Session,)


def _wrap_restore_error_with_msg(err, extra_verbiage):
    err_msg = ("Restoring from checkpoint failed. This is most likely "
               "due to {} from the checkpoint. Please ensure that you "
               "have not altered the graph expected based on the checkpoint. "
               "Original error:\n\n{}").format(extra_verbiage, err.message)
    # err.node_def read lazily from err.op, as the new error does too.
    return err.__class__(err._node_def, err.op, err_msg)


class Saver(object):
    __module__ = "tensorflow.python.training.saver"

    def __init__(self, var_list=None, reshape=False, sharded=False, max_to_keep=5,
                 keep_checkpoint_every_n_hours=10000.0, name=None, restore_sequentially=False,
                 saver_def=None, builder=None, defer_build=False, allow_empty=False,
                 write_version=SaverDef.V2, pad_step_number=False, save_relative_paths=False, filename=None):
        if defer_build and var_list:
            raise ValueError("If `var_list` is provided then build cannot be deferred. "
                             "Either set defer_build=False or var_list=None.")
        if _tf.executing_eagerly():
            _tf.unsupported("tf.train.Saver under eager execution")
        for arg, value, default in (("sharded", sharded, False), ("saver_def", saver_def, None),
                                    ("builder", builder, None), ("write_version", write_version, SaverDef.V2),
                                    ("reshape", reshape, False)):
            if value != default:
                _tf.unsupported("tf.train.Saver(%s=%r)" % (arg, value))
        # keep_checkpoint_every_n_hours: a checkpoint is kept when it is that much newer than the last kept
        # one; a document runs for seconds, so only a period under a minute could keep one.
        if keep_checkpoint_every_n_hours * 3600 < 60:
            _tf.unsupported("tf.train.Saver(keep_checkpoint_every_n_hours=%r) (the clock)" % keep_checkpoint_every_n_hours)
        self._var_list = var_list
        self._reshape = reshape
        self._sharded = sharded
        self._max_to_keep = max_to_keep
        self._keep_checkpoint_every_n_hours = keep_checkpoint_every_n_hours
        self._name = name
        self._restore_sequentially = restore_sequentially
        self.saver_def = saver_def
        self._builder = builder
        self._is_built = False
        self._allow_empty = allow_empty
        self._is_empty = None
        self._write_version = write_version
        self._pad_step_number = pad_step_number
        self._filename = filename
        self._last_checkpoints = []
        self._checkpoints_to_be_deleted = []
        if not defer_build:
            self.build()
        self._save_relative_paths = save_relative_paths
        self._object_restore_saver = None

    def build(self):
        if _tf.executing_eagerly():
            raise RuntimeError("Use save/restore instead of build in eager mode.")
        self._build(self._filename, build_save=True, build_restore=True)

    def _build(self, checkpoint_path, build_save, build_restore):
        if self._is_built:
            return
        self._is_built = True
        if self._var_list is None:
            import tensorflow as tf
            if tf.get_collection("saveable_objects"):
                _tf.unsupported("tf.train.Saver of the SAVEABLE_OBJECTS collection")
            self._var_list = tf.global_variables()
        # `not var_list`: a RefVariable has no __bool__ of its own in TF 1.15 (Tensor's is not among
        # the operators variables.py overloads), so a lone variable is truthy there.
        if not _is_variable(self._var_list) and not self._var_list:
            if self._allow_empty:
                self._is_empty = True
                return
            raise ValueError("No variables to save")
        self._is_empty = False
        saveables = _validate_and_slice_inputs(self._var_list)
        max_to_keep = 0 if self._max_to_keep is None else self._max_to_keep
        filename_tensor, save_tensor, restore_op = _tf.saver_build(saveables, self._name, checkpoint_path, False)
        self.saver_def = SaverDef(filename_tensor_name=filename_tensor.name, save_tensor_name=save_tensor.name,
                                  restore_op_name=restore_op.name, max_to_keep=max_to_keep, sharded=self._sharded,
                                  keep_checkpoint_every_n_hours=self._keep_checkpoint_every_n_hours,
                                  version=self._write_version)

    def as_saver_def(self):
        return self.saver_def

    def to_proto(self, export_scope=None):
        if export_scope is not None:
            _tf.unsupported("Saver.to_proto(export_scope=...)")
        return self.saver_def

    @property
    def last_checkpoints(self):
        return list(p[0] for p in self._last_checkpoints)

    def set_last_checkpoints(self, last_checkpoints):
        assert isinstance(last_checkpoints, list)
        self._last_checkpoints = [(s, None) for s in last_checkpoints]

    def set_last_checkpoints_with_time(self, last_checkpoints_with_time):
        _tf.unsupported("Saver.set_last_checkpoints_with_time (the clock)")

    def recover_last_checkpoints(self, checkpoint_paths):
        _tf.unsupported("Saver.recover_last_checkpoints (file modification times)")

    def _RecordLastCheckpoint(self, latest_save_path):
        if not self.saver_def.max_to_keep:
            return
        for p in self._last_checkpoints:
            if latest_save_path == p[0]:
                self._last_checkpoints.remove(p)
        # The time is never read: with keep_checkpoint_every_n_hours of a minute or more no old
        # checkpoint is kept for its age (see __init__).
        self._last_checkpoints.append((latest_save_path, None))
        if len(self._last_checkpoints) > self.saver_def.max_to_keep:
            self._checkpoints_to_be_deleted.append(self._last_checkpoints.pop(0))

    def _MaybeDeleteOldCheckpoints(self, meta_graph_suffix="meta"):
        if self._checkpoints_to_be_deleted:
            p = self._checkpoints_to_be_deleted.pop(0)
            _remove_checkpoint(p[0], meta_graph_suffix)

    def save(self, sess, save_path, global_step=None, latest_filename=None, meta_graph_suffix="meta",
             write_meta_graph=True, write_state=True, strip_default_attrs=False, save_debug_info=False):
        import os.path
        import tensorflow as tf
        if not self._is_built:
            raise RuntimeError("`build()` should be called before save if defer_build==True")
        if latest_filename is None:
            latest_filename = "checkpoint"
        if os.path.split(latest_filename)[0]:
            raise ValueError("'latest_filename' must not contain path components")
        if global_step is not None:
            # compat.integral_types: (int, np.integer)
            np_int = type(global_step).__module__ == "numpy" and type(global_step).__name__ in (
                "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "longlong", "ulonglong")
            if not isinstance(global_step, int) and not np_int:
                from _tftrain import global_step as _global_step
                global_step = _global_step(sess, global_step)
            checkpoint_file = "%s-%d" % (save_path, global_step)
            if self._pad_step_number:
                checkpoint_file = "%s-%s" % (save_path, "{:08d}".format(global_step))
        else:
            checkpoint_file = save_path
            if os.path.basename(save_path) == latest_filename and not self._sharded:
                raise ValueError("'latest_filename' collides with 'save_path': '%s' and '%s'" %
                                 (latest_filename, save_path))
        if not isinstance(sess, _session_types()):
            raise TypeError("'sess' must be a Session; %s" % (sess,))
        save_path_parent = os.path.dirname(save_path)
        if not self._is_empty:
            try:
                model_checkpoint_path = sess.run(self.saver_def.save_tensor_name,
                                                 {self.saver_def.filename_tensor_name: checkpoint_file})
                model_checkpoint_path = model_checkpoint_path.decode("utf-8")
                if write_state:
                    self._RecordLastCheckpoint(model_checkpoint_path)
                    _update_checkpoint_state_internal(save_dir=save_path_parent,
                                                      model_checkpoint_path=model_checkpoint_path,
                                                      all_model_checkpoint_paths=self.last_checkpoints,
                                                      latest_filename=latest_filename,
                                                      save_relative_paths=self._save_relative_paths)
                    self._MaybeDeleteOldCheckpoints(meta_graph_suffix=meta_graph_suffix)
            except (tf.errors.FailedPreconditionError, tf.errors.NotFoundError) as exc:
                if not _is_directory(save_path_parent):
                    exc = ValueError("Parent directory of {} doesn't exist, can't save.".format(save_path))
                raise exc
        if write_meta_graph:
            meta_graph_filename_ = meta_graph_filename(checkpoint_file, meta_graph_suffix=meta_graph_suffix)
            with sess.graph.as_default():
                self.export_meta_graph(meta_graph_filename_, strip_default_attrs=strip_default_attrs,
                                       save_debug_info=save_debug_info)
        if self._is_empty:
            return None
        return model_checkpoint_path

    def export_meta_graph(self, filename=None, collection_list=None, as_text=False, export_scope=None,
                          clear_devices=False, clear_extraneous_savers=False, strip_default_attrs=False,
                          save_debug_info=False):
        if filename is None or collection_list is not None or as_text or export_scope is not None or \
                clear_devices or clear_extraneous_savers or save_debug_info:
            _tf.unsupported("Saver.export_meta_graph of a MetaGraphDef tfscope returns or writes as text")
        _check_collections()
        import os.path
        parent = os.path.dirname(filename)
        if parent and _state(parent, "writing the meta graph %r" % filename) != "dir":
            _tf.unsupported("writing the meta graph %r into a missing directory" % filename)
        _tfscope_files.write_opaque(filename, "a TensorFlow MetaGraphDef")
        return None

    def restore(self, sess, save_path):
        import tensorflow as tf
        if self._is_empty:
            return
        if save_path is None:
            raise ValueError("Can't load save_path when it is None.")
        checkpoint_prefix = save_path.decode("utf-8") if isinstance(save_path, bytes) else str(save_path)
        what = "Saver.restore(sess, %r)" % checkpoint_prefix
        if not _checkpoint_exists_internal(checkpoint_prefix, what):
            raise ValueError("The passed save_path is not a valid checkpoint: " + checkpoint_prefix)
        if _tfscope_files.state(checkpoint_prefix + ".index") != "file":
            _tf.unsupported("restoring the checkpoint %r, which this run did not write (its contents are unknown)"
                            % checkpoint_prefix)
        _log("INFO", "Restoring parameters from %s", checkpoint_prefix)
        try:
            sess.run(self.saver_def.restore_op_name, {self.saver_def.filename_tensor_name: save_path})
        except tf.errors.NotFoundError as err:
            # object_graph_key_mapping finds no object graph in a name-based checkpoint either.
            raise _wrap_restore_error_with_msg(err, "a Variable name or other graph key that is missing")
        except tf.errors.InvalidArgumentError as err:
            raise _wrap_restore_error_with_msg(err, "a mismatch between the current graph and the graph")

    @staticmethod
    def from_proto(saver_def, import_scope=None):
        _tf.unsupported("tf.train.Saver.from_proto")


def _check_collections():
    # meta_graph.add_collection_def logs a warning for a collection it cannot serialize; tfscope writes
    # the MetaGraphDef only when every collection holds what serializes without one.
    import tensorflow as tf
    from _tfcore import Tensor, Operation
    from _tfvariables import Variable
    g = tf.get_default_graph()
    for key in g.get_all_collection_keys():
        items = g.get_collection(key)
        for x in items:
            if not isinstance(x, (Tensor, Operation, Variable, Saver)):
                _tf.unsupported("Saver.save writing the MetaGraphDef of collection %r (it holds a %s)"
                                % (key, type(x).__name__))


def import_meta_graph(meta_graph_or_file, clear_devices=False, import_scope=None, **kwargs):
    _tf.unsupported("tf.train.import_meta_graph (rebuilding a graph from a MetaGraphDef)")


def export_meta_graph(filename=None, **kwargs):
    _tf.unsupported("tf.train.export_meta_graph")


def checkpoint_exists(checkpoint_prefix):
    _tf.unsupported("tf.train.checkpoint_exists (its deprecation warning)")

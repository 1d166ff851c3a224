# tf.gfile (lib/io/file_io.py of TF 1.15) over the files this run wrote (_tfscope_files): what the run
# wrote, made or removed is answered exactly, with TF's errors; a path on the reader's disk is refused.
import _tf
import _tfscope_files


def _state(name, path):
    path = path.decode("utf-8") if isinstance(path, bytes) else path
    s = _tfscope_files.state(path)
    if s == "unknown":
        _tf.unsupported("tf.gfile.%s (the filesystem)" % name)
    return s


def _not_found(message):
    import tensorflow as tf
    return tf.errors.NotFoundError(None, None, message)


def Exists(filename):
    # file_exists: FileExists's NotFound is False.
    return _state("Exists", filename) != "absent"


def IsDirectory(dirname):
    # Env::IsDirectory stats the path: "" is no directory.
    if not dirname:
        return False
    return _state("IsDirectory", dirname) == "dir"


def MakeDirs(dirname):
    # recursive_create_dir: Env::RecursivelyCreateDir makes what is missing; a file in the way fails.
    import os.path
    head = dirname
    while head and head not in ("/", "."):
        if _tfscope_files.state(head) == "file":
            _tf.unsupported("tf.gfile.MakeDirs over a file this run wrote")
        head = os.path.dirname(head)
    _tfscope_files.mark_dirs(dirname)


def MkDir(dirname):
    import os.path
    s = _state("MkDir", dirname)
    if s != "absent":
        _tf.unsupported("tf.gfile.MkDir of an existing path (AlreadyExistsError)")
    parent = _state("MkDir", os.path.dirname(dirname) or ".")
    if parent == "absent":
        raise _not_found("%s; No such file or directory" % dirname)
    if parent != "dir":
        _tf.unsupported("tf.gfile.MkDir under a file")
    _tfscope_files.mark_dirs(dirname)


def Remove(filename):
    # delete_file: PosixFileSystem::DeleteFile's IOError(fname, ENOENT).
    s = _state("Remove", filename)
    if s == "absent":
        raise _not_found("%s; No such file or directory" % filename)
    if s == "dir":
        _tf.unsupported("tf.gfile.Remove of a directory")
    _tfscope_files.remove(filename)


def DeleteRecursively(dirname):
    s = _state("DeleteRecursively", dirname)
    if s == "absent":
        _tf.unsupported("tf.gfile.DeleteRecursively of a missing path (its NotFoundError)")
    _tfscope_files.remove(dirname)


def ListDirectory(dirname):
    # list_directory: NotFoundError when it is no directory; a directory's entries are the reader's.
    if _state("ListDirectory", dirname) != "dir":
        raise _not_found("Could not find directory {}".format(dirname))
    _tf.unsupported("tf.gfile.ListDirectory (the filesystem)")


class GFile(object):
    """File I/O wrappers without thread locking (file_io.FileIO), in text modes: the file is made on the
    first write, as FileIO._prewrite_check makes it."""
    __module__ = "tensorflow.python.platform.gfile"

    def __init__(self, name, mode="r"):
        if "b" in mode or mode not in ("r", "w", "a", "r+", "w+", "a+"):
            _tf.unsupported("tf.gfile.GFile(%r, %r) (binary modes)" % (name, mode))
        self._name = name
        self._mode = mode
        self._file = None

    @property
    def name(self):
        return self._name

    @property
    def mode(self):
        return self._mode

    def _open(self):
        if self._file is None:
            self._file = open(self._name, self._mode)
        return self._file

    def size(self):
        _tf.unsupported("tf.gfile.GFile.size")

    def write(self, file_content):
        if "r" in self._mode and "+" not in self._mode:
            import tensorflow as tf
            raise tf.errors.PermissionDeniedError(None, None, "File isn't open for writing")
        if isinstance(file_content, bytes):
            file_content = file_content.decode("utf-8")
        self._open().write(file_content)

    def read(self, n=-1):
        if "r" not in self._mode and "+" not in self._mode:
            import tensorflow as tf
            raise tf.errors.PermissionDeniedError(None, None, "File isn't open for reading")
        return self._reader().read(n)

    def _reader(self):
        if self._file is None and _state("GFile.read", self._name) == "absent":
            raise _not_found("%s; No such file or directory" % self._name)
        return self._open()

    def readline(self):
        return self._reader().readline()

    def readlines(self):
        return self._reader().readlines()

    def __iter__(self):
        return iter(self.readlines())

    def flush(self):
        pass

    def close(self):
        if self._file is not None:
            self._file.close()
        self._file = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


Open = GFile


def Glob(filename):
    _tf.unsupported("tf.gfile.Glob (the filesystem)")

# TFRecord files as TF 1.15 writes and reads them: python/lib/io/tf_record.py (TFRecordWriter,
# tf_record_iterator, TFRecordOptions, TFRecordCompressionType) over the run's files (the framing and
# the masked CRC32C are src/tf/io/record-io.ts), and python/data/ops/readers.py TFRecordDatasetV1/V2 in
# graph mode (the filenames' TensorSliceDataset flat-mapped into one TFRecordDataset per file).
# Compression (ZLIB, GZIP) is refused by name; so are the dataset's buffer_size and num_parallel_reads.
import sys

import _tf
from _tfcore import TensorShape
from _tfdtypes import as_dtype
from _tftest_engine import convert_to_tensor
from _tfdata import DatasetV2, DatasetV1Adapter, TensorSliceDataset, _Spec

_string = as_dtype("string")
_MODULE = "tensorflow.python.lib.io.tf_record"


class TFRecordCompressionType(object):
    __module__ = _MODULE
    NONE = 0
    ZLIB = 1
    GZIP = 2


class TFRecordOptions(object):
    __module__ = _MODULE
    compression_type_map = {
        TFRecordCompressionType.ZLIB: "ZLIB",
        TFRecordCompressionType.GZIP: "GZIP",
        TFRecordCompressionType.NONE: "",
    }

    def __init__(self, compression_type=None, flush_mode=None, input_buffer_size=None, output_buffer_size=None,
                 window_bits=None, compression_level=None, compression_method=None, mem_level=None,
                 compression_strategy=None):
        self.get_compression_type_string(compression_type)
        self.compression_type = compression_type
        self.flush_mode = flush_mode
        self.input_buffer_size = input_buffer_size
        self.output_buffer_size = output_buffer_size
        self.window_bits = window_bits
        self.compression_level = compression_level
        self.compression_method = compression_method
        self.mem_level = mem_level
        self.compression_strategy = compression_strategy

    @classmethod
    def get_compression_type_string(cls, options):
        # tf_record.py 104-127.
        if not options:
            return ""
        elif isinstance(options, TFRecordOptions):
            return cls.get_compression_type_string(options.compression_type)
        elif isinstance(options, TFRecordCompressionType):
            return cls.compression_type_map[options]
        elif options in TFRecordOptions.compression_type_map:
            return cls.compression_type_map[options]
        elif options in TFRecordOptions.compression_type_map.values():
            return options
        else:
            raise ValueError('Not a valid compression_type: "{}"'.format(options))


def _path(path, what):
    if isinstance(path, bytes):
        path = path.decode("utf-8")
    if not isinstance(path, str):
        # compat.as_bytes: TypeError('Expected binary or unicode string, got %r' % (bytes_or_text,)).
        raise TypeError("Expected binary or unicode string, got %r" % (path,))
    return path


_DEPRECATION_WARNED = []


def tf_record_iterator(path, options=None):
    # @deprecation.deprecated(date=None, ...): logged once, naming the caller's line, when called.
    if not _DEPRECATION_WARNED:
        _DEPRECATION_WARNED.append(True)
        if _tf.logging_interactive():
            _tf.unsupported("tf.python_io.tf_record_iterator in a notebook (its deprecation warning names the cell's file)")
        caller = sys._getframe(1)
        from _tfsaver import _log
        _log("WARNING", "From %s:%d: tf_record_iterator (from tensorflow.python.lib.io.tf_record) is deprecated and "
                        "will be removed in a future version.\nInstructions for updating:\nUse eager execution and: \n"
                        "`tf.data.TFRecordDataset(path)`", caller.f_code.co_filename, caller.f_lineno)
    return _records(path, options)


def _records(path, options):
    # The generator's body: runs at the first next().
    compression_type = TFRecordOptions.get_compression_type_string(options)
    path = _path(path, "tf_record_iterator")
    if compression_type:
        _tf.unsupported("tf.python_io.tf_record_iterator(options=%r) (%s compression)" % (options, compression_type))
    # PyRecordReader_New: NewRandomAccessFile's NotFoundError for a missing file (record-io.ts).
    for record in _tf.tfrecord_read(path):
        yield record


# The generator is TF's function's own: `<generator object tf_record_iterator at ...>`.
_records.__name__ = _records.__qualname__ = "tf_record_iterator"


class TFRecordWriter(object):
    __module__ = _MODULE

    def __init__(self, path, options=None):
        if not isinstance(options, TFRecordOptions):
            options = TFRecordOptions(compression_type=options)
        compression = options.get_compression_type_string(options.compression_type)
        path = _path(path, "TFRecordWriter")
        if compression:
            _tf.unsupported("tf.python_io.TFRecordWriter with %s compression" % compression)
        self._path = path
        self._closed = False
        _tf.tfrecord_open(path)

    def __enter__(self):
        return self

    def __exit__(self, unused_type, unused_value, unused_traceback):
        self.close()

    def write(self, record):
        if self._closed:
            _tf.unsupported("TFRecordWriter.write after close (TF's FailedPreconditionError)")
        if not isinstance(record, bytes):
            # A str goes through SWIG's StringPiece typemap: not modelled.
            _tf.unsupported("TFRecordWriter.write of a %s (SWIG's TypeError)" % type(record).__name__)
        _tf.tfrecord_write(self._path, record)

    def flush(self):
        if self._closed:
            _tf.unsupported("TFRecordWriter.flush after close (TF's FailedPreconditionError)")
        _tf.tfrecord_flush(self._path)

    def close(self):
        if not self._closed:
            _tf.tfrecord_flush(self._path)
        self._closed = True


# ---- readers.py

class TFRecordDatasetV2(DatasetV2):
    __module__ = "tensorflow.python.data.ops.readers"

    def __init__(self, filenames, compression_type=None, buffer_size=None, num_parallel_reads=None):
        if compression_type is not None and compression_type != "":
            _tf.unsupported("tf.data.TFRecordDataset(compression_type=%r)" % (compression_type,))
        if buffer_size is not None:
            _tf.unsupported("tf.data.TFRecordDataset(buffer_size=%r)" % (buffer_size,))
        if num_parallel_reads is not None:
            _tf.unsupported("tf.data.TFRecordDataset(num_parallel_reads=%r)" % (num_parallel_reads,))
        if isinstance(filenames, DatasetV2):
            _tf.unsupported("tf.data.TFRecordDataset over a Dataset of filenames")
        # _create_or_validate_filenames_dataset.
        from _tfapi import reshape
        filenames = convert_to_tensor(filenames, dtype=_string)
        filenames = reshape(filenames, [-1], name="flat_filenames")
        filenames = TensorSliceDataset(filenames)
        self._filenames = filenames
        self._compression_type = compression_type
        self._buffer_size = buffer_size
        self._num_parallel_reads = num_parallel_reads
        self._spec = _Spec(_string, TensorShape([]))
        # _create_dataset_reader: filenames.flat_map(read_one_file).
        DatasetV2.__init__(self, _tf.data_tfrecord_flat_map(filenames._variant_tensor, [_string], [[]]))

    def _inputs(self):
        return [self._filenames]


class TFRecordDatasetV1(DatasetV1Adapter):
    __module__ = "tensorflow.python.data.ops.readers"

    def __init__(self, filenames, compression_type=None, buffer_size=None, num_parallel_reads=None):
        wrapped = TFRecordDatasetV2(filenames, compression_type, buffer_size, num_parallel_reads)
        DatasetV1Adapter.__init__(self, wrapped)

    @property
    def _filenames(self):
        return self._dataset._filenames

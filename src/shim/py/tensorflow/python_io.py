# tf.python_io (TF 1.15): TFRecord files (_tfrecord.py, python/lib/io/tf_record.py).
from _tfrecord import TFRecordCompressionType, TFRecordOptions, TFRecordWriter, tf_record_iterator

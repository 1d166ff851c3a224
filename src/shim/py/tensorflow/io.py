# tf.io (TF 1.15's v1 API): TFRecord files (_tfrecord.py) and tf.train.Example parsing (_tfparsing.py);
# TF's other tf.io names come from the API surface.
from _tfrecord import TFRecordCompressionType, TFRecordOptions, TFRecordWriter, tf_record_iterator
from _tfparsing import (FixedLenFeature, FixedLenSequenceFeature, SparseFeature, VarLenFeature, parse_example,
                        parse_single_example)

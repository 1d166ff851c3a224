# tf.data (and tf.compat.v1.data): TF 1.15's v1 Dataset and Iterator classes and the module functions
# tfscope models (_tfdata.py); the rest of TF's names come from the API surface as unsupported stubs.
from _tfdata import (DatasetV1 as Dataset, Iterator, get_output_classes, get_output_shapes, get_output_types,
                     make_initializable_iterator, make_one_shot_iterator)
from _tfrecord import TFRecordDatasetV1 as TFRecordDataset


def __getattr__(name):
    from _tfcore import _missing_attribute
    return _missing_attribute("tensorflow.data", name)

# tf.summary (TF 1.15's v1 namespace): FileWriter over the run's files (_tfsummary_writer.py) and the
# summary ops (_tfsummary.py).
from _tfsummary_writer import FileWriter


import _tf

if _tf.profile() != "2":
    # summary.py's v1 functions (tf.summary.* in TF 1.15; TF 2's tf.summary is another API).
    from _tfsummary import scalar, image, histogram, audio, text, tensor_summary, merge, merge_all
    from _tfsummary import SummaryMetadata


def __getattr__(name):
    from _tfcore import _missing_attribute
    _missing_attribute("tensorflow.summary", name)

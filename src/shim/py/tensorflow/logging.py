# tf.logging (TF 1.15: tensorflow/python/platform/tf_logging.py's v1 exports)
from _tftf_logging import (DEBUG, ERROR, FATAL, INFO, WARN, TaskLevelStatusMessage, debug, error, fatal, flush,
                           get_verbosity, info, log, log_every_n, log_first_n, log_if, set_verbosity, vlog, warn,
                           warning)

# tensorflow.python.framework.errors: tf.errors under its framework path.
import _tftest
from _tfcore import (AbortedError, AlreadyExistsError, CancelledError, DataLossError, DeadlineExceededError,
                     FailedPreconditionError, InternalError, InvalidArgumentError, NotFoundError, OpError,
                     OutOfRangeError, PermissionDeniedError, ResourceExhaustedError, UnauthenticatedError,
                     UnavailableError, UnimplementedError, UnknownError)

__getattr__ = _tftest.lazy_module(__name__)

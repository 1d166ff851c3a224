# tensorflow.python.framework.errors_impl: where TF defines the tf.errors classes (the same objects).
import _tftest
from _tfcore import (AbortedError, AlreadyExistsError, CancelledError, DataLossError, DeadlineExceededError,
                     FailedPreconditionError, InternalError, InvalidArgumentError, NotFoundError, OpError,
                     OutOfRangeError, PermissionDeniedError, ResourceExhaustedError, UnauthenticatedError,
                     UnavailableError, UnimplementedError, UnknownError)

__getattr__ = _tftest.lazy_module(__name__)

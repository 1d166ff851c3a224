# tf.errors
from _tfcore import (OpError, CancelledError, UnknownError, InvalidArgumentError, DeadlineExceededError,
                     NotFoundError, AlreadyExistsError, PermissionDeniedError, ResourceExhaustedError,
                     FailedPreconditionError, AbortedError, OutOfRangeError, UnimplementedError,
                     InternalError, UnavailableError, DataLossError, UnauthenticatedError)


def __getattr__(name):
    from _tfcore import _missing_attribute
    _missing_attribute("tensorflow.errors", name)

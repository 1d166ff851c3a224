# tf.errors
from _tfcore import (OpError, CancelledError, UnknownError, InvalidArgumentError, DeadlineExceededError,
                     NotFoundError, AlreadyExistsError, PermissionDeniedError, ResourceExhaustedError,
                     FailedPreconditionError, AbortedError, OutOfRangeError, UnimplementedError,
                     InternalError, UnavailableError, DataLossError, UnauthenticatedError)

"""What the expression compiler's parts share: a collected pipeline's value, and the error an
operator or conversion failure becomes."""
from __future__ import annotations

from pyshell.errors import ErrorCategory, PSError
from pyshell.runtime.context import runtime_error
from pyshell.runtime.conversion import PSConversionError
from pyshell.runtime.operators import PSOperatorError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any
    from pyshell.language import nodes as N


def unwrap(items: list) -> Any:
    """The value of a collected pipeline: nothing, one object, or an array."""
    if not items:
        return None
    if len(items) == 1:
        return items[0]
    return items


def op_error(exc: Exception, extent: N.Extent) -> PSError:
    if isinstance(exc, PSOperatorError):
        cat = getattr(ErrorCategory, exc.category, ErrorCategory.InvalidOperation)
        error = runtime_error(exc.message, exc.error_id, extent, cat)
        error.record.inner_type = exc.inner
        return error
    if isinstance(exc, PSConversionError):
        return runtime_error(exc.message, "RuntimeException", extent, ErrorCategory.InvalidArgument,
                             "PSInvalidCastException")
    return runtime_error(str(exc), "RuntimeException", extent, ErrorCategory.NotSpecified)


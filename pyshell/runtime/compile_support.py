"""What the compiler's parts share: a collected pipeline's value, the items a value gives when
it is enumerated, and the error an operator or conversion failure becomes."""
from __future__ import annotations

from pyshell.errors import ErrorCategory, PSError
from pyshell.runtime.context import runtime_error
from pyshell.runtime.conversion import PSConversionError
from pyshell.runtime.operators import PSOperatorError
from pyshell.runtime.values import AUTOMATION_NULL

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
        error = runtime_error(exc.message, exc.error_id, extent, cat, target=exc.target)
        error.record.inner_type = exc.inner
        return error
    if isinstance(exc, PSConversionError):
        error = runtime_error(exc.message, "RuntimeException", extent, ErrorCategory.InvalidArgument,
                              "PSInvalidCastException")
        error.record.reason = "RuntimeException"
        return error
    return runtime_error(str(exc), "RuntimeException", extent, ErrorCategory.NotSpecified)


def cast_error(exc: PSConversionError, extent: N.Extent) -> PSError:
    """The error a failed conversion reports where a script converts a value itself: a cast, or a
    store into a typed array's element. Its id is the one PowerShell's conversion gives."""
    eid = exc.error_id
    if not eid:
        eid = ("InvalidCastFromStringToInteger" if exc.type_name == "System.Int32" and isinstance(exc.value, str)
               else "ConvertToFinalInvalidCastException")
    # PSInvalidCastException is no RuntimeException: PowerShell wraps it in one, which the error view
    # names (`InvalidArgument: (:) [], RuntimeException`); a catch may name either.
    error = runtime_error(exc.message, eid, extent, ErrorCategory.InvalidArgument, "PSInvalidCastException")
    error.record.reason = "RuntimeException"
    return error


def iterate(value: Any) -> Any:
    """What foreach, switch and `$a, $b = ...` take items from: a collection's items, nothing for
    $null, and any other value as the only item."""
    if value is None or value is AUTOMATION_NULL:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, range):          # a lazy `a..b` (Compiler.lazy_range): not copied
        return value
    return [value]

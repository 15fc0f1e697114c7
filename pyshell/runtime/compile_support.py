"""What the compiler's parts share: a collected pipeline's value, the items a value gives when
it is enumerated, and the error an operator or conversion failure becomes."""
from __future__ import annotations

from pyshell.errors import ErrorCategory, PSError
from pyshell.language import nodes as N
from pyshell.runtime.context import runtime_error
from pyshell.runtime.conversion import PSConversionError
from pyshell.runtime.operators import PSOperatorError
from pyshell.runtime.values import AUTOMATION_NULL

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def unwrap(items: list) -> Any:
    """The value of a collected pipeline: nothing, one object, or an array."""
    if not items:
        return None
    if len(items) == 1:
        return items[0]
    return items


# The statements PowerShell marks as sequence points: an error with no position of its own is
# blamed on the whole of the one it happens in.
SEQUENCE_POINTS = (N.Pipeline, N.Assignment)


def place_at_statement(record: Any, spot: Any) -> None:
    """Blame an error that has no position of its own on the statement it happened in (`spot`);
    inside a compound statement (spot None) it stays at its expression. Either way it is placed."""
    record.at_statement = False
    if spot is not None:
        record.extent = spot


def op_error(exc: Exception, extent: N.Extent) -> PSError:
    """An operator's failure. PowerShell's operators throw with no position of their own, so the
    error is blamed on the statement it happens in (ErrorRecord.at_statement)."""
    if isinstance(exc, PSOperatorError):
        cat = getattr(ErrorCategory, exc.category, ErrorCategory.InvalidOperation)
        error = runtime_error(exc.message, exc.error_id, extent, cat, target=exc.target)
        error.record.inner_type = exc.inner
        if exc.category == "OperationStopped" and exc.inner:
            error.record.reason = exc.inner     # a .NET exception met in a script is its own record's reason
        error.record.at_statement = exc.error_id != "InvalidRegularExpression"
        return error
    if isinstance(exc, PSConversionError):
        error = runtime_error(exc.message, "RuntimeException", extent, ErrorCategory.InvalidArgument,
                              "PSInvalidCastException")
        error.record.reason = "RuntimeException"
    else:
        error = runtime_error(str(exc), "RuntimeException", extent, ErrorCategory.NotSpecified)
    error.record.at_statement = True
    return error


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
    error.record.at_statement = True
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
    own = getattr(type(value), "ps_enumerate", None)
    if own is not None:                   # an enumerator: the items it has left
        return list(own(value))
    return [value]

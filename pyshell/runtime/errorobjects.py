"""How error records look to scripts: `$_` in a catch block, `$Error[0]`."""
from __future__ import annotations

from pyshell.errors import ErrorRecord, position_message
from pyshell.runtime.values import PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

ERROR_RECORD_TYPE = "System.Management.Automation.ErrorRecord"


def error_object(record: ErrorRecord) -> PSObject:
    """The record as scripts see it; the same object every time, so a rethrown error stays itself."""
    if record.script_view is None:
        record.script_view = _make_error_object(record)
    return record.script_view


def _make_error_object(record: ErrorRecord) -> PSObject:
    exception = record.exception_object
    if exception is None:
        exception = PSObject([("Message", record.message), ("ErrorRecord", None),
                              ("InnerException", _inner_exception(record))],
                             type_names=_exception_type_names(record.exception_type), string_form=record.message)
    activity = record.command_name if record.activity is None else record.activity
    target_name = record.target_name
    if target_name is None:
        target_name = "" if record.target is None else _target_text(record.target)
    target_type = record.target_type
    if target_type is None:
        target_type = "" if record.target is None else _target_type(record.target)
    info = CategoryInfoObject([("Category", record.category.name), ("Activity", activity),
                               ("Reason", record.reason or record.exception_type), ("TargetName", target_name),
                               ("TargetType", target_type)],
                              type_names=["System.Management.Automation.ErrorCategoryInfo", "System.Object"],
                              string_form=record.category_info)
    invocation = PSObject([("MyCommand", activity or None),
                           ("ScriptLineNumber", record.extent.start_line),
                           ("OffsetInLine", record.extent.start_column),
                           ("Line", record.extent.source.line_text(record.extent.start_line)
                            if record.extent.source else ""),
                           ("PositionMessage", position_message(record.extent))],
                          type_names=["System.Management.Automation.InvocationInfo", "System.Object"])
    details = None
    if record.details is not None:
        message, action = record.details
        details = PSObject([("Message", message), ("RecommendedAction", action or "")],
                           type_names=["System.Management.Automation.ErrorDetails", "System.Object"],
                           string_form=message)
    obj = ErrorObject([("Exception", exception), ("TargetObject", record.target), ("CategoryInfo", info),
                    ("FullyQualifiedErrorId", record.error_id), ("ErrorDetails", details),
                    ("InvocationInfo", invocation), ("ScriptStackTrace", record.script_stack or "")],
                   type_names=[ERROR_RECORD_TYPE, "System.Object"], string_form=record.message)
    obj.record = record
    if record.exception_object is None and "System.Management.Automation.RuntimeException" in exception.type_names:
        # PowerShell's own exceptions (RuntimeException and those built on it: ParseException,
        # ParameterBindingException, ItemNotFoundException, ...) carry their error record.
        exception.set("ErrorRecord", obj)
    return obj


def _target_text(value: Any) -> str:
    from pyshell.runtime.conversion import to_string
    return to_string(value)


def _target_type(value: Any) -> str:
    from pyshell.runtime.typenames import type_name_of
    return type_name_of(value).rsplit(".", 1)[-1]


class CategoryInfoObject(PSObject):
    """ErrorRecord.CategoryInfo: its properties, and GetMessage(), the text NormalView shows."""

    __slots__ = ()

    def ps_method_table(self) -> dict[str, Any]:
        return _CATEGORY_METHODS


def _category_message(info: PSObject, *args: Any) -> str:
    from pyshell.errors import _ellipsize
    from pyshell.runtime.conversion import to_string
    return (f"{to_string(info.get('Category'))}: ({_ellipsize(to_string(info.get('TargetName')))}:"
            f"{to_string(info.get('TargetType'))}) [{to_string(info.get('Activity'))}], {to_string(info.get('Reason'))}")


_CATEGORY_METHODS = {"getmessage": ("GetMessage", "string GetMessage(), string GetMessage(cultureinfo uiCultureInfo)",
                                    _category_message)}


def _inner_exception(record: ErrorRecord) -> PSObject | None:
    """The exception the record's wraps (a method's own FormatException inside the
    MethodInvocationException; the DivideByZeroException of 1/0), or None when there is none."""
    short = record.inner_type
    if not short or short == record.exception_type:
        return None
    message = record.inner_message or record.message
    return PSObject([("Message", message), ("InnerException", None)],
                    type_names=_exception_type_names(short), string_form=message)


def _exception_type_names(short: str) -> list[str]:
    """The exception's type and its bases, by their full names (System.InvalidOperationException,
    System.Management.Automation.MethodException...); a type pyshell does not know of is taken
    to be PowerShell's own."""
    from pyshell.runtime import exceptions
    known = exceptions.known(short)
    if known is None:
        return [f"System.Management.Automation.{short}", "System.Exception", "System.Object"]
    return exceptions.chain(known)


def make_exception(short: str, message: str, inner: Any = None, **properties: Any) -> PSObject:
    """An exception object of a known type (short name), as a script sees one: Message,
    InnerException and any other properties given."""
    return PSObject([("Message", message), *properties.items(), ("InnerException", inner), ("Data", None)],
                    type_names=_exception_type_names(short), string_form=message)


def stop_exception_object(record: ErrorRecord) -> PSObject:
    """The ActionPreferenceStopException an error stopped by -ErrorAction Stop becomes: what the
    command's -ErrorVariable gets, with the error itself as its ErrorRecord."""
    message = ('The running command stopped because the preference variable "ErrorActionPreference" or common '
               f"parameter is set to Stop: {record.message}")
    return PSObject([("Message", message), ("ErrorRecord", error_object(record))],
                    type_names=["System.Management.Automation.ActionPreferenceStopException",
                                "System.Management.Automation.RuntimeException", "System.SystemException",
                                "System.Exception", "System.Object"], string_form=message)


class ErrorObject(PSObject):
    """A PSObject view of an ErrorRecord that remembers the record it shows."""

    __slots__ = ("record",)


def record_of(value: Any) -> ErrorRecord | None:
    if isinstance(value, ErrorRecord):
        return value
    if isinstance(value, ErrorObject):
        return value.record
    return None


def catch_matches(type_names: tuple[str, ...], record: ErrorRecord, stopped: bool = False) -> bool:
    """Does a catch (or trap) for these types take this error? A type matches the error's exception,
    its inner exception, or any of their base types; an error -ErrorAction Stop made terminating
    (`stopped`) is also the ActionPreferenceStopException PowerShell 2 threw for it, which old
    scripts still catch (and $_.Exception is the error's own exception even then)."""
    from pyshell.runtime.exceptions import is_a
    if not type_names:
        return True
    for name in type_names:
        if is_a(record.exception_type, name) or (record.inner_type and is_a(record.inner_type, name)):
            return True
        if stopped and is_a("ActionPreferenceStopException", name):
            return True
    return False


def wrapper_matches(type_names: tuple[str, ...]) -> bool:
    """Does a catch (or trap) for these types take any error at all? PowerShell hands every
    exception to its handlers wrapped in a RuntimeException (a failed cast's PSInvalidCastException,
    what `throw [ArgumentException]::new()` throws), and when no handler takes the exception itself
    it looks again with the wrapper: `catch [RuntimeException]` (or its base SystemException)
    takes them all."""
    from pyshell.runtime.exceptions import is_a
    return any(is_a("RuntimeException", name) for name in type_names)


def new_error_record(exception: Any, error_id: Any, category: Any, target: Any) -> PSObject:
    """[System.Management.Automation.ErrorRecord]::new(exception, errorId, errorCategory, targetObject):
    the record a script builds to hand to $PSCmdlet.WriteError or ThrowTerminatingError."""
    from pyshell.errors import ErrorCategory
    from pyshell.runtime.conversion import PSConversionError, to_string
    if exception is None:
        raise ValueError("Value cannot be null.\nParameter name: exception")
    if isinstance(exception, PSObject) and any(t.endswith("Exception") for t in exception.type_names):
        message = to_string(exception.get("Message"))
        exception_type = exception.type_names[0].rsplit(".", 1)[-1]
    else:
        raise PSConversionError(exception, "System.Exception")
    cat = getattr(category, "name", None) or to_string(category).strip()
    if isinstance(category, int) and not isinstance(category, bool):
        cat = next((c.name for c in ErrorCategory if c.value == category), "")
    chosen = next((c for c in ErrorCategory if c.name.lower() == str(cat).lower()), None)
    if chosen is None:
        raise PSConversionError(category, "System.Management.Automation.ErrorCategory")
    record = ErrorRecord(message=message, error_id=to_string(error_id) if error_id is not None else "",
                         category=chosen, exception_type=exception_type, target=target,
                         exception_object=exception)
    return error_object(record)

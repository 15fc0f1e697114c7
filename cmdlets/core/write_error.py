"""Write-Error: report a non-terminating error from a script or function."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory, ErrorRecord
from pyshell.runtime.conversion import to_string
from pyshell.runtime.enumparse import parse_enum_text
from pyshell.runtime.errorobjects import record_of
from pyshell.runtime.values import PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

NO_EXCEPTION = "NoException"
WITH_EXCEPTION = "WithException"
ERROR_RECORD = "ErrorRecord"
_RECORD_SETS = (NO_EXCEPTION, WITH_EXCEPTION)
DEFAULT_ID = "Microsoft.PowerShell.Commands.WriteErrorException"


class ErrorCategoryType:
    """The parameter type of -Category: a System.Management.Automation.ErrorCategory name or number."""

    ps_type_name = "System.Management.Automation.ErrorCategory"

    @staticmethod
    def ps_convert(value: Any) -> ErrorCategory:
        if isinstance(value, ErrorCategory):
            return value
        members = [(member.name, member.value) for member in ErrorCategory]
        text = str(value) if isinstance(value, int) and not isinstance(value, bool) else to_string(value)
        number = parse_enum_text(text, members, ErrorCategoryType.ps_type_name, False, value)
        return next(member for member in ErrorCategory if member.value == number)


class WriteError(Cmdlet):
    """Writes an object to the error stream."""

    verb, noun = "Write", "Error"
    default_set = NO_EXCEPTION
    implementing_type = "Microsoft.PowerShell.Commands.WriteErrorCommand"
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113425"
    description = (
        "Write-Error reports an error without stopping: the error is shown (or handled as "
        "$ErrorActionPreference and -ErrorAction say), added to $Error, and the script goes on with "
        "its next statement. Give the text with -Message, or an exception or error record to "
        "report again. -Category, -ErrorId and -TargetObject fill in the record's CategoryInfo and "
        "FullyQualifiedErrorId. Inside a function or script the error is reported in the name of "
        "that function or script, as PowerShell does. To stop instead, use throw.")

    message = Parameter(str, aliases=("Msg",), allow_null=True, allow_empty_string=True, sets={NO_EXCEPTION: SetOptions(position=0, mandatory=True),
                                                    WITH_EXCEPTION: SetOptions()},
                        help="The text of the error.")
    exception = Parameter(object, sets={WITH_EXCEPTION: SetOptions(mandatory=True)},
                          help="An exception object (from a catch block's $_.Exception) to report.")
    error_record = Parameter(object, sets={ERROR_RECORD: SetOptions(mandatory=True)},
                             help="An error record (such as $Error[0] or $_ in a catch block) to report again.")
    category = Parameter(ErrorCategoryType, sets=_RECORD_SETS, default=None,
                         help="The error category, such as InvalidArgument or ObjectNotFound (NotSpecified "
                              "by default).")
    error_id = Parameter(str, sets=_RECORD_SETS,
                         help="An identifier for the error; it begins the FullyQualifiedErrorId.")
    target_object = Parameter(object, sets=_RECORD_SETS,
                              help="The object that was being processed when the error happened.")
    recommended_action = Parameter(str, help="What the user could do about the error.")
    category_activity = Parameter(str, aliases=("Activity",), help="Replaces the activity in CategoryInfo.")
    category_reason = Parameter(str, aliases=("Reason",), help="Replaces the reason in CategoryInfo.")
    category_target_name = Parameter(str, aliases=("TargetName",),
                                     help="Replaces the target's name in CategoryInfo.")
    category_target_type = Parameter(str, aliases=("TargetType",),
                                     help="Replaces the target's type in CategoryInfo.")

    examples = (
        Example("Write-Error 'The partner could not be reached.'; 'the script goes on'",
                "Reports an error and carries on.", "the script goes on\n"),
        Example("Write-Error 'No such partner' -Category ObjectNotFound -ErrorId PartnerMissing "
                "-TargetObject gmail.org -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId",
                "Fills in the record; -ErrorAction SilentlyContinue keeps it out of sight but in $Error.",
                "PartnerMissing\n"),
    )

    def process(self) -> None:
        # As 5.1's WriteOrThrowErrorCommand.ProcessRecord: a copy of the record given, or a new one
        # around the exception given (a WriteErrorException of the message when none is), its id
        # the exception type's full name unless -ErrorId names one.
        caller, suffix = self._caller()
        if self.parameter_set_name == ERROR_RECORD:
            original = record_of(self.error_record)
            if original is None:
                message = to_string(self.error_record)
                record = ErrorRecord(message, DEFAULT_ID, ErrorCategory.NotSpecified, "WriteErrorException")
            else:
                record = ErrorRecord(original.message, original.error_id, original.category,
                                     original.exception_type, target=original.target,
                                     target_name=original.target_name, target_type=original.target_type,
                                     activity=original.activity, inner_type=original.inner_type,
                                     inner_message=original.inner_message, reason=original.reason,
                                     exception_object=original.exception_object, details=original.details)
                record.script_view = None
            record.command_name = caller
        else:
            record = self._new_record(caller, suffix)
        self._apply_category_overrides(record)
        self.write_error(record)

    def _new_record(self, caller: str, suffix: str) -> ErrorRecord:
        exception_type = "WriteErrorException"
        message = self.message
        exc = None
        details = None
        if self.parameter_set_name == WITH_EXCEPTION:
            exc = self.exception
            exception_type = _exception_type(exc)
            if message:
                details = (message, "")
            else:
                message = to_string(exc.get("Message")) if isinstance(exc, PSObject) and exc.has("Message") \
                    else to_string(exc)
        error_id = self.error_id or _exception_full_name(exc, exception_type)
        error_id += f",{suffix}" if suffix else ""
        category = self.category if self.category is not None else ErrorCategory.NotSpecified
        record = ErrorRecord(message or "", error_id, category, exception_type, target=self.target_object,
                             command_name=caller, activity="Write-Error",
                             exception_object=exc if isinstance(exc, PSObject) else None, details=details)
        record.extent = self._caller_extent(suffix) or self.runtime.extent
        return record

    def _caller_extent(self, name: str) -> Any:
        """Inside a function the error takes the function's invocation as its own (5.1's Write-Error
        sets the record's InvocationInfo to $MyInvocation): it points at the line that called the
        function, not at Write-Error."""
        info = self.context.get_var("myinvocation")
        command = info.get("MyCommand") if isinstance(info, PSObject) else None
        if not name or not isinstance(command, PSObject) or to_string(command.get("CommandType")) != "Function":
            return None
        frame = self.runtime.frame
        while frame is not None and frame.command_name.lower() != name.lower():
            frame = frame.frame
        return frame.extent if frame is not None and frame.extent.source is not None else None

    def _caller(self) -> tuple[str, str]:
        """(name shown before the message, suffix of the error id): the function or script that
        called Write-Error, or at the top level the line that was run."""
        info = self.context.get_var("myinvocation")
        command = info.get("MyCommand") if isinstance(info, PSObject) else None
        if isinstance(command, PSObject) and to_string(command.get("Name")):
            name = to_string(command.get("Name"))
            path = command.get("Path")
            return (to_string(path) if path else name), name
        # At the top level PowerShell names the input that was run; pyshell shows its line.
        extent = self.runtime.extent
        line = extent.source.line_text(extent.start_line).strip() if extent.source is not None else ""
        return line or "Write-Error", ""

    def _apply_category_overrides(self, record: ErrorRecord) -> None:
        if self.category_activity:
            record.activity = self.category_activity
        if self.category_reason:
            record.reason = self.category_reason
        if self.category_target_name:
            record.target_name = self.category_target_name
        if self.category_target_type:
            record.target_type = self.category_target_type
        if self.recommended_action:
            message = record.details[0] if record.details is not None else record.message
            record.details = (message, self.recommended_action)


def _exception_full_name(exc: Any, short: str) -> str:
    if isinstance(exc, PSObject) and exc.type_names:
        return exc.type_names[0]
    from pyshell.runtime.exceptions import full_name
    return full_name(short)


def _exception_type(exc: Any) -> str:
    if isinstance(exc, PSObject) and exc.type_names:
        return exc.type_names[0].rsplit(".", 1)[-1]
    return "Exception"

"""The .NET exception types errors are reported as, with their base types, so that
`catch [ArithmeticException]` catches a division by zero as it does in PowerShell."""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from pyshell.runtime.values import PSObject

# type -> base type (short names; "Exception" is the root)
BASES = {
    "SystemException": "Exception",
    "ArithmeticException": "SystemException",
    "DivideByZeroException": "ArithmeticException",
    "OverflowException": "ArithmeticException",
    "ArgumentException": "SystemException",
    "ArgumentNullException": "ArgumentException",
    "ArgumentOutOfRangeException": "ArgumentException",
    "FormatException": "SystemException",
    "InvalidCastException": "SystemException",
    "InvalidOperationException": "SystemException",
    "IndexOutOfRangeException": "SystemException",
    "NullReferenceException": "SystemException",
    "NotSupportedException": "SystemException",
    "IOException": "SystemException",
    "FileNotFoundException": "IOException",
    "DirectoryNotFoundException": "IOException",
    "UnauthorizedAccessException": "SystemException",
    "OutOfMemoryException": "SystemException",
    "RuntimeException": "SystemException",
    "ParameterBindingException": "RuntimeException",
    "ParameterBindingValidationException": "ParameterBindingException",
    "ParameterBindingArgumentTransformationException": "ParameterBindingException",
    "CommandNotFoundException": "RuntimeException",
    "ParseException": "RuntimeException",
    "ParentContainsErrorRecordException": "SystemException",
    "PSInvalidCastException": "InvalidCastException",
    "PSArgumentException": "ArgumentException",
    "PSArgumentNullException": "ArgumentNullException",
    "PSInvalidOperationException": "InvalidOperationException",
    "MethodException": "RuntimeException",
    "MethodInvocationException": "MethodException",
    "ActionPreferenceStopException": "RuntimeException",
    "SessionStateException": "RuntimeException",
    "ItemNotFoundException": "SessionStateException",
    "SessionStateUnauthorizedAccessException": "SessionStateException",
    "ScriptCallDepthException": "SystemException",
    "PipelineStoppedException": "RuntimeException",
    "ArgumentTransformationMetadataException": "MetadataException",
    "MetadataException": "RuntimeException",
    "ValidationMetadataException": "MetadataException",
}


def short_name(name: str) -> str:
    return name.strip().strip("[]").rsplit(".", 1)[-1]


def is_a(type_name: str, wanted: str) -> bool:
    """True when `type_name` is `wanted` or derives from it."""
    current = short_name(type_name).lower()
    target = short_name(wanted).lower()
    bases = {k.lower(): v.lower() for k, v in BASES.items()}
    seen = set()
    while current and current not in seen:
        if current == target:
            return True
        seen.add(current)
        current = bases.get(current, "exception" if current != "exception" else "")
    return False


def specificity(wanted: str) -> int:
    """How deep a type sits in the hierarchy (more specific handlers are chosen first)."""
    depth, current = 0, short_name(wanted)
    while current in BASES:
        depth += 1
        current = BASES[current]
    return depth


_AUTOMATION = {"RuntimeException", "ParameterBindingException", "CommandNotFoundException", "ParseException",
               "ParentContainsErrorRecordException", "PSInvalidCastException", "PSArgumentException",
               "PSArgumentNullException", "PSInvalidOperationException", "MethodException",
               "MethodInvocationException", "ActionPreferenceStopException", "SessionStateException",
               "ItemNotFoundException", "SessionStateUnauthorizedAccessException", "ScriptCallDepthException",
               "PipelineStoppedException", "ArgumentTransformationMetadataException", "MetadataException",
               "ValidationMetadataException", "CmdletInvocationException", "ParameterBindingValidationException",
               "ParameterBindingArgumentTransformationException"}
_IO = {"IOException", "FileNotFoundException", "DirectoryNotFoundException"}
BASES.setdefault("CmdletInvocationException", "RuntimeException")
BASES.setdefault("WriteErrorException", "SystemException")
BASES.setdefault("SetValueException", "RuntimeException")
BASES.setdefault("SetValueInvocationException", "SetValueException")
_AUTOMATION |= {"SetValueException", "SetValueInvocationException"}
# Exceptions of PowerShell's cmdlets' own assembly.
_COMMANDS = {"WriteErrorException", "ProcessCommandException"}
BASES.setdefault("ProcessCommandException", "SystemException")


def full_name(short: str) -> str:
    if short in _AUTOMATION:
        return f"System.Management.Automation.{short}"
    if short in _COMMANDS:
        return f"Microsoft.PowerShell.Commands.{short}"
    if short in _IO:
        return f"System.IO.{short}"
    return f"System.{short}"


def known(name: str) -> str | None:
    """The short name of a known exception type named `name` (short or full), or None."""
    short = short_name(name)
    for candidate in list(BASES) + ["Exception"]:
        if candidate.lower() == short.lower():
            if "." in name.strip("[] ") and full_name(candidate).lower() != name.strip("[] ").lower():
                return None
            return candidate
    return None


def chain(short: str) -> list[str]:
    """The type and its bases, as full names, most derived first."""
    out = []
    current: str | None = short
    while current:
        out.append(full_name(current))
        current = BASES.get(current) if current != "Exception" else None
        if current is None and out[-1] != "System.Exception":
            current = "Exception"
    return out + ["System.Object"]


class ExceptionType:
    """An exception type named in a script: `[ArgumentNullException]::new("x")`, `catch [...]`."""

    def __init__(self, short: str):
        self.short = short
        self.ps_type_name = full_name(short)

    def make(self, *args: Any) -> PSObject:
        from pyshell.runtime.conversion import to_string
        from pyshell.runtime.values import PSObject
        message = to_string(args[0]) if args else f"Exception of type '{self.ps_type_name}' was thrown."
        properties: list[tuple[str, Any]] = []
        inner = None
        if is_a(self.short, "ArgumentException"):
            # .NET's ArgumentException(message, paramName) and ArgumentNullException(paramName[, message]).
            param = None
            if self.short in ("ArgumentNullException", "PSArgumentNullException") and args:
                param = to_string(args[0])
                message = to_string(args[1]) if len(args) > 1 and isinstance(args[1], str) else "Value cannot be null."
            elif len(args) > 1 and isinstance(args[1], str):
                param = to_string(args[1])
            elif len(args) > 1:
                inner = args[1]
            if param:
                message = f"{message}\nParameter name: {param}"
            properties.append(("ParamName", param))
        elif len(args) > 1:
            inner = args[1]        # (message, innerException)
        return PSObject([("Message", message), *properties, ("InnerException", inner), ("Data", None),
                         ("Source", None)], type_names=chain(self.short), string_form=message)

    def ps_convert(self, value: Any) -> Any:
        from pyshell.runtime.values import PSObject
        if isinstance(value, PSObject) and self.ps_type_name in value.type_names:
            return value
        return self.make(value)


def exception_type_ref(name: str) -> Any:
    """The TypeRef for an exception type a script names, or None."""
    from pyshell.runtime.types import TypeRef
    short = known(name)
    if short is None:
        return None
    target = ExceptionType(short)
    full = target.ps_type_name
    from pyshell.runtime.values import PSObject
    return TypeRef(name, target, {"new": target.make},
                   lambda v: isinstance(v, PSObject) and full in v.type_names)

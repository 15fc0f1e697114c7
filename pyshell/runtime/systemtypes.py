"""[System.IO.Path] and [guid]: .NET types scripts reach for to handle file names and make unique ids
([System.StringSplitOptions], for String.Split, is registered with them).

Registered in runtime/types.py the first time a script names one. Path works on the host's own
file names, as Join-Path and Split-Path do: on Linux the separator is `/`.
"""
from __future__ import annotations

import os

from pyshell.runtime.conversion import PSConversionError, to_string
from pyshell.runtime.values import PSObject, enum_type

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

GUID = "System.Guid"
PATH = "System.IO.Path"


# --- [System.IO.Path] -----------------------------------------------------------------------------

def _text(value: Any, parameter: str = "path") -> str:
    if value is None:
        raise ValueError(f"Value cannot be null.\nParameter name: {parameter}")
    return to_string(value)


def _combine(*parts: Any) -> str:
    """Path.Combine: empty parts are skipped, and a rooted part starts the path over."""
    if not parts:
        raise TypeError("Combine takes at least one path")
    names = [name for name in (_text(p, "paths") for p in parts) if name]
    return os.path.join(*names) if names else ""


def _extension(path: Any) -> Any:
    if path is None:
        return None
    ext = os.path.splitext(_text(path))[1]
    return "" if ext == "." else ext


def _file_name(path: Any) -> Any:
    return None if path is None else os.path.basename(_text(path))


def _file_name_without_extension(path: Any) -> Any:
    if path is None:
        return None
    name = os.path.basename(_text(path))
    return os.path.splitext(name)[0] if name not in (".", "..") else name


def _directory_name(path: Any) -> Any:
    if path is None:
        return None
    text = _text(path)
    if text == "":
        raise ValueError("The path is not of a legal form.")
    head = os.path.dirname(text)
    return None if head == text else head        # a root has no directory above it


def _change_extension(path: Any, extension: Any) -> Any:
    if path is None:
        return None
    root = os.path.splitext(_text(path))[0]
    if extension is None:
        return root
    ext = to_string(extension)
    return root + (ext if ext.startswith(".") or ext == "" else "." + ext)


def _has_extension(path: Any) -> bool:
    return path is not None and _extension(path) not in ("", None)


def _is_rooted(path: Any) -> bool:
    return path is not None and os.path.isabs(_text(path))


def _temp_path() -> str:
    import tempfile
    return os.path.join(tempfile.gettempdir(), "")


def _random_file_name() -> str:
    """A random name of eight characters, a dot and three more, as .NET makes one (no file is made)."""
    import secrets
    chars = "abcdefghijklmnopqrstuvwxyz012345"
    name = "".join(secrets.choice(chars) for _ in range(11))
    return f"{name[:8]}.{name[8:]}"


PATH_STATICS: dict[str, Any] = {
    "combine": _combine,
    "getextension": _extension,
    "getfilename": _file_name,
    "getfilenamewithoutextension": _file_name_without_extension,
    "getdirectoryname": _directory_name,
    "changeextension": _change_extension,
    "hasextension": _has_extension,
    "ispathrooted": _is_rooted,
    "gettemppath": _temp_path,
    "getrandomfilename": _random_file_name,
    "directoryseparatorchar": os.sep,
    "altdirectoryseparatorchar": os.altsep or "/",
    "pathseparator": os.pathsep,
}


class PathType:
    """[System.IO.Path]: a static class; there is nothing to convert to."""
    ps_type_name = PATH

    @staticmethod
    def ps_convert(value: Any) -> Any:
        raise PSConversionError(value, PATH)


# --- [guid] ---------------------------------------------------------------------------------------

def make_guid(text: str) -> PSObject:
    """A System.Guid: shown by its one property, Guid, and as text by its 36-character form."""
    return PSObject([("Guid", text)], type_names=[GUID, "System.ValueType", "System.Object"], string_form=text,
                    equals_by_string=True)


def _new_guid() -> PSObject:
    import uuid
    return make_guid(str(uuid.uuid4()))


class GuidType:
    """[guid]: a cast parses the usual written forms (with or without braces and dashes)."""
    ps_type_name = GUID

    @staticmethod
    def ps_convert(value: Any) -> PSObject:
        if isinstance(value, PSObject) and value.type_names[:1] == [GUID]:
            return value
        if isinstance(value, str):
            import uuid
            try:
                return make_guid(str(uuid.UUID(value.strip())))
            except ValueError:
                pass
            # Guid.Parse threw: PowerShell reports the parse method's own message.
            raise PSConversionError(value, GUID, "Guid should contain 32 digits with 4 dashes "
                                                 "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).",
                                    "InvalidCastParseTargetInvocation")
        raise PSConversionError(value, GUID)

    @staticmethod
    def is_instance(value: Any) -> bool:
        return isinstance(value, PSObject) and value.type_names[:1] == [GUID]


GUID_STATICS: dict[str, Any] = {
    "newguid": _new_guid,
    "empty": make_guid("00000000-0000-0000-0000-000000000000"),
    "parse": GuidType.ps_convert,
    "tryparse": lambda text, reference: _try_parse_guid(text, reference),
}


def _try_parse_guid(text: Any, reference: Any) -> bool:
    from pyshell.runtime.tryparse import guid_try_parse
    return guid_try_parse(text, reference)


# The kinds of member reflection tells apart, a flags enum ([Enum]::GetNames, parameter types).
MemberTypes = enum_type("System.Reflection.MemberTypes", {
    "Constructor": 1, "Event": 2, "Field": 4, "Method": 8, "Property": 16, "TypeInfo": 32, "Custom": 64,
    "NestedType": 128, "All": 191}, flags=True)


class AutomationNullType:
    """[System.Management.Automation.Internal.AutomationNull]: its Value is the "nothing" a command
    that writes nothing gives, which @() counts as no element and a pipeline skips."""
    ps_type_name = "System.Management.Automation.Internal.AutomationNull"

    @staticmethod
    def ps_convert(value: Any) -> Any:
        raise PSConversionError(value, AutomationNullType.ps_type_name)

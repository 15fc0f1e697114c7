"""The records the warning, verbose, debug and information streams carry when they are kept rather
than shown: what `3>&1` (and 4>&1, 5>&1, 6>&1, *>&1) puts in the output, and what -WarningVariable and
-InformationVariable collect. WarningRecord, VerboseRecord and DebugRecord carry a Message (their
text, which is also how they show and compare); an InformationRecord its MessageData and the
time and place it was written."""
from __future__ import annotations

import datetime as _dt
import os
import threading

from pyshell.runtime.values import PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_NS = "System.Management.Automation."
_INFORMATIONAL = {"warning": _NS + "WarningRecord", "verbose": _NS + "VerboseRecord", "debug": _NS + "DebugRecord"}
INFORMATION_RECORD = _NS + "InformationRecord"
RECORD_TYPES = tuple(_INFORMATIONAL.values()) + (INFORMATION_RECORD,)


def stream_record(stream: str, text: str) -> PSObject:
    """The record for `text` written to `stream` ("warning", "verbose", "debug" or "information")."""
    if stream == "information":
        import getpass
        import socket
        try:
            user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no user name to be had (a container without one)
            user = ""
        return PSObject([("MessageData", text), ("Source", ""), ("TimeGenerated", _dt.datetime.now()),
                         ("Tags", []), ("User", user), ("Computer", socket.gethostname()),
                         ("ProcessId", os.getpid()), ("NativeThreadId", threading.get_native_id()),
                         ("ManagedThreadId", 1)],
                        type_names=[INFORMATION_RECORD, "System.Object"], string_form=text, equals_by_string=True)
    return PSObject([("Message", text), ("InvocationInfo", None), ("PipelineIterationInfo", [])],
                    type_names=[_INFORMATIONAL[stream], _NS + "InformationalRecord", "System.Object"],
                    string_form=text, equals_by_string=True)


def record_text(record: Any) -> str:
    """How a record shows in the output (PowerShell's views show its message alone)."""
    return record.string_form or ""


def host_information_record(text: str, foreground: Any, background: Any, no_newline: bool) -> PSObject:
    """What Write-Host writes to the information stream (Windows PowerShell 5 and later): an
    InformationRecord tagged PSHOST whose MessageData is a HostInformationMessage."""
    message = PSObject([("Message", text), ("NoNewLine", no_newline), ("ForegroundColor", foreground),
                        ("BackgroundColor", background)],
                       type_names=[_NS + "HostInformationMessage", "System.Object"], string_form=text,
                       equals_by_string=True)
    record = stream_record("information", text)
    record.set("MessageData", message)
    record.set("Tags", ["PSHOST"])
    return record

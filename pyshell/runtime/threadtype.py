"""[System.Threading.Thread] and [GC]: the one static of each that scripts call.
[Threading.Thread]::Sleep(ms) waits, as Start-Sleep -Milliseconds does; [GC]::Collect() runs
Python's collector. Both give nothing, not $null. (Types that reach the file system or the console
directly, [System.IO.File] and [Console], stay out: see the README's Safety section.)"""
from __future__ import annotations

import time

from pyshell.runtime.conversion import PSConversionError
from pyshell.runtime.values import AUTOMATION_NULL

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable


def _sleep(milliseconds: Any) -> Any:
    from pyshell.runtime.conversion import to_int
    if isinstance(milliseconds, bool):
        raise PSConversionError(milliseconds, "System.Int32")
    ms = to_int(milliseconds)
    if ms < -1:
        raise ValueError("Number must be either non-negative and less than or equal to Int32.MaxValue or -1."
                         "\r\nParameter name: millisecondsTimeout")
    if ms == -1:                    # Timeout.Infinite: until Ctrl+C stops the script
        while True:
            time.sleep(3600)
    time.sleep(ms / 1000)
    return AUTOMATION_NULL


def _collect(*args: Any) -> Any:
    import gc
    gc.collect()
    return AUTOMATION_NULL


class _StaticClass:
    ps_type_name = ""

    @classmethod
    def ps_convert(cls, value: Any) -> Any:
        raise PSConversionError(value, cls.ps_type_name)


class ThreadType(_StaticClass):
    ps_type_name = "System.Threading.Thread"


class GCType(_StaticClass):
    ps_type_name = "System.GC"


def register(add: Callable[[tuple[str, ...], Any], None]) -> None:
    from pyshell.runtime.types import TypeRef
    add(("System.Threading.Thread", "Threading.Thread"),
        TypeRef("System.Threading.Thread", ThreadType, {"sleep": _sleep}))
    add(("gc", "System.GC"), TypeRef("System.GC", GCType, {"collect": _collect}))

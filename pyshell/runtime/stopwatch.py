"""[System.Diagnostics.Stopwatch]: the timer scripts use to measure how long something takes
(`$sw = [System.Diagnostics.Stopwatch]::StartNew(); ...; $sw.Elapsed`). It reads Python's
monotonic clock; ElapsedTicks counts in the same 100 ns ticks as a TimeSpan (Frequency 10,000,000)."""
from __future__ import annotations

import datetime as _dt
import time

from pyshell.runtime.values import property_in

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

STOPWATCH = "System.Diagnostics.Stopwatch"
FREQUENCY = 10_000_000          # ticks per second


class Stopwatch:
    ps_type_name = STOPWATCH
    __slots__ = ("_elapsed_ns", "_started_at")

    def __init__(self) -> None:
        self._elapsed_ns = 0                    # time counted by earlier Start..Stop runs
        self._started_at: int | None = None     # monotonic_ns of the running Start, if running

    def _ns(self) -> int:
        running = 0 if self._started_at is None else time.monotonic_ns() - self._started_at
        return self._elapsed_ns + running

    # -- what scripts call ---------------------------------------------------------------------
    def start(self) -> None:
        if self._started_at is None:
            self._started_at = time.monotonic_ns()

    def stop(self) -> None:
        if self._started_at is not None:
            self._elapsed_ns = self._ns()
            self._started_at = None

    def reset(self) -> None:
        self._elapsed_ns, self._started_at = 0, None

    def restart(self) -> None:
        self._elapsed_ns, self._started_at = 0, time.monotonic_ns()

    # -- what PowerShell asks of a value --------------------------------------------------------
    def ps_properties(self) -> list[tuple[str, Any]]:
        ns = self._ns()
        return [("IsRunning", self._started_at is not None), ("Elapsed", _dt.timedelta(microseconds=ns // 1000)),
                ("ElapsedMilliseconds", ns // 1_000_000), ("ElapsedTicks", ns // 100)]

    def ps_property_definitions(self) -> list[tuple[str, str]]:
        return [("IsRunning", "bool IsRunning {get;}"), ("Elapsed", "timespan Elapsed {get;}"),
                ("ElapsedMilliseconds", "long ElapsedMilliseconds {get;}"), ("ElapsedTicks", "long ElapsedTicks {get;}")]

    def ps_property(self, key: str) -> Any:
        return property_in(self.ps_properties(), key)

    def ps_to_string(self) -> str:
        return STOPWATCH

    def ps_method_table(self) -> dict[str, tuple[str, str, Callable[..., Any]]]:
        return _METHODS


_METHODS: dict[str, tuple[str, str, Callable[..., Any]]] = {
    "start": ("Start", "void Start()", Stopwatch.start),
    "stop": ("Stop", "void Stop()", Stopwatch.stop),
    "reset": ("Reset", "void Reset()", Stopwatch.reset),
    "restart": ("Restart", "void Restart()", Stopwatch.restart),
}


def _start_new() -> Stopwatch:
    watch = Stopwatch()
    watch.start()
    return watch


class StopwatchType:
    """[System.Diagnostics.Stopwatch]: made by ::new(), ::StartNew() or New-Object."""
    ps_type_name = STOPWATCH

    @staticmethod
    def ps_convert(value: Any) -> Any:
        if value is None or isinstance(value, Stopwatch):
            return value
        from pyshell.runtime.conversion import PSConversionError
        raise PSConversionError(value, STOPWATCH)

    @staticmethod
    def new(*args: Any) -> Stopwatch:
        if args:
            raise TypeError("no such constructor")
        return Stopwatch()


def register(add: Callable[[tuple[str, ...], Any], None]) -> None:
    from pyshell.runtime.types import TypeRef
    statics = {"new": StopwatchType.new, "startnew": _start_new, "frequency": FREQUENCY, "ishighresolution": True}
    add((STOPWATCH, "Diagnostics.Stopwatch"),
        TypeRef(STOPWATCH, StopwatchType, statics, lambda value: isinstance(value, Stopwatch)))

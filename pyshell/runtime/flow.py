"""Control-flow signals. They are Python exceptions but never user-catchable errors."""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class FlowSignal(Exception):
    pass


class BreakSignal(FlowSignal):
    def __init__(self, label: str | None = None):
        self.label = label


class ContinueSignal(FlowSignal):
    def __init__(self, label: str | None = None):
        self.label = label


class ReturnSignal(FlowSignal):
    def __init__(self, value: Any = None):
        self.value = value


class ExitSignal(FlowSignal):
    def __init__(self, code: int = 0):
        self.code = code


class StopUpstream(FlowSignal):
    """Raised by a command (Select-Object -First) to stop the commands before it in its pipeline."""

    def __init__(self, owner: Any = None):
        self.owner = owner

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
    """`return`. `value` is a class method's result; `pending` is output that $( ), @( ) or a value
    being assigned had collected when the return left them: PowerShell writes it to the output of
    the function the return leaves (`$x = if ($c) { return 'one' }` writes 'one')."""

    def __init__(self, value: Any = None):
        self.value = value
        self.pending: list | None = None

    def keep(self, collected: list) -> None:
        """Output collected around the return, written before what inner collections kept."""
        if collected:
            self.pending = collected + self.pending if self.pending else collected

    def flush(self, emit: Any) -> None:
        for item in self.pending or ():
            emit(item)


class ExitSignal(FlowSignal):
    def __init__(self, code: int = 0):
        self.code = code


class StopUpstream(FlowSignal):
    """Raised by a command (Select-Object -First) to stop the commands before it in its pipeline."""

    def __init__(self, owner: Any = None):
        self.owner = owner

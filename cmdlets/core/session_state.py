"""What the core module keeps for each session (the Shell creates it on first use)."""
from __future__ import annotations

from cmdlets.core._random import SessionRandom

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

CORE_MODULE = "Microsoft.PowerShell.Core"


class CoreState:
    def __init__(self, context: Any = None):
        self.random = SessionRandom()    # Get-Random's generator; -SetSeed replaces it
        self.invoking_history: set[int] = set()   # ids Invoke-History is running (to catch loops)


def core_state(context: Any) -> CoreState:
    return context.module_state(CORE_MODULE)

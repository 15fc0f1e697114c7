"""What an array's GetEnumerator() gives: a System.SZArrayEnumerator over its items, with .NET's
MoveNext(), Current and Reset(). Current before the first MoveNext() or after the last is .NET's
InvalidOperationException. Passing the enumerator somewhere (as an argument, say) leaves its
position where it was; a pipeline or a foreach loop takes the items left, as PowerShell enumerates
an IEnumerator."""
from __future__ import annotations

from pyshell.runtime.values import property_in

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

ARRAY_ENUMERATOR = "System.SZArrayEnumerator"


class ArrayEnumerator:
    ps_type_name = ARRAY_ENUMERATOR
    __slots__ = ("items", "index")

    def __init__(self, items: Any):
        self.items = items
        self.index = -1

    def _current(self) -> Any:
        if self.index < 0:
            raise ValueError("Enumeration has not started. Call MoveNext.")
        if self.index >= len(self.items):
            raise ValueError("Enumeration already finished.")
        return self.items[self.index]

    def move_next(self) -> bool:
        if self.index < len(self.items):
            self.index += 1
        return self.index < len(self.items)

    def reset(self) -> None:
        self.index = -1

    def ps_enumerate(self) -> Any:
        """What a pipeline or foreach takes from the enumerator: the items from its position on,
        moving it as .NET's MoveNext does."""
        while self.move_next():
            yield self.items[self.index]

    def ps_properties(self) -> list[tuple[str, Any]]:
        try:
            current = self._current()
        except ValueError:
            current = None
        return [("Current", current)]

    def ps_property_definitions(self) -> list[tuple[str, str]]:
        return [("Current", "System.Object Current {get;}")]

    def ps_property(self, key: str) -> Any:
        if key.lower() == "current":
            try:
                return self._current()
            except ValueError as exc:
                from pyshell.errors import ErrorCategory, ErrorRecord, PSError
                raise PSError(ErrorRecord(message=f'Exception getting "Current": "{exc}"',
                                          error_id="GetValueInvocationException", category=ErrorCategory.NotSpecified,
                                          exception_type="GetValueInvocationException")) from None
        return property_in(self.ps_properties(), key)

    def ps_method_table(self) -> dict[str, tuple[str, str, Callable[..., Any]]]:
        return _METHODS


_METHODS: dict[str, tuple[str, str, Callable[..., Any]]] = {
    "movenext": ("MoveNext", "bool MoveNext()", lambda e: e.move_next()),
    "reset": ("Reset", "void Reset()", lambda e: e.reset()),
    "clone": ("Clone", "System.Object Clone()", lambda e: _clone(e)),
}


def _clone(e: ArrayEnumerator) -> ArrayEnumerator:
    copy = ArrayEnumerator(e.items)
    copy.index = e.index
    return copy

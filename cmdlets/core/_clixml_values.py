"""The values Import-Clixml makes: what PowerShell's deserializer gives back, in pyshell's terms.

A complex object comes back as a property bag whose type names are the original ones prefixed with
`Deserialized.`; it remembers which properties were the object's own (`<Props>`, the adapted
properties) so that Export-Clixml writes it again the way PowerShell writes a deserialized object.
Its ToString is the text that was saved; without one it reads as a custom object does (`@{a=1}`).

An enum comes back as its number with the enum's (Deserialized.) type names and its saved name as
text, as in PowerShell: it shows as `Federated` but compares as the number 0. Lists and
hashtables come back as an ArrayList and a Hashtable that keep the saved type names.
"""
from __future__ import annotations

from pyshell.runtime.conversion import to_string
from pyshell.runtime.values import PSCUSTOMOBJECT, ArrayList, PSHashtable, PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Iterable

PREFIX = "Deserialized."


def deserialized_name(name: str) -> str:
    """Deserializer.AddDeserializationPrefix: a name gets the prefix once."""
    return name if name.lower().startswith(PREFIX.lower()) else PREFIX + name


class DeserializedObject(PSObject):
    """A deserialized complex object. `adapted` holds the lower-cased names read from <Props> (None
    when the saved object had none: a custom object); `_text` the saved ToString, or None."""

    __slots__ = ("adapted", "_text")

    def __init__(self, type_names: Iterable[str], text: str | None):
        self.adapted: set[str] | None = None
        self._text = text
        super().__init__(type_names=list(type_names), string_form=text)

    @property  # type: ignore[override]
    def string_form(self) -> str | None:
        if self._text is not None:
            return self._text
        items = list(self.properties())
        if not items:
            return ""
        return "@{" + "; ".join(f"{n}={to_string(v)}" for n, v in items) + "}"

    @string_form.setter
    def string_form(self, value: str | None) -> None:
        self._text = value

    @property
    def ps_get_type_name(self) -> str:
        """What GetType() names: PowerShell gives a deserialized object (one with <Props>) a GetType
        of the PSObject itself; a property bag's is its base, a PSCustomObject."""
        return "System.Management.Automation.PSObject" if self.adapted is not None else PSCUSTOMOBJECT


class DeserializedInt(int):
    """A number read with type names and a text of its own: an enum value, or an Int32 that was
    given type names. `str()` (and so the formatter and string expansion) gives the saved text."""

    def __new__(cls, value: int, type_names: list[str], text: str | None):
        made = super().__new__(cls, value)
        made.ps_type_names = type_names
        made.text = text
        return made

    def __str__(self) -> str:
        return self.text if self.text is not None else int.__repr__(self)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec) if not spec else int.__format__(int(self), spec)


class DeserializedList(ArrayList):
    """An array or list read back: an ArrayList that keeps the saved type names."""

    def __init__(self, items: Iterable[Any] = (), type_names: list[str] | None = None):
        super().__init__(items)
        self.ps_type_names = type_names or [PREFIX + "System.Collections.ArrayList", PREFIX + "System.Object"]


def deserialized_hashtable(type_names: list[str] | None) -> PSHashtable:
    """A dictionary read back: a Hashtable that keeps the saved type names."""
    table = PSHashtable()
    table.ps_type_names = type_names or [PREFIX + "System.Collections.Hashtable", PREFIX + "System.Object"]
    return table

"""The Keys and Values of a dictionary: `$h.Keys` is a Hashtable+KeyCollection, not an array.

What scripts see of one: its type (`$h.Keys.GetType().Name` is KeyCollection), its Count, its items
enumerated by a pipeline, foreach, -contains or @(); no indexer (`$h.Keys[0]` is the collection
itself, as for any object without one, so scripts write `@($h.Keys)[0]`), and no Contains method.
It is a view: enumerating it reads the dictionary as it is then, and changing the dictionary while
the enumeration goes on (`foreach ($k in $h.Keys) { $h[$k] = 0 }`) is .NET's InvalidOperationException,
"Collection was modified; enumeration operation may not execute.", on the next step. A dictionary
counts its changes (PSHashtable._version) for that.
"""
from __future__ import annotations

from pyshell.errors import ErrorCategory, ErrorRecord, PSError
from pyshell.runtime.values import NOT_A_MEMBER, NetCollection, PSHashtable, generic_type_name

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Iterator

COLLECTION_MODIFIED = "Collection was modified; enumeration operation may not execute."
_ORDERED_VIEW = "System.Collections.Specialized.OrderedDictionary+OrderedDictionaryKeyValueCollection"


class CollectionModified(PSError):
    """The dictionary changed while its Keys or Values were being enumerated. Raised without a
    position; the loop or pipeline that was enumerating gives it one (blame)."""

    def __init__(self) -> None:
        super().__init__(ErrorRecord(COLLECTION_MODIFIED, "System.InvalidOperationException",
                                     ErrorCategory.OperationStopped, "InvalidOperationException"))

    def blame(self, extent: Any) -> "CollectionModified":
        self.record.extent = extent
        return self


class DictionaryView(NetCollection):
    """A dictionary's Keys (values_side False) or Values. The list holds the items as they were
    when last read; every read first brings it up to date if the dictionary has changed since."""

    __slots__ = ("table", "version", "values_side")

    def __init__(self, table: PSHashtable, values_side: bool):
        super().__init__(table.values() if values_side else table.keys())
        self.table = table
        self.version = table._version
        self.values_side = values_side

    def _fresh(self) -> None:
        table = self.table
        if table._version != self.version:
            self[:] = table.values() if self.values_side else table.keys()
            self.version = table._version

    def __iter__(self) -> Iterator[Any]:
        self._fresh()
        table, version = self.table, self.version
        for item in list.__iter__(self):
            yield item
            if table._version != version:
                raise CollectionModified()

    def __len__(self) -> int:
        self._fresh()
        return list.__len__(self)

    def __reversed__(self) -> Iterator[Any]:
        self._fresh()
        return list.__reversed__(self)

    @property
    def ps_type_name(self) -> str:
        table = self.table
        part = "ValueCollection" if self.values_side else "KeyCollection"
        key_name = getattr(table, "key_name", None)
        if key_name is not None:        # a Dictionary[K,V]
            from pyshell.runtime.dictionarytypes import DICTIONARY
            return generic_type_name(f"{DICTIONARY}+{part}", [key_name, table.value_name])  # type: ignore[attr-defined]
        if table.ordered:
            return _ORDERED_VIEW
        return f"System.Collections.Hashtable+{part}"

    # -- members: ICollection's -------------------------------------------------------------------
    def ps_property(self, key: str) -> Any:
        if key == "count":
            return len(self)
        if key == "issynchronized":
            return False
        return NOT_A_MEMBER

    def ps_property_definitions(self) -> list[tuple[str, str]]:
        return [("Count", "int Count {get;}"), ("IsSynchronized", "bool IsSynchronized {get;}")]

    def ps_method_table(self) -> dict:
        return {}


def keys_of(table: PSHashtable) -> DictionaryView:
    return DictionaryView(table, False)


def values_of(table: PSHashtable) -> DictionaryView:
    return DictionaryView(table, True)

"""Display views: which layout and which properties a type name gets by default.

Modules declare views (Module.views); the formatter looks them up by the object's type names,
most derived first, as PowerShell's format data does.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable


@dataclass(frozen=True)
class Column:
    label: str
    property: str | None = None        # the property shown; default: the label
    width: int | None = None
    alignment: str = "Left"            # Left, Right, Center

    @property
    def source(self) -> str:
        return self.property or self.label


@dataclass(frozen=True)
class View:
    type_name: str
    shape: str                         # "list" or "table"
    properties: tuple[str, ...] = ()   # list views: the properties, in order
    columns: tuple[Column, ...] = ()   # table views
    name: str = ""


class ViewRegistry:
    """The views known to one session."""

    def __init__(self, views: Iterable[View] = ()):
        self._by_type: dict[str, list[View]] = {}
        for v in views:
            self.add(v)

    def add(self, view: View) -> None:
        self._by_type.setdefault(view.type_name.lower(), []).append(view)

    def find(self, type_names: Iterable[str], shape: str | None = None) -> View | None:
        for tn in type_names:
            for view in self._by_type.get(tn.lower(), ()):
                if shape is None or view.shape == shape:
                    return view
        return None

    def all(self) -> list[Any]:
        return [v for views in self._by_type.values() for v in views]

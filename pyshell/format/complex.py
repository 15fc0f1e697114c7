"""Format-Custom's layout for an object no custom view is registered for (PowerShell's complex view
object browser).

The object is written as a tree of text: `class <short type name>`, then `{`, one `Name = value`
line per property indented two cells, and `}`. A property whose value is a collection writes
`Name =` and then the items between `[` and `]` (cut after $FormatEnumerationLimit items with
`...`), followed by a blank line; a property holding another object writes that object's own block
under it. Strings, numbers and the other scalar types are shown as text, and so is every value
once the tree is -Depth levels deep (5 unless told otherwise). Each entry ends with a blank line.

The lines are produced as (indentation, text) pairs; the writer wraps a long line within the width
left after its indentation and indents every piece of it.
"""
from __future__ import annotations

from pyshell.format.fields import display_text, is_scalar, property_items
from pyshell.runtime.typenames import type_names_of
from pyshell.runtime.values import PSHashtable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Sequence

DEFAULT_DEPTH = 5
INDENT = 2
ELLIPSES = "..."


def enumerable(value: Any) -> list[Any] | None:
    """The items of a value the browser opens as `[ ... ]`: arrays, lists and dictionaries."""
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, PSHashtable):
        return value.entry_objects()
    return None


def class_name(obj: Any) -> str:
    names = type_names_of(obj)
    if not names:
        return "PSObject"
    return names[0].split(".")[-1]


class ComplexBrowser:
    """Builds the lines of one Format-Custom entry."""

    def __init__(self, limit: int, depth: int = DEFAULT_DEPTH):
        self.limit = limit
        self.depth = depth
        self.lines: list[tuple[int, str]] = []

    def entry(self, obj: Any, properties: Sequence[tuple[str, Any, int | None]] | None = None) -> list[tuple[int, str]]:
        """The lines of `obj`; `properties` (name, value, depth or None) are -Property's, in place of
        the object's own; a property's depth applies to its value's subtree."""
        self.lines = []
        if is_scalar(obj):
            self._leaf(0, "", obj)
        else:
            items = enumerable(obj)
            if items is not None:
                self._enumeration(0, items, 0, self.depth)
            else:
                self._object(0, obj, 0, self.depth, properties)
        self.lines.append((0, ""))        # the writer's last flush: an empty line after each entry
        return self.lines

    @staticmethod
    def _leaf_node(value: Any, level: int, depth: int) -> bool:
        return level >= depth or value is None or is_scalar(value)

    def _leaf(self, indent: int, prefix: str, value: Any) -> None:
        self.lines.append((indent, prefix + display_text(value, self.limit)))

    def _object(self, indent: int, obj: Any, level: int, depth: int,
                properties: Sequence[tuple[str, Any, int | None]] | None = None) -> None:
        self.lines.append((indent, "class " + class_name(obj)))
        self.lines.append((indent, "{"))
        inner = indent + INDENT
        if properties is None:
            properties = [(name, value, None) for name, value in property_items(obj)]
        for name, value, own_depth in properties:
            prefix = f"{name} = "
            limit = depth if own_depth is None else own_depth
            items = enumerable(value) if value is not None else None
            if items is not None:
                self.lines.append((inner, prefix))
                self._enumeration(inner + INDENT, items, level + 1, limit)
            elif self._leaf_node(value, level, limit):
                self._leaf(inner, prefix, value)
            else:
                self.lines.append((inner, prefix))
                self._object(inner + INDENT, value, level + 1, limit)
        self.lines.append((indent, "}"))

    def _enumeration(self, indent: int, items: list[Any], level: int, depth: int) -> None:
        self.lines.append((indent, "["))
        inner = indent + INDENT
        for count, item in enumerate(items):
            if 0 <= self.limit == count:
                self.lines.append((inner, ELLIPSES))
                break
            if self._leaf_node(item, level, depth):
                self._leaf(inner, "", item)
                continue
            nested = enumerable(item)
            if nested is not None:
                self.lines.append((inner, ""))
                self._enumeration(inner + INDENT, nested, level + 1, depth)
            else:
                self._object(inner, item, level + 1, depth)
        self.lines.append((indent, "]"))
        self.lines.append((indent, ""))

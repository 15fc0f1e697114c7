"""System.Text.StringBuilder: the text buffer scripts build long output in.

The text is kept as a list of pieces joined only when it is read, so a loop of Appends costs what
the text is long, not its square. Capacity follows .NET Framework's rule for a builder that only
grows at its end (16 to start; when full, a new block as large as the text so far, at most 8000
characters, or as large as the overflow); after an Insert or Replace in the middle it is an
estimate by the same rule. MaxCapacity is Int32.MaxValue unless a constructor says otherwise.

PowerShell 5.1 shows a builder as a table of Capacity, MaxCapacity and Length (the type has no
view of its own), and makes text of it with ToString(). Imported the first time a script names
the type.
"""
from __future__ import annotations

import os

from pyshell.runtime.conversion import to_int, to_string
from pyshell.runtime.typenames import type_name_of
from pyshell.runtime.values import NOT_A_MEMBER, PSHashtable, TypedArray

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

STRING_BUILDER = "System.Text.StringBuilder"
_INT32_MAX = 2 ** 31 - 1
_DEFAULT_CAPACITY = 16
_MAX_BLOCK = 8000
_INDEX_RANGE = "Index was out of range. Must be non-negative and less than the size of the collection."


def _out_of_range(message: str, parameter: str) -> IndexError:
    return IndexError(f"{message}\nParameter name: {parameter}")


class StringBuilder:
    """One builder. `_pieces` joined is its text; `_length` is that text's length."""

    ps_type_name = STRING_BUILDER
    __slots__ = ("_pieces", "_length", "capacity", "max_capacity")

    def __init__(self, text: str = "", capacity: int = 0, max_capacity: int = _INT32_MAX):
        self._pieces = [text] if text else []
        self._length = len(text)
        self.capacity = max(capacity or min(_DEFAULT_CAPACITY, max_capacity), len(text))
        self.max_capacity = max_capacity

    # -- the text ------------------------------------------------------------------------------
    @property
    def text(self) -> str:
        if len(self._pieces) > 1:
            self._pieces = ["".join(self._pieces)]
        return self._pieces[0] if self._pieces else ""

    def _grow_to(self, length: int) -> None:
        """Make room for `length` characters, as .NET adds a block when the last one is full."""
        if length > self.max_capacity:
            raise _out_of_range("capacity was less than the current size.", "requiredLength")
        from pyshell.runtime import arith
        arith.check_size(length)
        if length > self.capacity:
            self.capacity += max(length - self.capacity, min(self.capacity, _MAX_BLOCK))

    def append(self, text: str) -> "StringBuilder":
        if text:
            self._grow_to(self._length + len(text))
            self._pieces.append(text)
            self._length += len(text)
        return self

    def replace_text(self, text: str) -> None:
        self._grow_to(len(text))
        self._pieces = [text] if text else []
        self._length = len(text)

    def set_length(self, value: Any) -> None:
        n = to_int(value)
        if n < 0:
            raise _out_of_range("Length cannot be less than zero.", "value")
        if n > self._length:
            self.append("\0" * (n - self._length))
        else:
            self._pieces = [self.text[:n]] if n else []
            self._length = n            # shortening keeps the capacity

    def set_capacity(self, value: Any) -> None:
        n = to_int(value)
        if n > self.max_capacity:
            raise _out_of_range("Capacity exceeds maximum capacity.", "value")
        if n < self._length:
            raise _out_of_range("capacity was less than the current size.", "value")
        self.capacity = n

    # -- what PowerShell asks of a value --------------------------------------------------------
    def ps_to_string(self) -> str:
        return self.text

    def ps_properties(self) -> list[tuple[str, Any]]:
        return [("Capacity", self.capacity), ("MaxCapacity", self.max_capacity), ("Length", self._length)]

    def ps_property_definitions(self) -> list[tuple[str, str]]:
        return [("Capacity", "int Capacity {get;set;}"), ("MaxCapacity", "int MaxCapacity {get;}"),
                ("Length", "int Length {get;set;}")]

    def ps_property(self, key: str) -> Any:
        if key == "capacity":
            return self.capacity
        if key == "maxcapacity":
            return self.max_capacity
        if key == "length":
            return self._length
        return NOT_A_MEMBER

    def ps_set_property(self, key: str, value: Any) -> bool:
        if key == "length":
            self.set_length(value)
        elif key == "capacity":
            self.set_capacity(value)
        else:
            return False
        return True

    def ps_index(self, index: Any) -> Any:
        """`$sb[i]`: the indexer (Chars), a [char]."""
        from pyshell.runtime.types import PSChar
        i = to_int(index)
        if not 0 <= i < self._length:
            raise _out_of_range(_INDEX_RANGE, "index")
        return PSChar(self.text[i])

    def ps_method_table(self) -> dict[str, tuple[str, str, Callable[..., Any]]]:
        return _METHODS


# --- methods ---------------------------------------------------------------------------------------

def dotnet_text(value: Any) -> str:
    """An argument as the overload PowerShell picks for it writes it: a [char[]] by its characters,
    any other array or list by its type's name (Object.ToString()), the rest as PowerShell makes
    text of it."""
    if value is None:
        return ""
    if isinstance(value, TypedArray) and value.element_name == "System.Char":
        return "".join(value)
    if isinstance(value, (list, tuple, PSHashtable)):
        return type_name_of(value)
    return to_string(value)


def _char(value: Any) -> str:
    from pyshell.runtime.types import CharType
    return CharType.ps_convert(value)


def _append(sb: StringBuilder, value: Any, *more: Any) -> StringBuilder:
    """Append(value), Append(char, repeatCount), Append(string or char[], startIndex, count)."""
    if not more:
        return sb.append(dotnet_text(value))
    if len(more) == 1:
        count = to_int(more[0])
        if count < 0:
            raise _out_of_range("Count cannot be less than zero.", "repeatCount")
        from pyshell.runtime import arith
        arith.check_size(count)
        return sb.append(_char(value) * count)
    if len(more) > 2:
        raise TypeError("no such overload")
    text = dotnet_text(value)
    start, count = to_int(more[0]), to_int(more[1])
    if start < 0:
        raise _out_of_range("StartIndex cannot be less than zero.", "startIndex")
    if count < 0:
        raise _out_of_range("Count cannot be less than zero.", "count")
    if start + count > len(text):
        raise _out_of_range(_INDEX_RANGE, "count")
    return sb.append(text[start:start + count])


def _append_line(sb: StringBuilder, value: Any = None) -> StringBuilder:
    """AppendLine() and AppendLine(string): the argument made text as a [string] cast makes it."""
    return sb.append(("" if value is None else to_string(value)) + os.linesep)


def _append_format(sb: StringBuilder, fmt: Any, *args: Any) -> StringBuilder:
    from pyshell.runtime.formatop import FormatFailure, format_operator
    from pyshell.runtime.operators import PSOperatorError
    if fmt is None:
        from pyshell.runtime.collectiontypes import null_argument
        raise null_argument("format")
    values = list(args[0]) if len(args) == 1 and isinstance(args[0], (list, tuple)) else list(args)
    try:
        return sb.append(format_operator(fmt, values))
    except FormatFailure as exc:
        raise PSOperatorError(exc.reason, "FormatError", inner="FormatException") from None


def _insert(sb: StringBuilder, index: Any, value: Any, count: Any = None) -> StringBuilder:
    """Insert(index, value) and Insert(index, string, count)."""
    i = to_int(index)
    if not 0 <= i <= sb._length:
        raise _out_of_range(_INDEX_RANGE, "index")
    piece = dotnet_text(value)
    if count is not None:
        n = to_int(count)
        if n < 0:
            raise _out_of_range("Non-negative number required.", "count")
        from pyshell.runtime import arith
        arith.check_size(len(piece) * n)
        piece *= n
    text = sb.text
    sb.replace_text(text[:i] + piece + text[i:])
    return sb


def _remove(sb: StringBuilder, start: Any, length: Any) -> StringBuilder:
    i, n = to_int(start), to_int(length)
    if n < 0:
        raise _out_of_range("Length cannot be less than zero.", "length")
    if i < 0:
        raise _out_of_range("StartIndex cannot be less than zero.", "startIndex")
    if n > sb._length - i:
        raise _out_of_range(_INDEX_RANGE, "index")
    text = sb.text
    sb.replace_text(text[:i] + text[i + n:])
    return sb


def _replace(sb: StringBuilder, old: Any, new: Any, start: Any = None, count: Any = None) -> StringBuilder:
    """Replace(old, new) and Replace(old, new, startIndex, count): every occurrence, ordinally."""
    if old is None:
        from pyshell.runtime.collectiontypes import null_argument
        raise null_argument("oldValue")
    before, after = to_string(old), "" if new is None else to_string(new)
    if not before:
        raise ValueError("String cannot be of zero length.\nParameter name: oldValue")
    text = sb.text
    if start is None:
        i, n = 0, len(text)
    else:
        if count is None:
            raise TypeError("no such overload")
        i, n = to_int(start), to_int(count)
        if not 0 <= i <= len(text):
            raise _out_of_range(_INDEX_RANGE, "startIndex")
        if n < 0 or i > len(text) - n:
            raise _out_of_range(_INDEX_RANGE, "count")
    sb.replace_text(text[:i] + text[i:i + n].replace(before, after) + text[i + n:])
    return sb


def _clear(sb: StringBuilder) -> StringBuilder:
    sb.set_length(0)
    return sb


def _to_string(sb: StringBuilder, start: Any = None, length: Any = None) -> str:
    text = sb.text
    if start is None:
        return text
    if length is None:
        raise TypeError("no such overload")
    i, n = to_int(start), to_int(length)
    if i < 0:
        raise _out_of_range("StartIndex cannot be less than zero.", "startIndex")
    if i > len(text):
        raise _out_of_range("startIndex cannot be larger than length of string.", "startIndex")
    if n < 0:
        raise _out_of_range("Length cannot be less than zero.", "length")
    if i > len(text) - n:
        raise _out_of_range("Index and length must refer to a location within the string.", "length")
    return text[i:i + n]


def _ensure_capacity(sb: StringBuilder, capacity: Any) -> int:
    n = to_int(capacity)
    if n < 0:
        raise _out_of_range("Capacity must be positive.", "capacity")
    if sb.capacity < n:
        sb.set_capacity(n)
    return sb.capacity


def _equals(sb: StringBuilder, other: Any) -> bool:
    """Equals(StringBuilder): the same text, capacity and maximum capacity."""
    return isinstance(other, StringBuilder) and (other is sb or (
        other.capacity == sb.capacity and other.max_capacity == sb.max_capacity and other.text == sb.text))


_SB = STRING_BUILDER
# lower-case name -> (name as .NET spells it, definition as Get-Member shows it, implementation)
_METHODS: dict[str, tuple[str, str, Callable[..., Any]]] = {
    "append": ("Append", f"{_SB} Append(System.Object value), {_SB} Append(string value), "
                         f"{_SB} Append(char value, int repeatCount), "
                         f"{_SB} Append(string value, int startIndex, int count)", _append),
    "appendline": ("AppendLine", f"{_SB} AppendLine(), {_SB} AppendLine(string value)", _append_line),
    "appendformat": ("AppendFormat", f"{_SB} AppendFormat(string format, Params System.Object[] args)",
                     _append_format),
    "insert": ("Insert", f"{_SB} Insert(int index, System.Object value), "
                         f"{_SB} Insert(int index, string value, int count)", _insert),
    "remove": ("Remove", f"{_SB} Remove(int startIndex, int length)", _remove),
    "replace": ("Replace", f"{_SB} Replace(string oldValue, string newValue), "
                           f"{_SB} Replace(string oldValue, string newValue, int startIndex, int count)", _replace),
    "clear": ("Clear", f"{_SB} Clear()", _clear),
    "tostring": ("ToString", "string ToString(), string ToString(int startIndex, int length)", _to_string),
    "ensurecapacity": ("EnsureCapacity", "int EnsureCapacity(int capacity)", _ensure_capacity),
    "equals": ("Equals", "bool Equals(System.Text.StringBuilder sb), bool Equals(System.Object obj)", _equals),
}


class StringBuilderType:
    """[System.Text.StringBuilder]: made by New-Object or ::new; nothing converts to one."""
    ps_type_name = STRING_BUILDER

    @staticmethod
    def ps_convert(value: Any) -> Any:
        if value is None or isinstance(value, StringBuilder):
            return value
        from pyshell.runtime.conversion import PSConversionError
        raise PSConversionError(value, STRING_BUILDER)

    @staticmethod
    def new(*args: Any) -> StringBuilder:
        """(), (int capacity), (string value), (string value, int capacity), (int capacity, int maxCapacity)."""
        if len(args) > 2:
            raise TypeError("no such constructor")
        text, capacity, maximum = "", 0, _INT32_MAX
        if len(args) == 2 and not isinstance(args[0], str):
            capacity, maximum = to_int(args[0]), to_int(args[1])
            if maximum < 1:
                raise _out_of_range("'maxCapacity' must be greater than zero.", "maxCapacity")
            if capacity > maximum:
                raise _out_of_range("Capacity exceeds maximum capacity.", "capacity")
        elif args and (isinstance(args[0], str) or args[0] is None):
            text = "" if args[0] is None else args[0]
            if len(args) == 2:
                capacity = to_int(args[1])
        elif args:
            capacity = to_int(args[0])
        if capacity < 0:
            raise _out_of_range("'capacity' must be greater than zero.", "capacity")
        return StringBuilder(text, capacity, maximum)

    @staticmethod
    def is_instance(value: Any) -> bool:
        return isinstance(value, StringBuilder)


def register(add: Callable[[tuple[str, ...], Any], None]) -> None:
    from pyshell.runtime.types import TypeRef
    add(("System.Text.StringBuilder", "Text.StringBuilder"),
        TypeRef("System.Text.StringBuilder", StringBuilderType, {"new": StringBuilderType.new},
                StringBuilderType.is_instance))

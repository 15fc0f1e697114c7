"""Text to an enum's value, the way PowerShell 5.1 converts it (LanguagePrimitives'
ConvertStringToEnum):

1. .NET's Enum.Parse: a number, or a name, or names joined by commas (their values OR-ed
   together, for any enum), matched in exact case and then in any case;
2. failing that, the one enumerator whose name begins with the text, so `-ErrorAction Si` is
   SilentlyContinue and `[ConsoleColor]'Yel'` is Yellow; a text that begins several names is an
   error listing them;
3. the value found must be one the enum defines, or for a [Flags] enum, be made of its bits.

An enum here is a table of (name, value) pairs in .NET's order (by value), so the engine's own
PSEnum classes and the option sets that cmdlets keep as plain masks share these rules."""
from __future__ import annotations

from pyshell.runtime.conversion import PSConversionError, to_string
from pyshell.runtime.values import PSEnum

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Sequence

    Members = Sequence[tuple[str, int]]

_INT32_MIN, _INT32_MAX = -2 ** 31, 2 ** 31 - 1

# PowerShell settles these prefixes of System.IO.FileAttributes itself: each of these names wins
# over the others that begin with the same letters (EnumMinimumDisambiguation).
_PREFERRED = {"System.IO.FileAttributes": ("Directory", "ReadOnly", "System")}


class EnumValueNotDefined(PSConversionError):
    """A number, or a combination of names, that is not a value of the enum."""

    def __init__(self, value: Any, type_name: str, members: Members):
        self.names = ",".join(name for name, _ in members)
        super().__init__(value, type_name)

    @property
    def message(self) -> str:
        return (f'Cannot convert value "{to_string(self.value)}" to type "{self.type_name}" due to enumeration '
                f"values that are not valid. Specify one of the following enumeration values and try again. "
                f'The possible enumeration values are "{self.names}".')


_MEMBERS: dict[type, list[tuple[str, int]]] = {}


def members_of(enum_cls: type) -> list[tuple[str, int]]:
    """A PSEnum class's names and values, aliases included, ordered by value as .NET lists them."""
    table = _MEMBERS.get(enum_cls)
    if table is None:
        pairs = [(name, member.value) for name, member in enum_cls.__members__.items()]
        table = sorted(pairs, key=lambda pair: _unsigned(pair[1]))
        _MEMBERS[enum_cls] = table
    return table


def _unsigned(number: int) -> int:
    return number if number >= 0 else number + 2 ** 64


def dotnet_enum_parse(text: str, members: Members, type_name: str, ignore_case: bool = True) -> int | None:
    """Enum.Parse: the value of a number or of comma-joined names, or None where it finds none.
    A number too large for the enum is .NET's overflow, reported as a conversion error."""
    text = text.strip()
    if not text:
        return None
    if (text[0].isdigit() or text[0] in "+-") and "_" not in text:
        try:
            number = int(text)
        except ValueError:
            number = None           # .NET reads it as names after all, which then fail
        if number is not None:
            if not _INT32_MIN <= number <= _INT32_MAX:
                raise PSConversionError(text, type_name, "Value was either too large or too small for an Int32.")
            return number
    total = 0
    for part in text.split(","):
        name = part.strip()
        value = _find(name, members, ignore_case)
        if value is None:
            return None
        total |= value
    return total


def _find(name: str, members: Members, ignore_case: bool) -> int | None:
    for member_name, value in members:
        if member_name == name:
            return value
    if ignore_case:
        lowered = name.lower()
        for member_name, value in members:
            if member_name.lower() == lowered:
                return value
    return None


def parse_enum_text(text: str, members: Members, type_name: str, flags: bool, original: Any = None) -> int:
    """The value PowerShell finds for `text` (see the module's notes); `original` is the value the
    conversion started from, which the error messages show (the text itself by default)."""
    shown = text if original is None else original
    number = dotnet_enum_parse(text, members, type_name)
    if number is None:
        number = _by_prefix(text, members, type_name, shown)
    check_defined(number, members, type_name, flags, shown)
    return number


def _by_prefix(text: str, members: Members, type_name: str, shown: Any) -> int:
    lowered = text.lower()
    matches = [(name, value) for name, value in members if name.lower().startswith(lowered)]
    if len(matches) == 1:
        return matches[0][1]
    if not matches:
        names = ", ".join(name for name, _ in members)
        raise PSConversionError(shown, type_name,
                                f"Unable to match the identifier name {text} to a valid enumerator name. "
                                f"Specify one of the following enumerator names and try again:\n{names}")
    for preferred in _PREFERRED.get(type_name, ()):
        if preferred.lower().startswith(lowered):
            return dict(members)[preferred]
    listed = ", ".join(name for name, _ in matches)
    raise PSConversionError(shown, type_name,
                            f"The identifier name {text} cannot be processed because it is either too similar or "
                            f"identical to the following enumerator names: {listed}. Use a more specific "
                            f"identifier name.")


def check_defined(number: int, members: Members, type_name: str, flags: bool, shown: Any) -> None:
    """Refuse a value the enum does not define: for a [Flags] enum, one with a bit none of its
    enumerators has. An enum with a negative enumerator takes any value, as in .NET."""
    if any(value < 0 for _, value in members):
        return
    if number >= 0:
        if flags:
            every = 0
            for _, value in members:
                every |= value
            if number & ~every == 0:
                return
        elif any(value == number for _, value in members):
            return
    raise EnumValueNotDefined(shown, type_name, members)


def flags_mask(value: Any, members: Members, type_name: str) -> int:
    """A [Flags] option set given as a script gives it: $null (none), an enum value, a number,
    text (names joined by commas), or a list of any of these."""
    if value is None:
        return 0
    if isinstance(value, PSEnum):
        if value.ps_type_name() == type_name:
            return int(value.value)
        value = value.name
    if isinstance(value, bool):
        raise PSConversionError(value, type_name)
    if isinstance(value, int):
        check_defined(value, members, type_name, True, value)
        return value
    if isinstance(value, (list, tuple)):
        if all(isinstance(item, str) for item in value):
            # Names read as one text joined by commas (ConvertEnumerableToEnum), so a prefix is
            # taken only where the list has one item.
            return parse_enum_text(",".join(value), members, type_name, True)
        mask = 0
        for item in value:
            mask |= flags_mask(item, members, type_name)
        return mask
    number = getattr(value, "value", None)     # an option set's own value type (RegexOptions, say)
    if isinstance(number, int) and getattr(value, "ps_type_name", None) == type_name:
        return number
    return parse_enum_text(to_string(value), members, type_name, True, value)

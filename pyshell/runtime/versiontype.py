"""[System.Version]: the four-part version number $PSVersionTable.PSVersion holds, which scripts
compare (`$PSVersionTable.PSVersion -ge [version]"3.0"`), build (`[version]::new(1, 2)`) and parse
(`[version]"1.2.3"`). A part left out is -1 and orders before 0, so 1.2 is less than 1.2.0, as in .NET."""
from __future__ import annotations

from pyshell.runtime.values import property_in

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

VERSION = "System.Version"
_WRONG_LENGTH = "Version string portion was too short or too long."
_NOT_A_NUMBER = "Input string was not in a correct format."
_NEGATIVE = "Version's parameters must be greater than or equal to zero."


class Version:
    ps_type_name = VERSION
    __slots__ = ("major", "minor", "build", "revision")

    def __init__(self, major: int = 0, minor: int = 0, build: int = -1, revision: int = -1):
        self.major, self.minor, self.build, self.revision = major, minor, build, revision

    def _key(self) -> tuple[int, int, int, int]:
        return self.major, self.minor, self.build, self.revision

    # -- ordering: the right-hand side converts, as PowerShell converts it to the left's type ----
    def __eq__(self, other: object) -> bool:
        if isinstance(other, Version):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __lt__(self, other: Any) -> bool:
        return self._key() < _comparable(self, other)._key()

    def __gt__(self, other: Any) -> bool:
        return self._key() > _comparable(self, other)._key()

    def ps_equals(self, other: Any) -> bool:
        try:
            return self._key() == parse_version(other)._key()
        except (ValueError, TypeError):
            return False

    # -- what PowerShell asks of a value --------------------------------------------------------
    def ps_to_string(self) -> str:
        return ".".join(str(p) for p in self._key() if p >= 0)

    def ps_properties(self) -> list[tuple[str, Any]]:
        revision = self.revision
        return [("Major", self.major), ("Minor", self.minor), ("Build", self.build), ("Revision", revision),
                ("MajorRevision", revision >> 16 if revision >= 0 else -1),
                ("MinorRevision", revision & 0xFFFF if revision >= 0 else -1)]

    def ps_property_definitions(self) -> list[tuple[str, str]]:
        return [(name, f"int {name} {{get;}}") for name, _ in self.ps_properties()[:4]] + \
               [(name, f"short {name} {{get;}}") for name, _ in self.ps_properties()[4:]]

    def ps_property(self, key: str) -> Any:
        return property_in(self.ps_properties(), key)

    def ps_method_table(self) -> dict[str, tuple[str, str, Callable[..., Any]]]:
        return _METHODS

    def __repr__(self) -> str:
        return f"Version({self.ps_to_string()})"


def _to_string(version: Version, field_count: Any = None) -> str:
    if field_count is None:
        return version.ps_to_string()
    count = int(field_count)
    defined = len([p for p in version._key() if p >= 0])
    if not 0 <= count <= defined:
        raise IndexError(f"Argument must be between 0 and {defined}.\r\nParameter name: fieldCount")
    return ".".join(str(p) for p in version._key()[:count])


def _compare_to(version: Version, other: Any) -> int:
    if other is None:
        return 1
    key, theirs = version._key(), parse_version(other)._key()
    return (key > theirs) - (key < theirs)


_METHODS: dict[str, tuple[str, str, Callable[..., Any]]] = {
    "tostring": ("ToString", "string ToString(), string ToString(int fieldCount)", _to_string),
    "compareto": ("CompareTo", "int CompareTo(version value)", _compare_to),
    "equals": ("Equals", "bool Equals(version obj)", lambda v, other: v.ps_equals(other)),
}


def _comparable(left: Version, other: Any) -> Version:
    """The right operand of a comparison with a version, converted to one (PowerShell's error if not)."""
    try:
        return parse_version(other)
    except (ValueError, TypeError) as exc:
        from pyshell.runtime.conversion import to_string
        from pyshell.runtime.operators import PSOperatorError
        raise PSOperatorError(f'Could not compare "{left.ps_to_string()}" to "{to_string(other)}". Error: '
                              f'"Cannot convert value "{to_string(other)}" to type "{VERSION}". Error: '
                              f'"{exc.args[0] if exc.args else _NOT_A_NUMBER}""', "ComparisonFailure") from None


def parse_version(value: Any) -> Version:
    """A version from another or from its text: two to four parts, each a number 0 or more.
    Raises ValueError with .NET's message otherwise."""
    if isinstance(value, Version):
        return value
    from pyshell.runtime.conversion import to_string
    text = to_string(value).strip()
    parts = text.split(".")
    if not 2 <= len(parts) <= 4:
        raise ValueError(_WRONG_LENGTH)
    numbers = []
    for part in parts:
        piece = part.strip()
        if not piece or not (piece.isdigit() or (piece[0] in "+-" and piece[1:].isdigit())):
            raise ValueError(_NOT_A_NUMBER)
        number = int(piece)
        if number < 0:
            raise ValueError(_NEGATIVE)
        numbers.append(number)
    return Version(*numbers)


def _new(*args: Any) -> Version:
    if not args:
        return Version()
    if len(args) == 1:
        return parse_version(args[0])
    if len(args) > 4:
        raise TypeError("no such constructor")
    from pyshell.runtime.conversion import convert_to
    numbers = [convert_to(a, int) for a in args]
    if any(n < 0 for n in numbers):
        raise ValueError(_NEGATIVE)
    return Version(*numbers)


class VersionType:
    """[version] / [System.Version]: converts text ("1.2.3") and makes versions."""
    ps_type_name = VERSION

    @staticmethod
    def ps_convert(value: Any) -> Any:
        if value is None or isinstance(value, Version):
            return value
        from pyshell.runtime.conversion import PSConversionError
        if not isinstance(value, str):
            raise PSConversionError(value, VERSION)       # only text converts, through Version.Parse
        try:
            return parse_version(value)
        except ValueError as exc:
            raise PSConversionError(value, VERSION, exc.args[0], "InvalidCastParseTargetInvocation") from None


def _parse(value: Any) -> Version:
    """[version]::Parse(text): a failure names .NET's exception (FormatException for a part that is
    not a number, ArgumentOutOfRangeException for a negative one, else ArgumentException)."""
    try:
        return parse_version(value)
    except ValueError as exc:
        from pyshell.runtime.operators import PSOperatorError
        message = exc.args[0]
        inner = {_NOT_A_NUMBER: "FormatException", _NEGATIVE: "ArgumentOutOfRangeException"}.get(
            message, "ArgumentException")
        raise PSOperatorError(message, inner=inner) from None


def register(add: Callable[[tuple[str, ...], Any], None]) -> None:
    from pyshell.runtime.types import TypeRef
    from pyshell.runtime.tryparse import version_try_parse
    statics = {"new": _new, "parse": _parse, "tryparse": version_try_parse}
    add(("version", VERSION), TypeRef("version", VersionType, statics, lambda value: isinstance(value, Version)))

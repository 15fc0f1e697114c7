"""The type literals of the .NET numeric types numerics.py describes: [byte], [sbyte], [int16],
[uint16], [uint32], [uint64] and [float]/[single], with their System.* names. These are the
accelerators Windows PowerShell 5.1 has (TypeResolver.cs); [short], [ushort], [uint] and [ulong]
are not among them, so they stay "Unable to find type"."""
from __future__ import annotations

from pyshell.runtime.conversion import PSConversionError, to_float, to_int
from pyshell.runtime.numerics import SINGLE_MAX, to_single
from pyshell.runtime.typenames import Byte, Int16, SByte, Single, UInt16, UInt32, UInt64

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable


class IntegerType:
    """A sized integer type as a conversion target: range-checked, with .NET's overflow message;
    a Double rounds half to even first ([byte]2.5 is 2)."""

    def __init__(self, kind: type, low: int, high: int):
        self.kind = kind
        self.low = low
        self.high = high
        self.ps_type_name = kind.ps_type_name       # type: ignore[attr-defined]

    def ps_convert(self, value: Any) -> Any:
        if type(value) is self.kind:
            return value
        try:
            return self.kind(to_int(value, self.ps_type_name, self.low, self.high))
        except PSConversionError as exc:
            # LanguagePrimitives' ids: text goes through ConvertStringToInteger, a number through
            # ConvertNumeric (IConvertible).
            if not exc.error_id and exc.reason:
                exc.error_id = "InvalidCastFromStringToInteger" if isinstance(value, str) else "InvalidCastIConvertible"
            raise

    def is_instance(self, value: Any) -> bool:
        return type(value) is self.kind


class SingleType:
    """[float], [single]: a Double narrowed to the nearest Single (too large is an infinity, as
    .NET's conversion gives); text too large for a Single is an overflow."""

    ps_type_name = "System.Single"

    @staticmethod
    def ps_convert(value: Any) -> Single:
        if type(value) is Single:
            return value
        try:
            n = to_float(value)
        except PSConversionError as exc:
            if isinstance(value, str):          # ConvertStringToReal's id, naming Single
                raise PSConversionError(value, "System.Single", exc.reason,
                                        "InvalidCastFromStringToDoubleOrSingle") from None
            raise PSConversionError(value, "System.Single", exc.reason, exc.error_id) from None
        single = to_single(n)
        if isinstance(value, str) and single != n and abs(single) == float("inf"):
            raise PSConversionError(value, "System.Single", "Value was either too large or too small for a Single.",
                                    "InvalidCastFromStringToDoubleOrSingle")
        return single


def _parse_static(name: str, kind: str) -> Callable[..., Any]:
    def call(*args: Any) -> Any:
        from pyshell.runtime import tryparse
        return getattr(tryparse, name)(kind)(*args)
    return call


_INTEGERS = (("byte", Byte, 0, 2 ** 8 - 1), ("sbyte", SByte, -2 ** 7, 2 ** 7 - 1),
             ("int16", Int16, -2 ** 15, 2 ** 15 - 1), ("uint16", UInt16, 0, 2 ** 16 - 1),
             ("uint32", UInt32, 0, 2 ** 32 - 1), ("uint64", UInt64, 0, 2 ** 64 - 1))


def register(add: Callable[[tuple[str, ...], Any], None]) -> None:
    from pyshell.runtime.types import TypeRef
    for name, kind, low, high in _INTEGERS:
        target = IntegerType(kind, low, high)
        statics = {"maxvalue": kind(high), "minvalue": kind(low),
                   "parse": _parse_static("parse", name), "tryparse": _parse_static("try_parse", name)}
        add((name, target.ps_type_name), TypeRef(name, target, statics, target.is_instance))
    statics = {"maxvalue": Single(SINGLE_MAX), "minvalue": Single(-SINGLE_MAX), "epsilon": Single(1.401298464324817e-45),
               "nan": Single(float("nan")), "positiveinfinity": Single(float("inf")),
               "negativeinfinity": Single(float("-inf")),
               "parse": _parse_static("parse", "single"), "tryparse": _parse_static("try_parse", "single")}
    add(("float", "single", "System.Single"),
        TypeRef("float", SingleType, statics, lambda value: type(value) is Single))


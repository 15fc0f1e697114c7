"""The .NET numeric types beside Int32, Int64, Double and Decimal: Byte, SByte, Int16, UInt16,
UInt32, UInt64 and Single, as PowerShell 5.1 converts, widens and shows them.

Their values are ints (floats for Single) of the classes in typenames.py. Python arithmetic on them
gives plain numbers; `fit` types an integer result again the way PowerShell's binder does
(Binders.cs, BinaryNumericOp, and the IntOps/UIntOps/LongOps/ULongOps of NumericOps.cs):

- the operation takes the wider operand's type by .NET TypeCode; anything up to Int32 works as Int32,
  so a Byte plus a Byte is an Int32;
- UInt32 (or UInt64) with a negative signed operand works as Int64 (as Decimal);
- a result the operation's type cannot hold is a Double;
- Single with anything but Decimal works as Double.
"""
from __future__ import annotations

import struct

from pyshell.runtime.typenames import (INT32_MAX, INT32_MIN, INT64_MAX, INT64_MIN, Byte, Int16, Int64, SByte, Single,
                                       UInt16, UInt32, UInt64)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

UINT32_MAX = 2 ** 32 - 1
UINT64_MAX = 2 ** 64 - 1
SINGLE_MAX = 3.4028234663852886e38
DECIMAL_LIMIT = 79228162514264337593543950335
_INT32_CODE, _INT64_CODE = 9, 11


def code_of(value: int) -> int:
    """The .NET TypeCode of an integer value (Int32 or Int64 by its size when it does not say)."""
    code = getattr(type(value), "ps_type_code", None)
    if code is not None:
        return code
    if INT32_MIN <= value <= INT32_MAX:
        return _INT32_CODE
    return _INT64_CODE if INT64_MIN <= value <= INT64_MAX else 16      # 16: a BigInteger


def _long(n: int) -> int | float:
    return Int64(n) if INT64_MIN <= n <= INT64_MAX else float(n)


def _decimal(n: Any) -> Any:
    """DecimalOps' result, or the Double PowerShell falls back on when Decimal overflows."""
    import decimal
    if abs(n) > DECIMAL_LIMIT:
        return float(n)
    return decimal.Decimal(n)


def fit(n: int, a: int, b: int) -> Any:
    """The integer result `n` of an operation on `a` and `b` (ints, one at least of a sized type),
    typed as PowerShell types it."""
    code = max(code_of(a), code_of(b))
    if code <= _INT32_CODE:
        return n if INT32_MIN <= n <= INT32_MAX else float(n)
    if code == 10:                                      # UInt32
        if a < 0 or b < 0:
            return _long(n)
        return UInt32(n) if 0 <= n <= UINT32_MAX else float(n)
    if code == _INT64_CODE:
        return _long(n)
    if code == 12:                                      # UInt64
        if a < 0 or b < 0:
            return _decimal(n)
        return UInt64(n) if 0 <= n <= UINT64_MAX else float(n)
    return n if INT64_MIN <= n <= INT64_MAX else float(n)


def fit_bitwise(op: str, a: int, b: int, left: Any, right: Any) -> Any:
    """-band, -bor, -bxor, -shl or -shr on `a` and `b` (the operands `left` and `right` as
    integers) when an operand is of a sized integer type: in the type GetBitwiseOpType picks (Int32
    up to Int32, then UInt32, Int64, UInt64), wrapped to its size as .NET's unchecked operators
    leave it; a shift counts modulo the size, as in .NET."""
    code = max(_operand_code(left), _operand_code(right))
    kind, bits, signed = ((int, 32, True) if code <= _INT32_CODE else (UInt32, 32, False) if code == 10
                          else (Int64, 64, True) if code == _INT64_CODE else (UInt64, 64, False))
    a, b = wrap(a, bits, signed), wrap(b, bits, signed)
    if op == "shl":
        n = a << (b & (bits - 1))
    elif op == "shr":
        n = a >> (b & (bits - 1))
    elif op == "bnot":
        n = a               # already complemented
    else:
        n = a & b if op == "band" else a | b if op == "bor" else a ^ b
    return kind(wrap(n, bits, signed))


def _operand_code(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return code_of(value)
    return _INT32_CODE


def divide(a: int, b: int) -> Any:
    """a / b for integers, one at least of a sized type (b is not 0): the operation's type when the
    division is exact, else a Double (a Decimal for UInt64 with a negative operand)."""
    if max(code_of(a), code_of(b)) == 12 and (a < 0 or b < 0):
        import decimal
        return decimal.Decimal(a) / decimal.Decimal(b)
    if a % b == 0:
        return fit(a // b, a, b)
    return a / b


def negate(value: Any) -> Any | None:
    """Unary minus on a sized number, kept in its type as .NET's negation keeps it (Byte and SByte
    become Int32 first); None when `value` is not one (the caller subtracts it from 0)."""
    kind = type(value)
    if kind is Single:
        return Single(-value)
    if kind in (Byte, SByte):
        return -int(value)
    if kind is Int16:
        return Int16(wrap(-int(value), 16, True))
    if kind is Int64:
        return Int64(wrap(-int(value), 64, True))
    return None


def plus(value: Any) -> Any | None:
    """Unary plus on a sized number: itself, Byte and SByte as Int32; None when not one."""
    kind = type(value)
    if kind in (Byte, SByte):
        return int(value)
    if kind in (Single, Int16, UInt16, UInt32, UInt64, Int64):
        return value
    return None


def wrap(n: int, bits: int, signed: bool) -> int:
    """n in two's complement of `bits` bits, as unchecked .NET arithmetic leaves it."""
    n &= (1 << bits) - 1
    if signed and n >= 1 << (bits - 1):
        n -= 1 << bits
    return n


# --- Single ----------------------------------------------------------------------------------

def to_single(x: float) -> Single:
    """A Double rounded to the nearest Single, as (float)x in .NET: too large is an infinity."""
    try:
        return Single(struct.unpack("f", struct.pack("f", x))[0])
    except OverflowError:
        return Single(float("inf") if x > 0 else float("-inf"))


def format_single(value: float) -> str:
    """A Single as .NET Framework's Single.ToString() prints it: 7 significant digits."""
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    text = "%.7G" % value
    if "E" in text:
        mantissa, exp = text.split("E")
        text = f"{mantissa}E{exp[0]}{exp[1:].lstrip('0').rjust(2, '0')}"
    return text

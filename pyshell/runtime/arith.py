"""Arithmetic with PowerShell's rules: numbers widen instead of overflowing, `+` concatenates
strings and arrays and merges hashtables, `*` repeats strings and arrays, `/` gives a double unless
the division is exact."""
from __future__ import annotations

from pyshell.runtime.conversion import PSConversionError, to_int, to_number, to_string
from pyshell.runtime.operators import PSOperatorError
from pyshell.runtime.stdvalues import is_date_or_span, is_decimal
from pyshell.runtime.typenames import INT32_MAX, INT32_MIN, INT64_MAX, INT64_MIN, Int64, type_name_of
from pyshell.runtime.values import GROWABLE_LISTS, PSHashtable, TypedArray

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MAX_REPEAT = 50_000_000   # characters or elements one operation (*, +, -join, -replace, PadLeft...) may build
OUT_OF_MEMORY = "Exception of type 'System.OutOfMemoryException' was thrown."


def out_of_memory() -> PSOperatorError:
    return PSOperatorError(OUT_OF_MEMORY, "System.OutOfMemoryException", "NotSpecified", inner="OutOfMemoryException")


def check_size(n: int) -> None:
    """Refuse to build a string or an array longer than MAX_REPEAT: .NET runs out of memory long
    before Python would, and a shell must not take the machine's memory with it."""
    if n > MAX_REPEAT:
        raise out_of_memory()


def _num(v: Any, op: str, other: Any) -> int | float:
    try:
        n = to_number(v)
        # Decimal with Double gives Double, as in .NET's numeric promotion.
        if isinstance(other, float) and is_decimal(n):
            return float(n)
        return n
    except PSConversionError as exc:
        if isinstance(v, str):
            raise PSOperatorError(exc.message, "InvalidCastFromStringToInteger", "InvalidArgument",
                                  "PSInvalidCastException") from exc
        if op in _OPERATOR_METHODS and not isinstance(v, (bool, int, float)) and \
                not (op in "+-" and is_date_or_span(v)):        # these two have + and - (of other types)
            # Not a number: PowerShell looks for the operator's method on the operand's type (the
            # right one when the left is a primitive number), which has none.
            raise _no_operator_method(v, _OPERATOR_METHODS[op]) from exc
        raise PSOperatorError(exc.message, "OperatorFailed") from exc


def _fit(n: int | float, a: Any, b: Any) -> int | float:
    """An integer result keeps the wider operand's size (Int32 or Int64); if it overflows that size,
    PowerShell gives a Double instead. Operands of the other integer types (a Byte, a UInt32, an
    Int64 of a small value) are typed by numerics.fit."""
    if type(n) is not int:
        return n
    if type(a) is int and type(b) is int:
        if INT32_MIN <= a <= INT32_MAX and INT32_MIN <= b <= INT32_MAX:
            return n if INT32_MIN <= n <= INT32_MAX else float(n)
        if not INT64_MIN <= n <= INT64_MAX:
            return float(n)
        return Int64(n) if INT32_MIN <= n <= INT32_MAX else n     # still an Int64, however small
    from pyshell.runtime.numerics import fit
    return fit(n, a, b)


def add(left: Any, right: Any) -> Any:
    if is_date_or_span(left):
        from pyshell.runtime.datetimes import add as add_dates
        return add_dates(left, right)
    if left is None:
        if isinstance(right, tuple):
            return list(right)
        return right        # $null + $x is $x itself, even an array (typed or not)
    if isinstance(left, str):
        text = to_string(right)
        check_size(len(left) + len(text))
        return left + text
    if isinstance(left, (list, tuple)):
        if isinstance(right, (list, tuple)):
            check_size(len(left) + len(right))
            return list(left) + list(right)
        check_size(len(left) + 1)
        return list(left) + [right]
    if isinstance(left, PSHashtable):
        if not isinstance(right, PSHashtable):
            raise PSOperatorError("A hash table can only be added to another hash table.", "AddHashTableToNonHashTable")
        merged = left.copy()
        for k, v in right.items():
            if k in merged:
                # Hashtable.Add's ArgumentException, which PowerShell reports as any .NET exception
                raise PSOperatorError(f"Item has already been added. Key in dictionary: '{k}'  Key being added: '{k}'",
                                      "System.ArgumentException", "OperationStopped", "ArgumentException")
            merged[k] = v
        return merged
    if isinstance(right, (list, tuple)) or isinstance(right, PSHashtable):
        raise _no_operator_method(right if isinstance(left, (bool, int, float)) else left, "op_Addition")
    a, b = _num(left, "+", right), _num(right, "+", left)
    return _fit(a + b, a, b)


_OPERATOR_METHODS = {"+": "op_Addition", "-": "op_Subtraction", "*": "op_Multiply", "/": "op_Division",
                     "%": "op_Modulus"}


def _no_operator_method(left: Any, method: str) -> PSOperatorError:
    """No operator method for the left operand's type: PowerShell looked for `method` by name, and
    names it as the error's target (InvalidOperation: (op_Addition:String))."""
    error = PSOperatorError(f"Method invocation failed because [{type_name_of(left)}] does not contain a method "
                            f"named '{method}'.", "MethodNotFound")
    error.target = method
    return error


def subtract(left: Any, right: Any) -> Any:
    if is_date_or_span(left):
        from pyshell.runtime.datetimes import subtract as subtract_dates
        return subtract_dates(left, right)
    if isinstance(left, (list, tuple)) or isinstance(left, PSHashtable):
        raise _no_operator_method(left, "op_Subtraction")
    a, b = _num(left, "-", right), _num(right, "-", left)
    return _fit(a - b, a, b)


def multiply(left: Any, right: Any) -> Any:
    if isinstance(left, str):
        n = to_int(right)
        if n < 0:
            raise PSOperatorError("Argument out of range.", "ArgumentOutOfRange")
        check_size(len(left) * n)
        return left * n
    if isinstance(left, (list, tuple)):
        # ArrayOps.Multiply: once is the array itself; otherwise a new array of the same type
        n = to_int(right)
        if n == 1 and isinstance(left, list) and not isinstance(left, GROWABLE_LISTS):
            return left
        check_size(len(left) * n)
        items = list(left) * max(n, 0)
        return left.like(items) if isinstance(left, TypedArray) else items
    a, b = _num(left, "*", right), _num(right, "*", left)
    return _fit(a * b, a, b)


def divide(left: Any, right: Any) -> Any:
    a, b = _num(left, "/", right), _num(right, "/", left)
    if b == 0:
        raise PSOperatorError("Attempted to divide by zero.", "RuntimeException", "NotSpecified",
                              "DivideByZeroException")
    if isinstance(a, int) and isinstance(b, int):
        if type(a) is not int or type(b) is not int:
            from pyshell.runtime.numerics import divide as divide_sized
            return divide_sized(a, b)
        if a % b == 0:
            return _fit(a // b, a, b)
    return a / b


def modulo(left: Any, right: Any) -> Any:
    if type(left) is int is type(right) and right and INT32_MIN <= left <= INT32_MAX and \
            INT32_MIN <= right <= INT32_MAX:        # two Int32s, the common case: the remainder is one
        r = abs(left) % abs(right)
        return -r if left < 0 else r
    a, b = _num(left, "%", right), _num(right, "%", left)
    if b == 0:
        raise PSOperatorError("Attempted to divide by zero.", "RuntimeException", "NotSpecified",
                              "DivideByZeroException")
    r = abs(a) % abs(b)
    if a < 0:
        r = -r
    return _fit(r, a, b)        # an Int64's remainder is an Int64, a UInt32's a UInt32...


MAX_RANGE = 50_000_000


def _bound(v: Any) -> int:
    """A range's end as an Int32; text that is no number is PowerShell's InvalidCastFromStringToInteger
    (in 5.1 'a'..'c' is no range of characters)."""
    try:
        return to_int(v)
    except PSConversionError as exc:
        if isinstance(v, str):
            raise PSOperatorError(exc.message, "InvalidCastFromStringToInteger", "InvalidArgument",
                                  "PSInvalidCastException") from exc
        raise


def range_(left: Any, right: Any) -> list[int]:
    a, b = _bound(left), _bound(right)
    if abs(b - a) + 1 > MAX_RANGE:
        raise PSOperatorError("The range is too big: a range may have at most 50,000,000 elements.",
                              "RangeTooBig", "NotSpecified")
    step = 1 if b >= a else -1
    return list(range(a, b + step, step))


def lazy_range(left: Any, right: Any) -> range:
    """`a..b` where PowerShell enumerates it without building an array (a foreach loop over it, or
    the first element of a pipeline): the same Int32 conversions, no size limit, nothing stored."""
    a, b = _bound(left), _bound(right)
    step = 1 if b >= a else -1
    return range(a, b + step, step)


ARITHMETIC = {"+": add, "-": subtract, "*": multiply, "/": divide, "%": modulo, "..": range_}


def negate(value: Any) -> Any:
    """-$x: a number of a sized type keeps its type as .NET's negation does (numerics.negate);
    anything else is 0 - $x."""
    if type(value) is not int and isinstance(value, (int, float)) and not isinstance(value, bool):
        from pyshell.runtime.numerics import negate as negate_sized
        result = negate_sized(value)
        if result is not None:
            return result
    return subtract(0, value)


def unary_plus(value: Any) -> Any:
    """+$x: a sized number as it is (a Byte or an SByte as an Int32); anything else is 0 + $x."""
    if type(value) is not int and isinstance(value, (int, float)) and not isinstance(value, bool):
        from pyshell.runtime.numerics import plus
        result = plus(value)
        if result is not None:
            return result
    return add(0, value)


def bit_operand(value: Any) -> int:
    """An operand of -band, -bor, -bxor, -shl, -shr or -bnot as an integer: a Double or Decimal rounds
    half to even as .NET's conversion does; NaN or an infinity cannot convert (GetBitwiseOpType's
    UInt64 for a Double operand)."""
    n = add(0, value)
    if isinstance(n, int):
        return int(n)
    if n != n or n in (float("inf"), float("-inf")):
        from pyshell.runtime.conversion import overflow_message
        raise PSConversionError(value, "System.UInt64", overflow_message("System.UInt64"))
    return round(n)


def bnot(value: Any) -> Any:
    """-bnot $x: a sized integer keeps its type as GetBitwiseOpType gives it (a Byte's is an Int32)."""
    n = ~bit_operand(value)
    if hasattr(type(value), "ps_type_code") and isinstance(value, int):
        from pyshell.runtime.numerics import fit_bitwise
        return fit_bitwise("bnot", n, 0, value, 0)
    return n

"""The static members of [math], [string] and [regex] that scripts may call: the allow-list
types.py gives those type literals ([math]::Round, [string]::Join, [regex]::Escape ...)."""
from __future__ import annotations

import math
import re

from pyshell.runtime.conversion import convert_to, to_float, to_int, to_string
from pyshell.runtime.operators import PSOperatorError, joined
from pyshell.runtime.values import PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable


def _regex_match_object(m: "re.Match | None") -> PSObject:
    if m is None:
        return PSObject([("Groups", []), ("Success", False), ("Name", "0"), ("Captures", []), ("Index", 0),
                         ("Length", 0), ("Value", "")], type_names=["System.Text.RegularExpressions.Match",
                                                                   "System.Object"], string_form="")
    groups = [PSObject([("Success", m.group(i) is not None), ("Name", str(i)), ("Index", max(m.start(i), 0)),
                        ("Length", len(m.group(i) or "")), ("Value", m.group(i) or "")],
                       type_names=["System.Text.RegularExpressions.Group", "System.Object"],
                       string_form=m.group(i) or "") for i in range(m.re.groups + 1)]
    return PSObject([("Groups", groups), ("Success", True), ("Name", "0"), ("Captures", [groups[0]]),
                     ("Index", m.start()), ("Length", len(m.group(0))), ("Value", m.group(0))],
                    type_names=["System.Text.RegularExpressions.Match", "System.Object"], string_form=m.group(0))


def _rx(pattern: Any) -> "re.Pattern":
    from pyshell.runtime.operators import compile_regex
    return compile_regex(to_string(pattern), True)


def _round(x: Any, digits: Any = 0) -> float:
    n = to_int(digits)
    if not 0 <= n <= 15:
        raise IndexError("Rounding digits must be between 0 and 15, inclusive.")
    return float(round(to_float(x), n))


def _whole(fn: Callable[[float], int], x: Any) -> float:
    """Math.Floor/Ceiling/Truncate: a Double, so infinities and NaN come back as they went in."""
    v = to_float(x)
    return v if math.isinf(v) or math.isnan(v) else float(fn(v))


def _pow(a: float, b: float) -> float:
    """Math.Pow as .NET computes it: overflow gives an infinity, a negative base with a fractional
    exponent gives NaN (never Python's OverflowError or a complex number)."""
    try:
        return math.pow(a, b)
    except OverflowError:
        negative = a < 0 and b == int(b) and int(b) % 2 == 1
        return float("-inf") if negative else float("inf")
    except ValueError:
        if a == 0 and b < 0:
            return float("inf")
        return float("nan")


MATH_STATICS = {
    "round": _round,
    "floor": lambda x: _whole(math.floor, x),
    "ceiling": lambda x: _whole(math.ceil, x),
    "abs": lambda x: abs(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else abs(to_float(x)),
    "max": lambda a, b: max(a, b),
    "min": lambda a, b: min(a, b),
    "pow": lambda a, b: _pow(to_float(a), to_float(b)),
    "sqrt": lambda x: math.sqrt(to_float(x)) if to_float(x) >= 0 else float("nan"),
    "truncate": lambda x: _whole(math.trunc, x),
    "pi": math.pi,
    "e": math.e,
}

def _string_format(fmt: Any, *args: Any) -> str:
    from pyshell.runtime.formatop import FormatFailure, format_operator
    values = list(args[0]) if len(args) == 1 and isinstance(args[0], (list, tuple)) else list(args)
    try:
        return format_operator(fmt, values)
    except FormatFailure as exc:
        # [string]::Format reports the FormatException itself, not the -f operator's wrapper
        raise PSOperatorError(exc.reason, "FormatError", inner="FormatException") from None


def parse_number(kind: str) -> Callable[[Any], Any]:
    """[int]::Parse / [double]::Parse: a failure is .NET's FormatException (OverflowException for a
    number out of range), which the MethodInvocationException wraps as its InnerException."""
    def parse(text: Any) -> Any:
        from pyshell.runtime.conversion import PSConversionError
        value = to_string(text)
        reason = "Input string was not in a correct format."
        if value.strip():
            try:
                return convert_to(value, {"int": int, "double": float}[kind])
            except PSConversionError as exc:
                reason = exc.reason or reason
        inner = "OverflowException" if "too large or too small" in reason else "FormatException"
        raise PSOperatorError(reason, inner=inner) from None
    return parse


STRING_STATICS = {
    "format": _string_format,
    "join": lambda sep, *items: joined(to_string(sep), [
        to_string(x) for x in (items[0] if len(items) == 1 and isinstance(items[0], (list, tuple)) else items)]),
    "isnullorempty": lambda s: s is None or to_string(s) == "",
    "isnullorwhitespace": lambda s: s is None or to_string(s).strip() == "",
    "empty": "",
    "concat": lambda *items: joined("", [to_string(x) for x in items]),
}

REGEX_STATICS = {
    "escape": lambda s: re.sub(r"([\\*+?|{\[()^$.#\s])", r"\\\1", to_string(s)),
    "unescape": lambda s: re.sub(r"\\(.)", r"\1", to_string(s)),
    "ismatch": lambda text, pattern: _rx(pattern).search(to_string(text)) is not None,
    "match": lambda text, pattern: _regex_match_object(_rx(pattern).search(to_string(text))),
    "matches": lambda text, pattern: [_regex_match_object(m) for m in _rx(pattern).finditer(to_string(text))],
    "replace": lambda text, pattern, repl: _regex_replace(text, pattern, repl),
    "split": lambda text, pattern: _rx(pattern).split(to_string(text)),
}


def _regex_replace(text: Any, pattern: Any, repl: Any) -> str:
    from pyshell.runtime.operators import replace
    return replace(to_string(text), [to_string(pattern), to_string(repl)], case_sensitive=True)

""".NET's numeric format strings, as Windows PowerShell 5.1 (on .NET Framework, en-US) applies them in
`-f` and in a number's ToString(format): the standard ones (N, F, P, C with a precision) and the
custom ones built of 0 and # placeholders, a decimal point, group separators, % and ‰, an exponent,
quoted or escaped literals and up to three sections (positive;negative;zero).

Numbers are rounded as .NET Framework rounds them: a double is first read to 15 significant digits,
then a midpoint rounds away from zero (so 2.5 with F0 is 3, 0.125 with N2 is 0.13), and a result
that rounds to zero shows no minus sign."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_DIGITS = "0#"


def as_decimal(value: Any) -> Decimal:
    """The number as .NET Framework's formatting sees it (a double to 15 significant digits)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError("not a finite number")
    return Decimal(format(number, ".15g"))


def rounded(number: Decimal, places: int) -> Decimal:
    return number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _grouped(digits: str) -> str:
    head = len(digits) % 3 or 3
    return ",".join([digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)])


def _fixed(number: Decimal, places: int, group: bool) -> str:
    """|number| with `places` decimals, digits grouped by threes when `group`."""
    text = f"{rounded(abs(number), places):f}"
    whole, _, fraction = text.partition(".")
    if group:
        whole = _grouped(whole)
    return whole + ("." + fraction if places else "")


def standard(value: Any, kind: str, places: int | None) -> str | None:
    """N, F, P or C with `places` decimals (None: the culture's two); None for another kind."""
    if kind not in "NFPC":
        return None
    number = as_decimal(value)
    if kind == "P":
        number *= 100
    digits = 2 if places is None else places
    body = _fixed(number, digits, kind != "F")
    negative = rounded(number, digits) < 0
    if kind == "C":
        return f"(${body})" if negative else f"${body}"
    text = ("-" if negative else "") + body
    return text + " %" if kind == "P" else text


# -- custom formats ----------------------------------------------------------------------------------

def _sections(spec: str) -> list[str]:
    """The format split at its unquoted, unescaped semicolons."""
    out, current, i, quote = [], [], 0, ""
    while i < len(spec):
        ch = spec[i]
        if quote:
            current.append(ch)
            if ch == quote:
                quote = ""
        elif ch == "\\" and i + 1 < len(spec):
            current.append(spec[i:i + 2])
            i += 1
        elif ch in "'\"":
            quote = ch
            current.append(ch)
        elif ch == ";":
            out.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    out.append("".join(current))
    return out


def _items(section: str) -> list[tuple[str, str]]:
    """The section as (kind, text) items: digit, point, comma, percent, permille, exp, literal."""
    items: list[tuple[str, str]] = []
    i = 0
    seen_point = False
    while i < len(section):
        ch = section[i]
        if ch in _DIGITS:
            items.append(("digit", ch))
        elif ch == "." and not seen_point:
            seen_point = True
            items.append(("point", "."))
        elif ch == ",":
            items.append(("comma", ","))
        elif ch == "%":
            items.append(("percent", "%"))
        elif ch == "\u2030":
            items.append(("permille", ch))
        elif ch in "Ee" and i + 1 < len(section) and (section[i + 1] == "0" or (
                section[i + 1] in "+-" and section[i + 2:i + 3] == "0")):
            j = i + 1
            sign = ""
            if section[j] in "+-":
                sign = section[j]
                j += 1
            start = j
            while j < len(section) and section[j] == "0":
                j += 1
            items.append(("exp", ch + sign + str(j - start)))
            i = j
            continue
        elif ch == "\\" and i + 1 < len(section):
            items.append(("literal", section[i + 1]))
            i += 2
            continue
        elif ch in "'\"":
            close = section.find(ch, i + 1)
            close = len(section) if close < 0 else close
            items.append(("literal", section[i + 1:close]))
            i = close + 1
            continue
        else:
            items.append(("literal", ch))
        i += 1
    return items


def custom(value: Any, spec: str) -> str:
    """`value` formatted by a custom numeric format string."""
    number = as_decimal(value)
    sections = _sections(spec)
    section, signed = sections[0], True
    if number < 0 and len(sections) > 1 and sections[1]:
        section, signed = sections[1], False
    text, is_zero = _format_section(abs(number) if not signed else number, section)
    if is_zero and len(sections) > 2:
        # zero, or a number that rounds to zero: the third section, when there is one
        return _format_section(Decimal(0), sections[2] or sections[0])[0]
    if number < 0 and signed and not is_zero:
        return "-" + text
    return text


def _format_section(number: Decimal, section: str) -> tuple[str, bool]:
    """The section applied to |number|; also whether the shown number is zero."""
    items = _items(section)
    point = next((i for i, (k, _) in enumerate(items) if k == "point"), None)
    exp_at = next((i for i, (k, _) in enumerate(items) if k == "exp"), None)
    number_end = exp_at if exp_at is not None else len(items)
    int_end = point if point is not None else number_end
    int_digits = [i for i in range(int_end) if items[i][0] == "digit"]
    frac_digits = [i for i in range(int_end, number_end) if items[i][0] == "digit"]
    # Commas right before the point (or the end of the digits) divide by 1000 each; a comma between
    # digit placeholders asks for grouping.
    scale = 0
    k = int_end - 1
    while k >= 0 and items[k][0] == "comma":
        scale += 1
        k -= 1
    group = bool(int_digits) and any(items[i][0] == "comma" and int_digits[0] < i < int_digits[-1]
                                     for i in range(int_end))
    value = abs(number)
    for kind, _ in items:
        if kind == "percent":
            value *= 100
        elif kind == "permille":
            value *= 1000
    value = value / (Decimal(1000) ** scale) if scale else value
    exponent = 0
    if exp_at is not None and value != 0:
        whole_places = max(1, len(int_digits))
        exponent = value.adjusted() - (whole_places - 1)
        value = value.scaleb(-exponent)
    places = len(frac_digits)
    shown = rounded(value, places)
    if exp_at is not None and shown != 0 and shown.adjusted() >= max(1, len(int_digits)):
        exponent += 1                   # 9.99 rounded up to 10.0: one more power of ten
        shown = rounded(value.scaleb(-1), places)
    whole, _, fraction = f"{shown:f}".partition(".")
    is_zero = shown == 0
    # the whole part: at least as many digits as there are 0 placeholders from the first 0 on
    first_zero = next((n for n, i in enumerate(int_digits) if items[i][1] == "0"), None)
    minimum = len(int_digits) - first_zero if first_zero is not None else 0
    whole = whole.lstrip("0")
    whole = whole.rjust(minimum, "0")
    # the fraction: up to the last 0 placeholder always, then only digits that are not trailing zeros
    last_zero = max((n for n, i in enumerate(frac_digits) if items[i][1] == "0"), default=-1)
    fraction = fraction[:places]
    keep = len(fraction.rstrip("0"))
    fraction = fraction[:max(keep, last_zero + 1)]
    out: list[str] = []
    whole_text: dict[int, str] = {}
    if group:
        # grouped digits all go where the first placeholder stands (literals between them are rare)
        for i in int_digits:
            whole_text[i] = ""
        if int_digits:
            whole_text[int_digits[0]] = _grouped(whole) if whole else ""
    else:
        # the placeholders take digits from the right; the leftmost takes what is left over
        pending = list(whole)
        for n, i in enumerate(reversed(int_digits)):
            if n == len(int_digits) - 1:
                whole_text[i] = "".join(pending)
            else:
                whole_text[i] = pending.pop() if pending else ""
    frac_iter = iter(fraction)
    for i, (kind, text) in enumerate(items):
        if kind == "digit":
            if i in whole_text:
                out.append(whole_text[i])
            else:
                out.append(next(frac_iter, ""))
        elif kind == "point":
            if not int_digits:
                out.append(whole)       # no placeholder before the point: the whole part still shows
            if fraction:
                out.append(".")
        elif kind == "percent":
            out.append("%")
        elif kind == "permille":
            out.append("\u2030")
        elif kind == "exp":
            letter, rest = text[0], text[1:]
            sign = rest[0] if rest[0] in "+-" else ""
            width = int(rest[len(sign):])
            mark = "-" if exponent < 0 else ("+" if sign == "+" else "")
            out.append(f"{letter}{mark}{abs(exponent):0{width}d}")
        elif kind == "literal":
            out.append(text)
    return "".join(out), is_zero


def format_number(value: Any, spec: str) -> str | None:
    """`value` by a standard or custom numeric format; None when `spec` is neither one this
    module knows (D, X, E, G and R are the caller's)."""
    kind, digits = spec[0].upper(), spec[1:]
    if kind in "NFPC" and (not digits or digits.isdigit()):
        return standard(value, kind, int(digits) if digits else None)
    if kind in "DXEGR" and (not digits or digits.isdigit()):
        return None
    try:
        return custom(value, spec)
    except (ValueError, InvalidOperation):
        return None

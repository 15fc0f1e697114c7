"""[System.Globalization.CultureInfo] and what Get-Culture and Get-UICulture write.

pyshell's machine is a Windows Server in en-US, as a Lync Server 2013 host usually was: it knows that
culture and the invariant one (the two scripts name: `[cultureinfo]::InvariantCulture` as a format
provider, `(Get-Culture).TextInfo.ToTitleCase(...)`). Formatting and parsing in pyshell follow en-US
whichever of the two is passed. Another culture's name is refused, as .NET refuses a name it does not
know, rather than accepted and then silently formatted as en-US."""
from __future__ import annotations

import re

from pyshell.runtime.values import PSObject, property_in
from pyshell.runtime.datetime_parse import MONTH_NAMES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

CULTURE_INFO = "System.Globalization.CultureInfo"
TEXT_INFO = "System.Globalization.TextInfo"

# name: (LCID, DisplayName, two- and three-letter ISO language names, Windows' three letters,
#        currency symbol, short date, long date, short time, long time)
_CULTURES: dict[str, tuple] = {
    "": (127, "Invariant Language (Invariant Country)", "iv", "ivl", "IVL", "\u00a4", "MM/dd/yyyy",
         "dddd, dd MMMM yyyy", "HH:mm", "HH:mm:ss"),
    "en-US": (1033, "English (United States)", "en", "eng", "ENU", "$", "M/d/yyyy", "dddd, MMMM d, yyyy",
              "h:mm tt", "h:mm:ss tt"),
}
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


class TextInfo:
    """A culture's TextInfo. Its ListSeparator (what -UseCulture puts between CSV fields) can be
    changed on a culture that is not read-only, as in .NET Framework: the session's current culture
    and one made with [cultureinfo]::new, but not InvariantCulture or GetCultureInfo's."""

    ps_type_name = TEXT_INFO
    __slots__ = ("culture_name", "lcid", "list_separator", "read_only")

    def __init__(self, culture_name: str, lcid: int, read_only: bool = True):
        self.culture_name, self.lcid, self.read_only = culture_name, lcid, read_only
        self.list_separator = ","

    def ps_properties(self) -> list[tuple[str, Any]]:
        return [("ANSICodePage", 1252), ("OEMCodePage", 437), ("MacCodePage", 10000), ("EBCDICCodePage", 37),
                ("LCID", self.lcid), ("CultureName", self.culture_name), ("IsReadOnly", self.read_only),
                ("ListSeparator", self.list_separator), ("IsRightToLeft", False)]

    def ps_property(self, key: str) -> Any:
        return property_in(self.ps_properties(), key)

    def ps_property_definitions(self) -> list[tuple[str, str]]:
        return [(name, _TEXT_INFO_TYPES[name]) for name, _ in self.ps_properties()]

    def ps_set_property(self, key: str, value: Any) -> bool:
        if key != "listseparator":
            return False
        from pyshell.runtime.conversion import to_string
        from pyshell.runtime.operators import PSOperatorError
        if self.read_only:
            raise PSOperatorError('Exception setting "ListSeparator": "Instance is read-only."',
                                  "ExceptionWhenSetting", "NotSpecified", "SetValueInvocationException")
        if value is None:
            raise PSOperatorError('Exception setting "ListSeparator": "Value cannot be null.\r\nParameter name: '
                                  'value"', "ExceptionWhenSetting", "NotSpecified",
                                  "SetValueInvocationException")
        self.list_separator = to_string(value)
        return True

    def ps_to_string(self) -> str:
        return f"TextInfo - {self.culture_name}"

    def ps_method_table(self) -> dict[str, tuple[str, str, Callable[..., Any]]]:
        return _TEXT_METHODS


_TEXT_INFO_TYPES = {
    name: f"{kind} {name} {{get;{'set;' if name == 'ListSeparator' else ''}}}"
    for name, kind in (("ANSICodePage", "int"), ("OEMCodePage", "int"), ("MacCodePage", "int"),
                       ("EBCDICCodePage", "int"), ("LCID", "int"), ("CultureName", "string"),
                       ("IsReadOnly", "bool"), ("ListSeparator", "string"), ("IsRightToLeft", "bool"))}


def to_title_case(text: str) -> str:
    """.NET's ToTitleCase: each word's first letter upper case and the rest lower case, except a
    word written all in capitals (an acronym), which stays as it is."""
    def word(m: re.Match) -> str:
        w = m.group(0)
        if w.isupper():
            return w
        return w[0].upper() + w[1:].lower()
    return _WORD.sub(word, text)


def _text_arg(value: Any) -> str:
    from pyshell.runtime.conversion import to_string
    if value is None:
        raise ValueError("Value cannot be null.\r\nParameter name: str")
    return to_string(value)


_TEXT_METHODS: dict[str, tuple[str, str, Callable[..., Any]]] = {
    "totitlecase": ("ToTitleCase", "string ToTitleCase(string str)", lambda t, s: to_title_case(_text_arg(s))),
    "toupper": ("ToUpper", "string ToUpper(string str)", lambda t, s: _text_arg(s).upper()),
    "tolower": ("ToLower", "string ToLower(string str)", lambda t, s: _text_arg(s).lower()),
}


# The English names both pyshell's cultures (en-US and the invariant one) use, Sunday first as .NET
# lists them; the month lists end with .NET's empty thirteenth month.
_DAY_NAMES = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


class CultureInfo:
    ps_type_name = CULTURE_INFO
    __slots__ = ("name", "read_only", "text_info")

    def __init__(self, name: str, read_only: bool | None = None):
        self.name = name
        self.read_only = not name if read_only is None else read_only
        self.text_info = TextInfo(name, _CULTURES[name][0], self.read_only)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CultureInfo) and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)

    def ps_properties(self) -> list[tuple[str, Any]]:
        (lcid, display, two, three, windows, currency, short_date, long_date, short_time,
         long_time) = _CULTURES[self.name]
        number = PSObject([("CurrencyDecimalDigits", 2), ("CurrencyDecimalSeparator", "."),
                           ("CurrencyGroupSeparator", ","), ("CurrencySymbol", currency),
                           ("NaNSymbol", "NaN"), ("NegativeSign", "-"), ("NumberDecimalDigits", 2),
                           ("NumberDecimalSeparator", "."), ("NumberGroupSeparator", ","),
                           ("PercentSymbol", "%"), ("PositiveSign", "+")],
                          type_names=["System.Globalization.NumberFormatInfo", "System.Object"],
                          string_form="System.Globalization.NumberFormatInfo")
        dates = PSObject([("AMDesignator", "AM"), ("AbbreviatedDayNames", [d[:3] for d in _DAY_NAMES]),
                          ("AbbreviatedMonthNames", [m[:3] for m in MONTH_NAMES] + [""]),
                          ("DayNames", list(_DAY_NAMES)), ("MonthNames", list(MONTH_NAMES) + [""]),
                          ("ShortestDayNames", [d[:2] for d in _DAY_NAMES]),
                          ("RFC1123Pattern", "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'"),
                          ("SortableDateTimePattern", "yyyy'-'MM'-'dd'T'HH':'mm':'ss"),
                          ("UniversalSortableDateTimePattern", "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"),
                          ("DateSeparator", "/"),
                          ("FirstDayOfWeek", "Sunday"), ("FullDateTimePattern", f"{long_date} {long_time}"),
                          ("LongDatePattern", long_date), ("LongTimePattern", long_time), ("PMDesignator", "PM"),
                          ("ShortDatePattern", short_date), ("ShortTimePattern", short_time),
                          ("TimeSeparator", ":")],
                         type_names=["System.Globalization.DateTimeFormatInfo", "System.Object"],
                         string_form="System.Globalization.DateTimeFormatInfo")
        parent = CultureInfo("") if self.name else None
        return [("Parent", parent), ("LCID", lcid), ("KeyboardLayoutId", lcid), ("Name", self.name),
                ("IetfLanguageTag", self.name), ("DisplayName", display), ("NativeName", display),
                ("EnglishName", display), ("TwoLetterISOLanguageName", two), ("ThreeLetterISOLanguageName", three),
                ("ThreeLetterWindowsLanguageName", windows), ("TextInfo", self.text_info),
                ("IsNeutralCulture", False), ("NumberFormat", number), ("DateTimeFormat", dates),
                ("UseUserOverride", bool(self.name)), ("IsReadOnly", self.read_only)]

    def ps_property(self, key: str) -> Any:
        return property_in(self.ps_properties(), key)

    def ps_to_string(self) -> str:
        return self.name


INVARIANT = CultureInfo("")      # read-only, so one object serves every session


def current_culture(ctx: Any) -> CultureInfo:
    """The session's current culture (en-US), made when first asked for: Get-Culture,
    [cultureinfo]::CurrentCulture and the CSV cmdlets' -UseCulture all see the same object, so a
    ListSeparator a script sets is the one -UseCulture uses."""
    if ctx.culture is None:
        ctx.culture = CultureInfo("en-US", read_only=False)
    return ctx.culture


def culture(name: Any, read_only: bool = False) -> CultureInfo:
    """The culture a name (or LCID) stands for, a new object ([cultureinfo]::new); ValueError with
    .NET's message for one pyshell does not know."""
    from pyshell.runtime.conversion import to_string
    if isinstance(name, CultureInfo):
        return name
    if isinstance(name, int) and not isinstance(name, bool):
        for key, data in _CULTURES.items():
            if data[0] == name:
                return CultureInfo(key, read_only)
        raise ValueError(f"Culture is not supported.\r\nParameter name: culture\r\n{name} (0x{name:04x}) is an "
                         "invalid culture identifier.")
    text = to_string(name).strip()
    for key in _CULTURES:
        if key.lower() == text.lower():
            return CultureInfo(key, read_only)
    raise ValueError(f"Culture is not supported.\r\nParameter name: name\r\n{text} is an invalid culture "
                     "identifier.")


class CultureInfoType:
    """[cultureinfo] / [System.Globalization.CultureInfo]."""
    ps_type_name = CULTURE_INFO

    @staticmethod
    def ps_convert(value: Any) -> Any:
        if value is None or isinstance(value, CultureInfo):
            return value
        try:
            return culture(value)
        except ValueError as exc:
            from pyshell.runtime.conversion import PSConversionError
            raise PSConversionError(value, CULTURE_INFO, exc.args[0].replace("\r\n", " "),
                                    with_value=True) from None


def _new(name: Any, *rest: Any) -> CultureInfo:
    if len(rest) > 1:
        raise TypeError("no such constructor")
    return culture(name)


def _get_culture_info(name: Any, *rest: Any) -> CultureInfo:
    """GetCultureInfo: .NET's cached, read-only instance."""
    if rest:
        raise TypeError("no such overload")
    return culture(name, read_only=True)


def register(add: Callable[[tuple[str, ...], Any], None]) -> None:
    from pyshell.runtime.types import SessionProperty, TypeRef
    current = SessionProperty(current_culture)
    statics = {"new": _new, "getcultureinfo": _get_culture_info, "invariantculture": INVARIANT,
               "currentculture": current, "currentuiculture": current, "installeduiculture": current}
    add(("cultureinfo", CULTURE_INFO, "Globalization.CultureInfo"),
        TypeRef("cultureinfo", CultureInfoType, statics, lambda value: isinstance(value, CultureInfo)))

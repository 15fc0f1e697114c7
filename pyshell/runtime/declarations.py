"""The .NET declarations of the methods pyshell carries out, written as Windows PowerShell 5.1's
Get-Member and OverloadDefinitions write them (`string Substring(int startIndex)`). They are the one
place a method's parameter names and types are written down: Get-Member lists them, and a call whose
argument does not convert names the parameter from them (signatures.py)."""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# System.String: the methods members.STRING_METHODS allows, keyed by their lower-cased names.
STRING_METHOD_DEFINITIONS = {
    "compareto": ("CompareTo", "int CompareTo(System.Object value), int CompareTo(string strB)"),
    "contains": ("Contains", "bool Contains(string value)"),
    "endswith": ("EndsWith", "bool EndsWith(string value)"),
    "equals": ("Equals", "bool Equals(System.Object obj), bool Equals(string value)"),
    "indexof": ("IndexOf", "int IndexOf(string value), int IndexOf(string value, int startIndex)"),
    "insert": ("Insert", "string Insert(int startIndex, string value)"),
    "lastindexof": ("LastIndexOf", "int LastIndexOf(string value)"),
    "padleft": ("PadLeft", "string PadLeft(int totalWidth), string PadLeft(int totalWidth, char paddingChar)"),
    "padright": ("PadRight", "string PadRight(int totalWidth), string PadRight(int totalWidth, char paddingChar)"),
    "remove": ("Remove", "string Remove(int startIndex, int count), string Remove(int startIndex)"),
    "replace": ("Replace", "string Replace(string oldValue, string newValue)"),
    "split": ("Split", "string[] Split(Params char[] separator)"),
    "startswith": ("StartsWith", "bool StartsWith(string value)"),
    "substring": ("Substring", "string Substring(int startIndex), string Substring(int startIndex, int length)"),
    "tochararray": ("ToCharArray", "char[] ToCharArray()"),
    "tolower": ("ToLower", "string ToLower()"),
    "tolowerinvariant": ("ToLowerInvariant", "string ToLowerInvariant()"),
    "toupper": ("ToUpper", "string ToUpper()"),
    "toupperinvariant": ("ToUpperInvariant", "string ToUpperInvariant()"),
    "trim": ("Trim", "string Trim(Params char[] trimChars), string Trim()"),
    "trimend": ("TrimEnd", "string TrimEnd(Params char[] trimChars)"),
    "trimstart": ("TrimStart", "string TrimStart(Params char[] trimChars)"),
}

# Int32, Int64, Double, Decimal: the methods numbermethods.py adds to the common four; {t} stands for
# the number's own type (int, long, double, decimal).
NUMBER_METHOD_DEFINITIONS = {
    "compareto": ("CompareTo", "int CompareTo(System.Object value), int CompareTo({t} value)"),
    "equals": ("Equals", "bool Equals(System.Object obj), bool Equals({t} obj)"),
    "tostring": ("ToString", "string ToString(), string ToString(string format), "
                             "string ToString(System.IFormatProvider provider), "
                             "string ToString(string format, System.IFormatProvider provider)"),
}

# Static members of the types scripts can name, keyed by the type's full name and the lower-cased
# member name (types.BUILTIN_TYPES lists which ones work).
STATIC_DEFINITIONS: dict[str, dict[str, tuple[str, str, str]]] = {
    "System.Int32": {
        "maxvalue": ("MaxValue", "Property", "static int MaxValue {get;}"),
        "minvalue": ("MinValue", "Property", "static int MinValue {get;}"),
        "parse": ("Parse", "Method", "static int Parse(string s)"),
        "tryparse": ("TryParse", "Method", "static bool TryParse(string s, [ref] int result)"),
    },
    "System.Double": {
        "epsilon": ("Epsilon", "Property", "static double Epsilon {get;}"),
        "maxvalue": ("MaxValue", "Property", "static double MaxValue {get;}"),
        "minvalue": ("MinValue", "Property", "static double MinValue {get;}"),
        "nan": ("NaN", "Property", "static double NaN {get;}"),
        "negativeinfinity": ("NegativeInfinity", "Property", "static double NegativeInfinity {get;}"),
        "positiveinfinity": ("PositiveInfinity", "Property", "static double PositiveInfinity {get;}"),
        "parse": ("Parse", "Method", "static double Parse(string s)"),
        "tryparse": ("TryParse", "Method", "static bool TryParse(string s, [ref] double result)"),
    },
    "System.Boolean": {
        "falsestring": ("FalseString", "Property", "static string FalseString {get;}"),
        "parse": ("Parse", "Method", "static bool Parse(string value)"),
        "truestring": ("TrueString", "Property", "static string TrueString {get;}"),
        "tryparse": ("TryParse", "Method", "static bool TryParse(string value, [ref] bool result)"),
    },
    "System.DateTime": {
        "daysinmonth": ("DaysInMonth", "Method", "static int DaysInMonth(int year, int month)"),
        "isleapyear": ("IsLeapYear", "Method", "static bool IsLeapYear(int year)"),
        "maxvalue": ("MaxValue", "Property", "static datetime MaxValue {get;}"),
        "minvalue": ("MinValue", "Property", "static datetime MinValue {get;}"),
        "now": ("Now", "Property", "static datetime Now {get;}"),
        "parse": ("Parse", "Method", "static datetime Parse(string s)"),
        "today": ("Today", "Property", "static datetime Today {get;}"),
        "tryparse": ("TryParse", "Method", "static bool TryParse(string s, [ref] datetime result), "
                                           "static bool TryParse(string s, System.IFormatProvider provider, "
                                           "System.Globalization.DateTimeStyles styles, [ref] datetime result)"),
        "tryparseexact": ("TryParseExact", "Method", "static bool TryParseExact(string s, string format, "
                                                     "System.IFormatProvider provider, "
                                                     "System.Globalization.DateTimeStyles style, [ref] datetime result)"),
        "utcnow": ("UtcNow", "Property", "static datetime UtcNow {get;}"),
    },
    "System.TimeSpan": {
        "fromdays": ("FromDays", "Method", "static timespan FromDays(double value)"),
        "fromhours": ("FromHours", "Method", "static timespan FromHours(double value)"),
        "frommilliseconds": ("FromMilliseconds", "Method", "static timespan FromMilliseconds(double value)"),
        "fromminutes": ("FromMinutes", "Method", "static timespan FromMinutes(double value)"),
        "fromseconds": ("FromSeconds", "Method", "static timespan FromSeconds(double value)"),
        "parse": ("Parse", "Method", "static timespan Parse(string s)"),
        "zero": ("Zero", "Property", "static timespan Zero {get;}"),
    },
    "System.Int64": {
        "maxvalue": ("MaxValue", "Property", "static long MaxValue {get;}"),
        "minvalue": ("MinValue", "Property", "static long MinValue {get;}"),
        "parse": ("Parse", "Method", "static long Parse(string s)"),
        "tryparse": ("TryParse", "Method", "static bool TryParse(string s, [ref] long result)"),
    },
    "System.String": {
        "concat": ("Concat", "Method", "static string Concat(Params System.Object[] args)"),
        "empty": ("Empty", "Property", "static string Empty {get;}"),
        "format": ("Format", "Method", "static string Format(string format, Params System.Object[] args)"),
        "isnullorempty": ("IsNullOrEmpty", "Method", "static bool IsNullOrEmpty(string value)"),
        "isnullorwhitespace": ("IsNullOrWhiteSpace", "Method", "static bool IsNullOrWhiteSpace(string value)"),
        "join": ("Join", "Method", "static string Join(string separator, Params System.Object[] values)"),
    },
    "System.Math": {
        "abs": ("Abs", "Method", "static double Abs(double value)"),
        "ceiling": ("Ceiling", "Method", "static double Ceiling(double a)"),
        "e": ("E", "Property", "static double E {get;}"),
        "floor": ("Floor", "Method", "static double Floor(double d)"),
        "max": ("Max", "Method", "static double Max(double val1, double val2)"),
        "min": ("Min", "Method", "static double Min(double val1, double val2)"),
        "pi": ("PI", "Property", "static double PI {get;}"),
        "pow": ("Pow", "Method", "static double Pow(double x, double y)"),
        "round": ("Round", "Method", "static double Round(double a), static double Round(double value, int digits)"),
        "sqrt": ("Sqrt", "Method", "static double Sqrt(double d)"),
        "truncate": ("Truncate", "Method", "static double Truncate(double d)"),
    },
    "System.Environment": {
        "getenvironmentvariable": ("GetEnvironmentVariable", "Method",
                                   "static string GetEnvironmentVariable(string variable), "
                                   "static string GetEnvironmentVariable(string variable, "
                                   "System.EnvironmentVariableTarget target)"),
        "getenvironmentvariables": ("GetEnvironmentVariables", "Method",
                                    "static System.Collections.IDictionary GetEnvironmentVariables(), "
                                    "static System.Collections.IDictionary GetEnvironmentVariables("
                                    "System.EnvironmentVariableTarget target)"),
        "is64bitoperatingsystem": ("Is64BitOperatingSystem", "Property", "static bool Is64BitOperatingSystem {get;}"),
        "is64bitprocess": ("Is64BitProcess", "Property", "static bool Is64BitProcess {get;}"),
        "machinename": ("MachineName", "Property", "static string MachineName {get;}"),
        "newline": ("NewLine", "Property", "static string NewLine {get;}"),
        "processorcount": ("ProcessorCount", "Property", "static int ProcessorCount {get;}"),
        "setenvironmentvariable": ("SetEnvironmentVariable", "Method",
                                   "static void SetEnvironmentVariable(string variable, string value), "
                                   "static void SetEnvironmentVariable(string variable, string value, "
                                   "System.EnvironmentVariableTarget target)"),
        "username": ("UserName", "Property", "static string UserName {get;}"),
    },
    "System.Version": {
        "parse": ("Parse", "Method", "static version Parse(string input)"),
        "tryparse": ("TryParse", "Method", "static bool TryParse(string input, [ref] version result)"),
    },
    "System.Globalization.CultureInfo": {
        "currentculture": ("CurrentCulture", "Property", "static cultureinfo CurrentCulture {get;set;}"),
        "currentuiculture": ("CurrentUICulture", "Property", "static cultureinfo CurrentUICulture {get;set;}"),
        "getcultureinfo": ("GetCultureInfo", "Method", "static cultureinfo GetCultureInfo(string name), "
                                                        "static cultureinfo GetCultureInfo(int culture)"),
        "installeduiculture": ("InstalledUICulture", "Property", "static cultureinfo InstalledUICulture {get;}"),
        "invariantculture": ("InvariantCulture", "Property", "static cultureinfo InvariantCulture {get;}"),
    },
    "System.Text.RegularExpressions.Regex": {
        "escape": ("Escape", "Method", "static string Escape(string str)"),
        "ismatch": ("IsMatch", "Method", "static bool IsMatch(string input, string pattern)"),
        "match": ("Match", "Method",
                  "static System.Text.RegularExpressions.Match Match(string input, string pattern)"),
        "matches": ("Matches", "Method",
                    "static System.Text.RegularExpressions.MatchCollection Matches(string input, string pattern)"),
        "replace": ("Replace", "Method", "static string Replace(string input, string pattern, string replacement)"),
        "split": ("Split", "Method", "static string[] Split(string input, string pattern)"),
        "unescape": ("Unescape", "Method", "static string Unescape(string str)"),
    },
}


def _numeric_statics(short: str, extra: dict[str, tuple[str, str, str]] | None = None) -> dict[str, tuple[str, str, str]]:
    """The statics numtypes.py gives a numeric type, `short` its name as Get-Member writes it."""
    table = {"maxvalue": ("MaxValue", "Property", f"static {short} MaxValue {{get;}}"),
             "minvalue": ("MinValue", "Property", f"static {short} MinValue {{get;}}"),
             "parse": ("Parse", "Method", f"static {short} Parse(string s)"),
             "tryparse": ("TryParse", "Method", f"static bool TryParse(string s, [ref] {short} result)")}
    table.update(extra or {})
    return table


for _full, _short in (("System.Byte", "byte"), ("System.SByte", "sbyte"), ("System.Int16", "int16"),
                      ("System.UInt16", "uint16"), ("System.UInt32", "uint32"), ("System.UInt64", "uint64")):
    STATIC_DEFINITIONS[_full] = _numeric_statics(_short)
STATIC_DEFINITIONS["System.Convert"] = {
    "frombase64string": ("FromBase64String", "Method", "static byte[] FromBase64String(string s)"),
    "tobase64string": ("ToBase64String", "Method", "static string ToBase64String(byte[] inArray)"),
    "tostring": ("ToString", "Method", "static string ToString(System.Object value), "
                                       "static string ToString(int value, int toBase), "
                                       "static string ToString(long value, int toBase)"),
    "todouble": ("ToDouble", "Method", "static double ToDouble(System.Object value)"),
    "tosingle": ("ToSingle", "Method", "static float ToSingle(System.Object value)"),
    **{"to" + _name.lower(): ("To" + _name, "Method", f"static {_short} To{_name}(System.Object value), "
                                                     f"static {_short} To{_name}(string value, int fromBase)")
       for _name, _short in (("Byte", "byte"), ("SByte", "sbyte"), ("Int16", "int16"), ("UInt16", "uint16"),
                             ("Int32", "int"), ("UInt32", "uint32"), ("Int64", "long"), ("UInt64", "uint64"))},
}
STATIC_DEFINITIONS["System.Decimal"] = _numeric_statics("decimal", {
    name.lower(): (name, "Property", f"static decimal {name} {{get;}}") for name in ("Zero", "One", "MinusOne")})
STATIC_DEFINITIONS["System.Single"] = _numeric_statics("float", {
    name.lower(): (name, "Property", f"static float {name} {{get;}}")
    for name in ("Epsilon", "NaN", "NegativeInfinity", "PositiveInfinity")})

# Type literals whose TypeRef does not carry the .NET name (they convert to another target).
_STATIC_TYPE_NAMES = {"math": "System.Math", "regex": "System.Text.RegularExpressions.Regex",
                      "environment": "System.Environment"}


def static_type_name(ref: Any) -> str:
    """The .NET name of the type a literal names, for its static members ([math] is System.Math)."""
    return _STATIC_TYPE_NAMES.get(ref.name.lower(), ref.full_name)


# Constructors, reached through [T]::new(...): keyed by the type's full name.
CONSTRUCTOR_DEFINITIONS: dict[str, str] = {
    "System.DateTime": "datetime new(long ticks), datetime new(int year, int month, int day), "
                       "datetime new(int year, int month, int day, int hour, int minute, int second), "
                       "datetime new(int year, int month, int day, int hour, int minute, int second, "
                       "int millisecond)",
    "System.TimeSpan": "timespan new(long ticks), timespan new(int hours, int minutes, int seconds), "
                       "timespan new(int days, int hours, int minutes, int seconds), "
                       "timespan new(int days, int hours, int minutes, int seconds, int milliseconds)",
    "System.Text.StringBuilder": "System.Text.StringBuilder new(), System.Text.StringBuilder new(int capacity), "
                                 "System.Text.StringBuilder new(string value), "
                                 "System.Text.StringBuilder new(string value, int capacity), "
                                 "System.Text.StringBuilder new(int capacity, int maxCapacity)",
    "System.Version": "version new(), version new(string version), version new(int major, int minor), "
                      "version new(int major, int minor, int build), "
                      "version new(int major, int minor, int build, int revision)",
    "System.Globalization.CultureInfo": "cultureinfo new(string name), cultureinfo new(int culture), "
                                        "cultureinfo new(string name, bool useUserOverride)",
    "System.Text.RegularExpressions.Regex": "regex new(string pattern), "
                                            "regex new(string pattern, System.Text.RegularExpressions.RegexOptions options)",
    "System.Collections.ArrayList": "System.Collections.ArrayList new(), System.Collections.ArrayList new(int capacity), "
                                    "System.Collections.ArrayList new(System.Collections.ICollection c)",
}

# DateTime and TimeSpan: the methods datetimes.py carries out (tests keep these complete).
DATE_METHOD_DEFINITIONS: dict[str, tuple[str, str]] = {
    "add": ("Add", "datetime Add(timespan value)"),
    "adddays": ("AddDays", "datetime AddDays(double value)"),
    "addhours": ("AddHours", "datetime AddHours(double value)"),
    "addmilliseconds": ("AddMilliseconds", "datetime AddMilliseconds(double value)"),
    "addminutes": ("AddMinutes", "datetime AddMinutes(double value)"),
    "addmonths": ("AddMonths", "datetime AddMonths(int months)"),
    "addseconds": ("AddSeconds", "datetime AddSeconds(double value)"),
    "addticks": ("AddTicks", "datetime AddTicks(long value)"),
    "addyears": ("AddYears", "datetime AddYears(int value)"),
    "compareto": ("CompareTo", "int CompareTo(System.Object value), int CompareTo(datetime value)"),
    "equals": ("Equals", "bool Equals(System.Object value), bool Equals(datetime value)"),
    "gettypecode": ("GetTypeCode", "System.TypeCode GetTypeCode()"),
    "isdaylightsavingtime": ("IsDaylightSavingTime", "bool IsDaylightSavingTime()"),
    "subtract": ("Subtract", "timespan Subtract(datetime value), datetime Subtract(timespan value)"),
    "tolocaltime": ("ToLocalTime", "datetime ToLocalTime()"),
    "tolongdatestring": ("ToLongDateString", "string ToLongDateString()"),
    "tolongtimestring": ("ToLongTimeString", "string ToLongTimeString()"),
    "toshortdatestring": ("ToShortDateString", "string ToShortDateString()"),
    "toshorttimestring": ("ToShortTimeString", "string ToShortTimeString()"),
    "tostring": ("ToString", "string ToString(), string ToString(string format), "
                             "string ToString(System.IFormatProvider provider), "
                             "string ToString(string format, System.IFormatProvider provider)"),
    "touniversaltime": ("ToUniversalTime", "datetime ToUniversalTime()"),
}

SPAN_METHOD_DEFINITIONS: dict[str, tuple[str, str]] = {
    "add": ("Add", "timespan Add(timespan ts)"),
    "compareto": ("CompareTo", "int CompareTo(System.Object value), int CompareTo(timespan value)"),
    "duration": ("Duration", "timespan Duration()"),
    "equals": ("Equals", "bool Equals(System.Object value), bool Equals(timespan obj)"),
    "negate": ("Negate", "timespan Negate()"),
    "subtract": ("Subtract", "timespan Subtract(timespan ts)"),
    "tostring": ("ToString", "string ToString(), string ToString(string format), "
                             "string ToString(string format, System.IFormatProvider formatProvider)"),
}

"""[System.Text.Encoding]: the encodings scripts turn text into a Byte[] with and back
(`[System.Text.Encoding]::UTF8.GetBytes("text")`, `[Text.Encoding]::ASCII.GetString($bytes)`), as
.NET Framework has them on an en-US Windows: UTF8, ASCII, Unicode (UTF-16 little-endian),
BigEndianUnicode, UTF32 and Default (Windows-1252), and GetEncoding by name or code page.

Like .NET, encoding replaces what it cannot represent ('?' in ASCII and Windows-1252, U+FFFD for a
lone surrogate in the Unicode encodings) and decoding replaces bytes that are no character."""
from __future__ import annotations

from pyshell.runtime.values import TypedArray, property_in

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

ENCODING = "System.Text.Encoding"

# name: (.NET class, Python codec, BodyName, EncodingName, HeaderName, WebName, WindowsCodePage,
#        IsBrowserDisplay, IsBrowserSave, IsMailNewsDisplay, IsMailNewsSave, IsSingleByte, CodePage, preamble)
_TABLE: dict[str, tuple] = {
    "utf8": ("System.Text.UTF8Encoding", "utf-8", "utf-8", "Unicode (UTF-8)", "utf-8", "utf-8", 1200,
             True, True, True, True, False, 65001, b"\xef\xbb\xbf"),
    "ascii": ("System.Text.ASCIIEncoding", "ascii", "us-ascii", "US-ASCII", "us-ascii", "us-ascii", 1252,
              False, False, True, True, True, 20127, b""),
    "unicode": ("System.Text.UnicodeEncoding", "utf-16-le", "utf-16", "Unicode", "utf-16", "utf-16", 1200,
                False, True, False, False, False, 1200, b"\xff\xfe"),
    "bigendianunicode": ("System.Text.UnicodeEncoding", "utf-16-be", "unicodeFFFE", "Unicode (Big-Endian)",
                         "unicodeFFFE", "unicodeFFFE", 1200, False, False, False, False, False, 1201, b"\xfe\xff"),
    "utf32": ("System.Text.UTF32Encoding", "utf-32-le", "utf-32", "Unicode (UTF-32)", "utf-32", "utf-32", 1200,
              False, False, False, False, False, 12000, b"\xff\xfe\x00\x00"),
    "default": ("System.Text.SBCSCodePageEncoding", "cp1252", "iso-8859-1", "Western European (Windows)",
                "Windows-1252", "Windows-1252", 1252, True, True, True, True, True, 1252, b""),
}
# GetEncoding's names and code pages, lower case.
_NAMES = {"utf-8": "utf8", "utf8": "utf8", "65001": "utf8", "us-ascii": "ascii", "ascii": "ascii", "20127": "ascii",
          "utf-16": "unicode", "unicode": "unicode", "1200": "unicode", "utf-16le": "unicode",
          "unicodefffe": "bigendianunicode", "utf-16be": "bigendianunicode", "1201": "bigendianunicode",
          "utf-32": "utf32", "utf-32le": "utf32", "12000": "utf32", "windows-1252": "default", "1252": "default"}
_PROPERTIES = ("BodyName", "EncodingName", "HeaderName", "WebName", "WindowsCodePage", "IsBrowserDisplay",
               "IsBrowserSave", "IsMailNewsDisplay", "IsMailNewsSave", "IsSingleByte", "EncoderFallback",
               "DecoderFallback", "IsReadOnly", "CodePage")


class Encoding:
    """One encoding; a subclass per .NET class (make_encoding) carries that class's name."""

    ps_type_name = ENCODING
    __slots__ = ("key",)

    def __init__(self, key: str):
        self.key = key

    @property
    def ps_type_names(self) -> list[str]:
        return [type(self).ps_type_name, ENCODING, "System.Object"]

    def _codec(self) -> str:
        return _TABLE[self.key][1]

    # -- what scripts call ---------------------------------------------------------------------
    def get_bytes(self, *args: Any) -> TypedArray:
        text = _text_argument(args)
        if self._codec() in ("ascii", "cp1252"):
            data = bytes(_single_byte(ch, self._codec()) for ch in text)
        else:
            data = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text).encode(self._codec())
        return byte_array(data)

    def get_byte_count(self, *args: Any) -> int:
        return len(self.get_bytes(*args))

    def get_string(self, *args: Any) -> str:
        data = _bytes_argument(args)
        codec = self._codec()
        if codec == "ascii":
            return "".join(chr(b) if b < 128 else "?" for b in data)
        if codec == "cp1252":
            return "".join(_cp1252_char(b) for b in data)
        return data.decode(codec, errors="replace")

    def get_preamble(self) -> TypedArray:
        return byte_array(_TABLE[self.key][13])

    # -- what PowerShell asks of a value --------------------------------------------------------
    def ps_properties(self) -> list[tuple[str, Any]]:
        row = _TABLE[self.key]
        values = list(row[2:12]) + ["System.Text.EncoderReplacementFallback",
                                    "System.Text.DecoderReplacementFallback", True, row[12]]
        return list(zip(_PROPERTIES, values))

    def ps_property_definitions(self) -> list[tuple[str, str]]:
        kinds = {str: "string", int: "int", bool: "bool"}
        out = []
        for name, value in self.ps_properties():
            if name.endswith("Fallback"):
                out.append((name, f"System.Text.{name} {name} {{get;set;}}"))
            else:
                out.append((name, f"{kinds[type(value)]} {name} {{get;}}"))
        return out

    def ps_property(self, key: str) -> Any:
        return property_in(self.ps_properties(), key)

    def ps_to_string(self) -> str:
        return self.ps_type_name

    def ps_equals(self, other: Any) -> bool:
        return isinstance(other, Encoding) and other.key == self.key

    def ps_method_table(self) -> dict[str, tuple[str, str, Callable[..., Any]]]:
        return _METHODS


def _single_byte(ch: str, codec: str) -> int:
    try:
        data = ch.encode(codec)
    except UnicodeEncodeError:
        return 0x3F                 # '?', the replacement fallback's
    return data[0]


def _cp1252_char(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)               # the five bytes Windows-1252 leaves undefined map to U+0081 ...


def _text_argument(args: tuple) -> str:
    from pyshell.runtime.conversion import to_string
    if len(args) != 1:
        raise TypeError("no such overload")
    value = args[0]
    if value is None:
        from pyshell.runtime.operators import PSOperatorError
        raise PSOperatorError("Value cannot be null.\r\nParameter name: s", inner="ArgumentNullException")
    if isinstance(value, (list, tuple)):            # GetBytes(char[])
        return "".join(to_string(c) for c in value)
    return to_string(value)


def _bytes_argument(args: tuple) -> bytes:
    from pyshell.runtime.conversion import convert_to, to_int
    from pyshell.runtime.operators import PSOperatorError
    from pyshell.runtime.types import resolve_type
    if len(args) not in (1, 3):
        raise TypeError("no such overload")
    if args[0] is None:
        raise PSOperatorError("Array cannot be null.\r\nParameter name: bytes", inner="ArgumentNullException")
    byte_type = resolve_type("byte")
    items = args[0] if isinstance(args[0], (list, tuple)) else [args[0]]
    data = bytes(convert_to(b, byte_type.target) for b in items)   # type: ignore[union-attr]
    if len(args) == 3:
        index, count = to_int(args[1]), to_int(args[2])
        if index < 0 or count < 0 or index + count > len(data):
            raise PSOperatorError("Index and count must refer to a location within the buffer.\r\n"
                                  "Parameter name: bytes", inner="ArgumentOutOfRangeException")
        data = data[index:index + count]
    return data


def byte_array(data: bytes) -> TypedArray:
    """A System.Byte[] of `data`."""
    from pyshell.runtime.typenames import Byte
    from pyshell.runtime.types import resolve_type
    target = resolve_type("byte").target          # type: ignore[union-attr]
    return TypedArray([Byte(b) for b in data], target, "System.Byte")


_METHODS: dict[str, tuple[str, str, Callable[..., Any]]] = {
    "getbytes": ("GetBytes", "byte[] GetBytes(string s), byte[] GetBytes(char[] chars)", Encoding.get_bytes),
    "getbytecount": ("GetByteCount", "int GetByteCount(string s), int GetByteCount(char[] chars)",
                     Encoding.get_byte_count),
    "getstring": ("GetString", "string GetString(byte[] bytes), string GetString(byte[] bytes, int index, int count)",
                  Encoding.get_string),
    "getpreamble": ("GetPreamble", "byte[] GetPreamble()", Encoding.get_preamble),
}


_CLASSES: dict[str, type] = {}


def make_encoding(key: str) -> Encoding:
    """The encoding `key` of _TABLE, of a subclass named as its .NET class (System.Text.UTF8Encoding)."""
    name = _TABLE[key][0]
    cls = _CLASSES.get(name)
    if cls is None:
        cls = _CLASSES[name] = type(name.rsplit(".", 1)[-1], (Encoding,), {"ps_type_name": name, "__slots__": ()})
    return cls(key)


def get_encoding(name: Any) -> Encoding:
    """Encoding.GetEncoding(name or code page), for the encodings this module has."""
    from pyshell.runtime.conversion import to_string
    key = _NAMES.get(to_string(name).strip().lower())
    if key is None:
        from pyshell.runtime.operators import PSOperatorError
        if isinstance(name, int):
            raise PSOperatorError(f"No data is available for encoding {name}. For information on defining a "
                                  "custom encoding, see the documentation for the Encoding.RegisterProvider "
                                  "method.\r\nParameter name: codepage", inner="NotSupportedException")
        raise PSOperatorError(f"'{to_string(name)}' is not a supported encoding name. For information on defining "
                              "a custom encoding, see the documentation for the Encoding.RegisterProvider method."
                              "\r\nParameter name: name", inner="ArgumentException")
    return make_encoding(key)


class EncodingType:
    ps_type_name = ENCODING

    @staticmethod
    def ps_convert(value: Any) -> Any:
        if value is None or isinstance(value, Encoding):
            return value
        from pyshell.runtime.conversion import PSConversionError
        raise PSConversionError(value, ENCODING)


def register(add: Callable[[tuple[str, ...], Any], None]) -> None:
    from pyshell.runtime.types import TypeRef
    statics: dict[str, Any] = {key: make_encoding(key) for key in _TABLE}
    statics["getencoding"] = get_encoding
    add((ENCODING, "Text.Encoding"), TypeRef(ENCODING, EncodingType, statics, lambda value: isinstance(value, Encoding)))

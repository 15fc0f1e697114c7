"""CSV as Windows PowerShell 5.1 writes and reads it (ConvertTo-Csv, ConvertFrom-Csv, Export-Csv,
Import-Csv).

Writing: an optional `#TYPE <type name>` line, a header of the first object's property names, then
one line per object. Every value is put in double quotes (quotes inside doubled); a property that is
null or missing leaves its field empty. Values are written with .NET's ToString(), so an array
shows as its type name (System.Object[], System.String[]) and a date in the en-US general form.

Reading: a `#TYPE` line names the objects' type (prefixed with "CSV:"); the first record is the
header unless -Header gives one; fields may be quoted, blanks around unquoted fields are dropped;
every value is a string, a missing trailing field is $null, and an empty header name becomes H1,
H2, ... with a warning.
"""
from __future__ import annotations

import datetime as _dt
from pyshell.format.fields import property_items
from pyshell.runtime.conversion import PSConversionError, format_double, to_string
from pyshell.runtime.datetimes import culture_string, timespan_string
from pyshell.runtime.typenames import type_name_of, type_names_of
from pyshell.runtime.values import PSEnum, PSHashtable, PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Iterator

CSV_TYPE_PREFIX = "CSV:"
UNSPECIFIED_NAME = "H"
DEFAULT_NAMES_WARNING = ('One or more headers were not specified. Default names starting with "H" have been used in '
                         "place of any missing headers.")


class CharType:
    """[char]: the type of -Delimiter."""

    ps_type_name = "System.Char"

    @staticmethod
    def ps_convert(value: Any) -> str:
        text = to_string(value)
        if len(text) != 1:
            raise PSConversionError(value, "System.Char", "String must be exactly one character long.")
        return text


def chosen_delimiter(cmdlet: Any) -> str:
    """The delimiter of a CSV cmdlet: with -UseCulture the first character of the session culture's
    ListSeparator (which a script may change), else -Delimiter, else a comma."""
    if cmdlet.use_culture:
        from pyshell.runtime.culture import current_culture
        separator = current_culture(cmdlet.context).text_info.list_separator
        return separator[0] if separator else ","
    delimiter = cmdlet.delimiter
    return "," if not delimiter or delimiter == "\0" else delimiter      # [char]0 stands for the default


def dotnet_string(value: Any) -> str | None:
    """What .NET's ToString() gives for a property value (None stays None)."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, float):
        return format_double(value)
    if isinstance(value, PSEnum):
        return value.name
    if isinstance(value, (list, tuple)):
        return type_name_of(value)          # .NET's ToString() of an array: its type's name
    if isinstance(value, PSHashtable):
        return "System.Collections.Hashtable"
    if isinstance(value, _dt.datetime):
        return culture_string(value)
    if isinstance(value, _dt.timedelta):
        return timespan_string(value)
    return to_string(value)


def properties(obj: Any) -> list[tuple[str, Any]]:
    """The properties written for an object (a string's only property is its Length)."""
    if isinstance(obj, str):
        return [("Length", len(obj))]
    return property_items(obj)


def type_line(obj: Any) -> str:
    names = type_names_of(obj)
    if not names:
        return "#TYPE"
    first = names[0]
    if first.upper().startswith(CSV_TYPE_PREFIX):
        first = first[len(CSV_TYPE_PREFIX):]
    return f"#TYPE {first}"


def quote(value: str | None) -> str:
    if value is None:
        return ""
    return '"' + value.replace('"', '""') + '"'


def header_line(names: list[str], delimiter: str) -> str:
    return delimiter.join(quote(n) for n in names)


def row_line(obj: Any, names: list[str], delimiter: str) -> str:
    values = {name.lower(): value for name, value in properties(obj)}
    out = []
    for name in names:
        key = name.lower()
        out.append(quote(dotnet_string(values[key])) if key in values else "")
    return delimiter.join(out)


class CsvWriter:
    """Turns objects into CSV lines; the first object fixes the columns."""

    def __init__(self, delimiter: str, type_information: bool, names: list[str] | None = None):
        self.delimiter = delimiter
        self.type_information = type_information
        self.names = names
        self.appending = names is not None

    def lines(self, obj: Any) -> list[str]:
        out = []
        if self.names is None:
            self.names = [n for n, _ in properties(obj)]
            if self.type_information:
                out.append(type_line(obj))
            header = header_line(self.names, self.delimiter)
            if header:
                out.append(header)
        row = row_line(obj, self.names, self.delimiter)
        if row:
            out.append(row)
        return out


class DuplicateHeader(ValueError):
    def __init__(self, name: str):
        super().__init__(name)
        self.name = name


class CsvReader:
    """Reads records from CSV text the way Import-Csv's parser does."""

    def __init__(self, text: str, delimiter: str):
        self.text = text
        self.pos = 0
        self.delimiter = delimiter

    @property
    def eof(self) -> bool:
        return self.pos >= len(self.text)

    def _read(self) -> str:
        ch = self.text[self.pos]
        self.pos += 1
        return ch

    def _peek(self, ch: str) -> bool:
        return self.pos < len(self.text) and self.text[self.pos] == ch

    def _newline(self, ch: str) -> bool:
        return ch == "\n" or (ch == "\r" and self._peek("\n"))

    def read_type(self) -> str | None:
        if not self._peek("#"):
            return None
        end = self.text.find("\n", self.pos)
        line = self.text[self.pos:] if end < 0 else self.text[self.pos:end]
        self.pos = len(self.text) if end < 0 else end + 1
        line = line.rstrip("\r")
        if line[:5].lower() != "#type":
            return None
        name = line[5:].strip()
        return CSV_TYPE_PREFIX + name if name else None

    def _till_delimiter(self, current: list[str], eat_blanks: bool) -> bool:
        """Read the rest of a field up to the delimiter or the line's end; True at the record's end."""
        rest: list[str] = []
        blank_only = True
        end_of_record = False
        while True:
            if self.eof:
                end_of_record = True
                break
            ch = self._read()
            if ch == self.delimiter:
                break
            if self._newline(ch):
                end_of_record = True
                if ch == "\r":
                    self._read()
                break
            rest.append(ch)
            if ch not in " \t":
                blank_only = False
        current.append("".join(rest).strip() if eat_blanks and blank_only else "".join(rest))
        return end_of_record

    def record(self, is_header: bool = False) -> list[str]:
        result: list[str] = []
        current: list[str] = []
        quoted = False
        while not self.eof:
            ch = self._read()
            if ch == self.delimiter:
                if quoted:
                    current.append(ch)
                else:
                    result.append("".join(current))
                    current = []
            elif ch == '"':
                if quoted:
                    if self._peek('"'):
                        self._read()
                        current.append('"')
                    else:
                        quoted = False
                        done = self._till_delimiter(current, True)
                        result.append("".join(current))
                        current = []
                        if done:
                            break
                elif not current:
                    quoted = True
                else:
                    current.append(ch)
                    done = self._till_delimiter(current, False)
                    result.append("".join(current))
                    current = []
                    if done:
                        break
            elif ch in " \t":
                if quoted:
                    current.append(ch)
                elif not current:
                    continue
                else:
                    current.append(ch)
                    done = self._till_delimiter(current, True)
                    result.append("".join(current))
                    current = []
                    if done:
                        break
            elif self._newline(ch):
                if ch == "\r":
                    self._read()
                if quoted:
                    current.append(ch)
                    if ch == "\r":
                        current.append("\n")
                else:
                    result.append("".join(current))
                    current = []
                    break
            else:
                current.append(ch)
        if current:
            result.append("".join(current))
        if is_header:
            while len(result) > 1 and result[-1] == "":
                result.pop()
        return result


class CsvImporter:
    """Header handling and object building for ConvertFrom-Csv and Import-Csv."""

    def __init__(self, delimiter: str, header: list[str] | None = None, type_name: str | None = None):
        self.delimiter = delimiter
        self.header = header
        self.type_name = type_name
        self.warned = False

    def objects(self, text: str, warn: Any) -> Iterator[PSObject]:
        reader = CsvReader(text, self.delimiter)
        if self.type_name is None and not reader.eof:
            self.type_name = reader.read_type()
        if self.header is None and not reader.eof:
            values = reader.record(is_header=True)
            if values:
                self.header = values
        checked = False
        while True:
            values = reader.record()
            if not values:
                break
            if len(values) == 1 and values[0] == "":
                continue
            if not checked:     # as in 5.1, a repeated column name fails the first object, not the header
                self._check_names()
                checked = True
            yield self._build(values, warn)

    def _check_names(self) -> None:
        seen: set[str] = set()
        for name in self.header or []:
            if name and name.lower() in seen:
                raise DuplicateHeader(name)
            seen.add(name.lower())

    def _build(self, values: list[str], warn: Any) -> PSObject:
        names = ["System.Management.Automation.PSCustomObject", "System.Object"]
        obj = PSObject(type_names=[self.type_name] if self.type_name else names)
        unnamed = 1
        for i, name in enumerate(self.header or []):
            if not name and self.delimiter == '"':
                continue
            if not name:
                name = f"{UNSPECIFIED_NAME}{unnamed}"
                unnamed += 1
            obj.set(name, values[i] if i < len(values) else None)
        if unnamed != 1 and not self.warned:
            warn(DEFAULT_NAMES_WARNING)
            self.warned = True
        return obj

"""ConvertFrom-StringData: `name = value` lines to a hashtable (localized strings, data sections)."""
from __future__ import annotations

import re

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory, PSError
from pyshell.runtime.values import PSHashtable

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "e": "\x1b", "b": "\b"}
_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|.)", re.S)


def unescape(text: str) -> str:
    """.NET's Regex.Unescape: \\n, \\t, \\uXXXX, \\xXX and the like become the characters they stand
    for; a backslash before any other character leaves that character."""
    def one(m: re.Match) -> str:
        code = m.group(1)
        if len(code) > 1:
            return chr(int(code[1:], 16))
        return _ESCAPES.get(code, code)
    return _ESCAPE.sub(one, text)


class ConvertFromStringData(Cmdlet):
    """Converts a string of name=value pairs into a hash table."""

    verb, noun = "ConvertFrom", "StringData"
    implementing_type = "Microsoft.PowerShell.Commands.ConvertFromStringDataCommand"
    output_types = ("System.Collections.Hashtable",)
    description = ("ConvertFrom-StringData reads one name=value pair per line of the string (blank lines and "
                   "lines starting with # are skipped), trims both sides and writes a hashtable whose keys "
                   "are the names. A value's backslash escapes (\\n, \\t, \\u0041 ...) are read as a regular "
                   "expression's are. A line without = before its value, or a name given twice, stops the "
                   "command.")

    string_data = Parameter(str, name="StringData", position=0, mandatory=True, pipeline=True,
                            allow_empty_string=True, help="The name=value lines, usually a here-string.")

    examples = (
        Example('(ConvertFrom-StringData "Greeting = Hello`nFarewell = Goodbye").Farewell',
                "Two pairs; the hashtable's Farewell key.", "Goodbye\n"),
        Example("$t = ConvertFrom-StringData @'\n# messages\nMissing = Partner {0} not found\n'@\n"
                "$t.Missing -f 'xmpp.contoso.com'",
                "A here-string of messages, one used as a format.", "Partner xmpp.contoso.com not found\n"),
    )

    def process(self) -> None:
        table = PSHashtable()
        for line in (self.string_data or "").split("\n"):
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            index = text.find("=")
            if index <= 0:
                self._fail(f"Data line '{line}' is not in 'name=value' format. ")
            name = text[:index].strip()
            if name in table:
                self._fail(f"Data item '{name}' in line '{line}' is already defined. ")
            table[name] = unescape(text[index + 1:].strip())
        self.write_object(table)

    def _fail(self, message: str) -> None:
        raise PSError(self.error_record(message, "InvalidOperation", ErrorCategory.InvalidOperation,
                                        exception_type="PSInvalidOperationException"))

"""Select-String: find text that matches a pattern in the strings (or objects) of the pipeline."""
from __future__ import annotations

import re
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.format.views import View
from pyshell.runtime.conversion import ListOf, to_string
from pyshell.runtime.operators import PSOperatorError, compile_regex
from pyshell.runtime.values import PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    pass

MATCH_INFO = "Microsoft.PowerShell.Commands.MatchInfo"
REGEX_NS = "System.Text.RegularExpressions."
INPUT_STREAM = "InputStream"


def _capture(value: str, index: int) -> PSObject:
    return PSObject([("Index", index), ("Length", len(value)), ("Value", value)],
                    type_names=[REGEX_NS + "Capture", "System.Object"], string_form=value)


def _group(m: re.Match, number: int, name: str) -> PSObject:
    value = m.group(number)
    success = value is not None
    start = m.start(number) if success else 0
    captures = [_capture(value, start)] if success else []
    return PSObject([("Success", success), ("Name", name), ("Captures", captures), ("Index", start),
                     ("Length", len(value) if success else 0), ("Value", value or "")],
                    type_names=[REGEX_NS + "Group", REGEX_NS + "Capture", "System.Object"], string_form=value or "")


def match_object(m: re.Match) -> PSObject:
    """A .NET Match for one regex match: its groups (unnamed ones first, by number, then named ones,
    as .NET numbers them), and its own index, length and value."""
    names = {number: name for name, number in m.re.groupindex.items()}
    unnamed = [n for n in range(1, m.re.groups + 1) if n not in names]
    named = [n for n in range(1, m.re.groups + 1) if n in names]
    groups = ([_group(m, 0, "0")] + [_group(m, n, str(i)) for i, n in enumerate(unnamed, 1)]
              + [_group(m, n, names[n]) for n in named])
    value = m.group(0)
    return PSObject([("Groups", groups), ("Success", True), ("Name", "0"), ("Captures", [_capture(value, m.start())]),
                     ("Index", m.start()), ("Length", len(value)), ("Value", value)],
                    type_names=[REGEX_NS + "Match", REGEX_NS + "Group", REGEX_NS + "Capture", "System.Object"],
                    string_form=value)


def match_info(line: str, line_number: int, pattern: str, ignore_case: bool, matches: list[PSObject]) -> PSObject:
    """A MatchInfo for a line that came through the pipeline; its text (and its display) is the line."""
    return PSObject([("IgnoreCase", ignore_case), ("LineNumber", line_number), ("Line", line),
                     ("Filename", INPUT_STREAM), ("Path", INPUT_STREAM), ("Pattern", pattern), ("Context", None),
                     ("Matches", matches)], type_names=[MATCH_INFO, "System.Object"], string_form=line)


# PowerShell shows a MatchInfo through a custom view that prints the object's ToString(): the line.
VIEWS = (View(MATCH_INFO, "custom", name="MatchInfo", text=to_string),)


class SelectString(Cmdlet):
    """Finds text in strings."""

    verb, noun = "Select", "String"
    implementing_type = "Microsoft.PowerShell.Commands.SelectStringCommand"
    output_types = (MATCH_INFO, "System.Boolean")
    description = (
        "Select-String looks for a pattern in each object of the pipeline (a string, or any object's text) and writes "
        "a MatchInfo object for each one that matches: its Line, its LineNumber (the position of the object in the "
        "input, counting from 1), the Pattern that matched and the regex Matches. A MatchInfo prints as its line. "
        "Patterns are regular expressions unless -SimpleMatch is used, and ignore case unless -CaseSensitive is "
        "used. Several patterns may be given; a line matches when any of them does. pyshell searches pipeline input "
        "only, not files.")

    input_object = Parameter(PSObject, pipeline=True, mandatory=True,
                             help="The text to search; objects that are not strings are searched as their text.")
    pattern = Parameter(ListOf(str), position=0, mandatory=True,
                        help="The text to find: regular expressions, or plain text with -SimpleMatch.")
    simple_match = Parameter(SwitchParameter, help="Takes the patterns as plain text, not regular expressions.")
    case_sensitive = Parameter(SwitchParameter, help="Matches with regard to case.")
    not_match = Parameter(SwitchParameter, help="Writes the lines that match none of the patterns.")
    all_matches = Parameter(SwitchParameter, help="Finds every match in each line (the Matches property), not only "
                                                  "the first.")
    quiet = Parameter(SwitchParameter, help="Writes $true once, at the first matching line, instead of MatchInfo "
                                            "objects; nothing when no line matches.")

    examples = (
        Example('"Hello", "HELLO", "goodbye" | Select-String -Pattern "hello"', "Finds the lines containing hello, "
                "in any case.", "\nHello\nHELLO\n\n\n"),
        Example('"Hello", "HELLO" | Select-String -Pattern "HELLO" -CaseSensitive', "Only the exact case matches.",
                "\nHELLO\n\n\n"),
        Example('"a.b", "axb" | Select-String -Pattern "." -SimpleMatch', "A dot taken literally.", "\na.b\n\n\n"),
        Example('("Contoso 2013", "Fabrikam" | Select-String "\\d+").Matches.Value', "The text each match found.",
                "2013\n"),
        Example('Get-CsAdminRole | Select-String "Voice"', "Searches the RBAC roles' names (an object's text is its "
                "Identity)."),
    )

    def begin(self) -> None:
        self._regexes: list[re.Pattern] = []
        self._count = 0
        self._done = False
        if not self.simple_match:
            for pattern in self.pattern:
                try:
                    self._regexes.append(compile_regex(pattern, bool(self.case_sensitive)))
                except PSOperatorError as exc:
                    reason = str(exc.__cause__) if exc.__cause__ is not None else exc.message
                    self.throw_terminating(self.error_record(
                        f"The string {pattern} is not a valid regular expression: {reason}", "InvalidRegex",
                        ErrorCategory.InvalidArgument, exception_type="ArgumentException"))

    def process(self) -> None:
        if self._done or not self.is_bound(SelectString.input_object):
            return
        self._count += 1
        obj = self.input_object
        earlier = obj if isinstance(obj, PSObject) and MATCH_INFO in obj.type_names else None
        line = to_string(earlier.get("Line")) if earlier is not None else to_string(obj)
        result = self.match(line, earlier)
        if result is None:
            return
        if self.quiet:
            self.write_object(True)
            self._done = True
            return
        self.write_object(result)

    def match(self, line: str, earlier: PSObject | None) -> PSObject | None:
        matches: list[PSObject] = []
        found = False
        index = 0
        if not self.simple_match:
            for index, rx in enumerate(self._regexes):
                if self.all_matches and not self.not_match:
                    matches = [match_object(m) for m in rx.finditer(line)]
                    found = bool(matches)
                else:
                    m = rx.search(line)
                    found = m is not None
                    matches = [match_object(m)] if m is not None else []
                if found:
                    break
        else:
            folded = line if self.case_sensitive else line.casefold()
            for index, pattern in enumerate(self.pattern):
                if (pattern if self.case_sensitive else pattern.casefold()) in folded:
                    found = True
                    break
        if self.not_match:
            found = not found
            index = 0
        if not found:
            return None
        if earlier is not None:
            return earlier
        return match_info(line, self._count, self.pattern[index], not self.case_sensitive, matches)

"""Select-String: find text that matches a pattern, in files or in the strings (or objects) of the
pipeline. The MatchInfo objects it writes, their text and the context lines: _match_info.py."""
from __future__ import annotations

import io
import os
import re
from cmdlets.core._files import ENCODINGS, NO_BOM_UTF8, _os_message, detect_encoding, validate_set
from cmdlets.core._filesystem import (FILE_INFO, check_path_arguments, given_paths, glob, is_item,
                                      name_selected)
from cmdlets.core._match_info import (VIEWS, ContextTracker, filtered, finish, is_match_info, match_object,
                                      new_match_info)
from cmdlets.core._providers import session_target
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.commands.validators import validate_count, validate_not_null_or_empty, validate_range
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf, to_string
from pyshell.runtime.location import PathProblem, path_not_found, resolve
from pyshell.runtime.operators import PSOperatorError, compile_regex
from pyshell.runtime.values import PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import BinaryIO, Iterator

__all__ = ["SelectString", "VIEWS", "match_object"]

FILE_SET, LITERAL_SET, OBJECT_SET = "File", "LiteralFile", "Object"
# The -Encoding names Windows PowerShell 5.1's Select-String accepts.
ENCODING_NAMES = ("unicode", "utf7", "utf8", "utf32", "ascii", "bigendianunicode", "default", "oem")
CONTEXT_WARNING = ('The option "Context" is not valid when searching results that are piped from Select-String '
                   "output.")


class SelectString(Cmdlet):
    """Finds text in strings and files."""

    verb, noun = "Select", "String"
    implementing_type = "Microsoft.PowerShell.Commands.SelectStringCommand"
    default_set = FILE_SET
    output_types = ("Microsoft.PowerShell.Commands.MatchInfo", "System.Boolean")
    description = (
        "Select-String looks for a pattern in the lines of files (-Path, with wildcards, or -LiteralPath) or in "
        "each object of the pipeline (a string, or any object's text; files piped from Get-ChildItem are read). "
        "For each line that matches it writes a MatchInfo object: the Line, its LineNumber (for pipeline input, "
        "the position of the object in the input), the Filename and full Path of the file (InputStream for "
        "pipeline input), the Pattern that matched and the regex Matches. A match in a file prints as "
        "path:number:line, the path relative to the current location; one from the pipeline prints as its line. "
        "Patterns are regular expressions unless -SimpleMatch is used, and ignore case unless -CaseSensitive is "
        "used; a line matches when any of the patterns does. -Context adds the lines around each match (its "
        "Context property; in the text the match is marked with '>'). -List stops at the first match in each "
        "file, -Quiet answers True or False instead. A path with nothing there stops the command; a file that "
        "cannot be read (a directory, for one) is reported and the others are still searched. As in Windows "
        "PowerShell, -Include and -Exclude are matched against the full path of each file.")

    pattern = Parameter(ListOf(str), position=0, mandatory=True,
                        help="The text to find: regular expressions, or plain text with -SimpleMatch.")
    path = Parameter(ListOf(str), sets={FILE_SET: SetOptions(position=1, mandatory=True, by_property_name=True)},
                     help="The files to search; wildcards are allowed.")
    literal_path = Parameter(ListOf(str), aliases=("PSPath",),
                             sets={LITERAL_SET: SetOptions(mandatory=True, by_property_name=True)},
                             help="The files to search, used exactly as typed (no wildcards).")
    input_object = Parameter(PSObject, sets={OBJECT_SET: SetOptions(mandatory=True, pipeline=True)},
                             allow_null=True, allow_empty_string=True,
                             help="The text to search; objects that are not strings are searched as their text, "
                                  "files (FileInfo objects) are read.")
    simple_match = Parameter(SwitchParameter, help="Takes the patterns as plain text, not regular expressions.")
    case_sensitive = Parameter(SwitchParameter, help="Matches with regard to case.")
    quiet = Parameter(SwitchParameter, help="Writes $true at the first match instead of MatchInfo objects; for "
                                            "files, $false when none of them matches.")
    list = Parameter(SwitchParameter, help="Writes only the first match in each file.")
    include = Parameter(ListOf(str), validators=(validate_not_null_or_empty,),
                        help="Searches only the files whose full path matches one of these wildcard patterns.")
    exclude = Parameter(ListOf(str), validators=(validate_not_null_or_empty,),
                        help="Leaves out the files whose full path matches one of these wildcard patterns.")
    not_match = Parameter(SwitchParameter, help="Writes the lines that match none of the patterns.")
    all_matches = Parameter(SwitchParameter, help="Finds every match in each line (the Matches property), not only "
                                                  "the first.")
    encoding = Parameter(str, validators=(validate_not_null_or_empty, validate_set(ENCODING_NAMES)),
                         help="The encoding of files without a byte order mark: unicode, utf7, utf8 (the "
                              "default), utf32, ascii, bigendianunicode, default (the ANSI code page) or oem.")
    context_lines = Parameter(ListOf(int), name="Context",
                              validators=(validate_not_null_or_empty, validate_count(1, 2), validate_range(0)),
                              help="Lines to capture around each match: one number for both sides, or two "
                                   "(before, after).")

    examples = (
        Example('"Hello", "HELLO", "goodbye" | Select-String -Pattern "hello"', "Finds the lines containing hello, "
                "in any case.", "\nHello\nHELLO\n\n\n"),
        Example('"Hello", "HELLO" | Select-String -Pattern "HELLO" -CaseSensitive', "Only the exact case matches.",
                "\nHELLO\n\n\n"),
        Example('"a.b", "axb" | Select-String -Pattern "." -SimpleMatch', "A dot taken literally.", "\na.b\n\n\n"),
        Example('("Contoso 2013", "Fabrikam" | Select-String "\\d+").Matches.Value', "The text each match found.",
                "2013\n"),
        Example("Set-Content partners.txt 'contoso.com', 'fabrikam.org', 'litware.org'\n"
                "Select-String -Path partners.txt -Pattern '\\.org$'",
                "Searches a file: each match shows the file, the line number and the line.",
                "\npartners.txt:2:fabrikam.org\npartners.txt:3:litware.org\n\n\n"),
        Example("Set-Content days.txt 'Mon', 'Tue', 'Wed', 'Thu'\nSelect-String Wed days.txt -Context 1",
                "A line before and after each match; the match is marked with '>'.",
                "\n  days.txt:2:Tue\n> days.txt:3:Wed\n  days.txt:4:Thu\n\n\n"),
        Example("Set-Content a.txt 'x'; Set-Content b.txt 'y'\nGet-ChildItem *.txt | Select-String y -List | "
                "ForEach-Object Filename", "Which files contain a match (files piped from Get-ChildItem).",
                "b.txt\n"),
        Example('Get-CsAdminRole | Select-String "Voice"', "Searches the RBAC roles' names (an object's text is its "
                "Identity)."),
    )

    def begin(self) -> None:
        check_path_arguments(self, SelectString.path, SelectString.literal_path)
        self._regexes: list[re.Pattern] = []
        if not self.simple_match:
            for pattern in self.pattern:
                try:
                    self._regexes.append(compile_regex(pattern, bool(self.case_sensitive)))
                except PSOperatorError as exc:
                    reason = str(exc.__cause__) if exc.__cause__ is not None else exc.message
                    self.throw_terminating(self.error_record(
                        f"The string {pattern} is not a valid regular expression: {reason}", "InvalidRegex",
                        ErrorCategory.InvalidArgument, exception_type="ArgumentException"))
        given = list(self.context_lines or ())
        self._before = given[0] if given else 0
        self._after = given[1] if len(given) > 1 else self._before
        self._tracker = ContextTracker(self._before, self._after)   # for pipeline input
        self._record = 0
        self._done = False

    # -- input -----------------------------------------------------------------------------------
    def process(self) -> None:
        if self._done:
            return
        if self.is_bound(SelectString.path) or self.is_bound(SelectString.literal_path):
            self._search_files(self._resolve())
            return
        if not self.is_bound(SelectString.input_object):
            return
        obj = self.input_object
        if is_item(obj) and FILE_INFO in obj.type_names:
            self._search_files([to_string(obj.get("FullName"))])
            return
        self._record += 1
        earlier = obj if is_match_info(obj) else None
        if earlier is not None:
            text = to_string(earlier.get("Line"))
            if self._tracker.tracking:
                # Context cannot be worked out again for lines that were picked out already.
                self._before = self._after = 0
                self._tracker = ContextTracker(0, 0)
                self.write_warning(CONTEXT_WARNING)
        else:
            text = obj if isinstance(obj, str) else to_string(obj)
        found = self._test(text)
        if found is None:
            self._tracker.line(text)
        elif earlier is not None:
            self._tracker.match(filtered(earlier), text)
        else:
            self._tracker.match(self._new(text, found, None, self._record), text)
        if self._flush(self._tracker) and self.quiet:
            self._done = True

    def end(self) -> None:
        self._tracker.end()
        if not self._done:
            self._flush(self._tracker)

    def _resolve(self) -> list[str]:
        """Every file the paths name, wildcards expanded; all are resolved before any is read, and a
        plain -Path with nothing there stops the command (PowerShell's ItemNotFoundException)."""
        literal = self.is_bound(SelectString.literal_path)
        found: list[str] = []
        for given in given_paths(self, self.literal_path if literal else self.path, literal):
            target = session_target(self.context, given)
            if target is not None:          # Variable:\x, Env:PATH: not files, and not read
                self.write_error(self.error_record(
                    f"Cannot open the file because the current provider ({target.provider.full_name}) cannot open "
                    "files.", "ProcessingFile", ErrorCategory.InvalidArgument, exception_type="ArgumentException"))
                continue
            try:
                matches, wild = ([resolve(self.context, given)], False) if literal else glob(self.context, given, False)
            except PathProblem as problem:
                self.throw_terminating(problem.record(self))
                raise AssertionError("unreachable") from None
            if not literal and not wild and not os.path.lexists(matches[0].native):
                self.throw_terminating(path_not_found(matches[0].ps_path).record(self))
            found.extend(m.native for m in matches)
        return found

    # -- files -----------------------------------------------------------------------------------
    def _search_files(self, paths: list[str]) -> None:
        for native in paths:
            if self._search_file(native) and self.quiet:
                return
        if self.quiet:
            self.write_object(None if self.list else False)

    def _search_file(self, native: str) -> bool:
        """Search one file; True when something was written for it."""
        if not name_selected(native, None, self.include, self.exclude):
            return False
        tracker = ContextTracker(self._before, self._after)
        found = False
        try:
            with open(native, "rb") as handle:
                for number, text in enumerate(self._lines(handle), 1):
                    hit = self._test(text)
                    if hit is None:
                        tracker.line(text)
                    else:
                        tracker.match(self._new(text, hit, native, number), text)
                    if tracker.ready:
                        found = True
                        if self.quiet or self.list:
                            break       # the first match is enough; it is written below
                        self._flush(tracker)
        except OSError as exc:
            message, exception_type = _os_message(exc, native)
            self.write_error(self.error_record(f"The file {native} cannot be read: {message}", "ProcessingFile",
                                               ErrorCategory.InvalidArgument, exception_type="ArgumentException"))
            return False
        tracker.end()
        return self._flush(tracker) or found

    def _lines(self, handle: BinaryIO) -> Iterator[str]:
        """The lines of a file as .NET's StreamReader reads them: a byte order mark decides the
        encoding, else -Encoding, else UTF-8; CR LF, LF and CR each end a line."""
        fallback = ENCODINGS[self.encoding.lower()] if self.encoding else NO_BOM_UTF8
        enc, skip = detect_encoding(handle.read(4), fallback)
        handle.seek(skip)
        reader = io.TextIOWrapper(handle, encoding=enc.codec, errors="replace", newline="")
        try:
            for line in reader:
                if line.endswith("\r\n"):
                    yield line[:-2]
                elif line.endswith(("\n", "\r")):
                    yield line[:-1]
                else:
                    yield line
        finally:
            reader.detach()

    # -- matching --------------------------------------------------------------------------------
    def _test(self, line: str) -> tuple[int, list[PSObject]] | None:
        """(index of the pattern that matched, its regex matches), or None when the line is not one
        to write (with -NotMatch: when some pattern matches)."""
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
            return (0, matches) if not found else None
        return (index, matches) if found else None

    def _new(self, line: str, hit: tuple[int, list[PSObject]], native: str | None, number: int) -> PSObject:
        index, matches = hit
        info = new_match_info(self.context, line, self.pattern[index], not self.case_sensitive, matches,
                              path=native, with_context=self._tracker_wanted())
        info.set("LineNumber", number)
        return finish(info)

    def _tracker_wanted(self) -> bool:
        return bool(self._before or self._after)

    def _flush(self, tracker: ContextTracker) -> bool:
        """Write the matches whose context is complete; True when there were any."""
        ready = tracker.ready
        if not ready:
            return False
        if self.quiet and not self.list:
            self.write_object(True)
        elif self.list:
            self.write_object(ready[0])
        else:
            for info in ready:
                self.write_object(info)
        ready.clear()
        return True

"""What Select-String writes: MatchInfo objects (with the regex Match objects inside them), the
context lines around a match, and how a MatchInfo turns into text.

A MatchInfo found in a file prints as `path:line number:line`; one that came through the pipeline
prints as its line alone. The console shows the path relative to the current location, as Windows
PowerShell's view calls ToString((Get-Location).Path); ToString() without an argument gives the full
path. With -Context the text holds several lines: the match marked `> `, its context lines indented
by two spaces.

Two sets of context lines are kept for each match. PreContext and PostContext are simply the lines
before and after it (other matching lines included). DisplayPreContext and DisplayPostContext are
the ones the text shows: no line twice across neighbouring matches, and no matching line, since
that one is shown as a match of its own.
"""
from __future__ import annotations

import os
import re
from collections import deque
from pyshell.format.views import View
from pyshell.runtime.conversion import to_string
from pyshell.runtime.regextype import capture_object, group_objects
from pyshell.runtime.values import InstanceMethod, PSObject, TypedArray

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MATCH_INFO = "Microsoft.PowerShell.Commands.MatchInfo"
MATCH_INFO_CONTEXT = "Microsoft.PowerShell.Commands.MatchInfoContext"
REGEX_NS = "System.Text.RegularExpressions."
INPUT_STREAM = "InputStream"


# -- regex matches -----------------------------------------------------------------------------------

def match_object(m: re.Match) -> PSObject:
    """A .NET Match for one regex match: its groups (unnamed ones first, by number, then named ones,
    as .NET numbers them), and its own index, length and value."""
    groups = group_objects(m)           # a plain array here, where [regex]'s Match has a GroupCollection
    value = m.group(0)
    return PSObject([("Groups", groups), ("Success", True), ("Name", "0"),
                     ("Captures", [capture_object(value, m.start())]),
                     ("Index", m.start()), ("Length", len(value)), ("Value", value)],
                    type_names=[REGEX_NS + "Match", REGEX_NS + "Group", REGEX_NS + "Capture", "System.Object"],
                    string_form=value)


# -- MatchInfo ---------------------------------------------------------------------------------------

def _strings(items: Any) -> TypedArray:
    return TypedArray([to_string(i) for i in items or ()], str, "System.String")


def context_object(pre: Any = (), post: Any = (), shown_pre: Any = (), shown_post: Any = ()) -> PSObject:
    return PSObject([("PreContext", _strings(pre)), ("PostContext", _strings(post)),
                     ("DisplayPreContext", _strings(shown_pre)), ("DisplayPostContext", _strings(shown_post))],
                    type_names=[MATCH_INFO_CONTEXT, "System.Object"], string_form=MATCH_INFO_CONTEXT)


def new_match_info(ctx: Any, line: str, pattern: str, ignore_case: bool, matches: list[PSObject],
                   path: str | None = None, with_context: bool = False) -> PSObject:
    """A MatchInfo for `line`; `path` is the file's full path (None for pipeline input). Its
    LineNumber is filled in by the caller, its Context (when asked for) by the ContextTracker, and
    its text by `finish` once both are known."""
    info = PSObject([("IgnoreCase", ignore_case), ("LineNumber", 0), ("Line", line),
                     ("Filename", os.path.basename(path) if path is not None else INPUT_STREAM),
                     ("Path", path if path is not None else INPUT_STREAM), ("Pattern", pattern),
                     ("Context", context_object() if with_context else None),
                     ("Matches", TypedArray(matches, object, REGEX_NS + "Match"))],
                    type_names=[MATCH_INFO, "System.Object"], string_form=line)
    info._members = {"tostring": _ToString(ctx, path is not None), "relativepath": _RELATIVE_PATH}
    return info


def is_match_info(obj: Any) -> bool:
    return isinstance(obj, PSObject) and bool(obj.type_names) and obj.type_names[0] == MATCH_INFO


def _from_file(info: PSObject) -> bool:
    method = info._members.get("tostring") if info._members else None
    return method.from_file if isinstance(method, _ToString) else to_string(info.get("Path")) != INPUT_STREAM


def relative_path(info: PSObject, directory: str | None) -> str:
    """The MatchInfo's path with `directory` (and the separator after it) taken off its front, when
    it starts with it, ignoring case; otherwise the full path."""
    path = to_string(info.get("Path"))
    if not _from_file(info) or not directory:
        return path
    size = len(directory)
    if path.lower().startswith(directory.lower()) and size < len(path):
        if directory[-1] in "\\/":
            return path[size:]
        if path[size] in "\\/":
            return path[size + 1:]
    return path


def render(info: PSObject, directory: str | None) -> str:
    """ToString(directory): the text of a MatchInfo, its path relative to `directory` when given."""
    from_file = _from_file(info)
    shown = relative_path(info, directory) if directory is not None else to_string(info.get("Path"))
    line = to_string(info.get("Line"))
    number = info.get("LineNumber") or 0

    def one(text: str, at: int, prefix: str) -> str:
        return f"{prefix}{shown}:{at}:{text}" if from_file else prefix + text

    context = info.get("Context")
    if not isinstance(context, PSObject):
        return one(line, number, "")
    before = list(context.get("DisplayPreContext") or ())
    after = list(context.get("DisplayPostContext") or ())
    at = number - len(before)
    lines = []
    for text in before:
        lines.append(one(to_string(text), at, "  "))
        at += 1
    lines.append(one(line, at, "> "))
    for text in after:
        at += 1
        lines.append(one(to_string(text), at, "  "))
    return os.linesep.join(lines)


def finish(info: PSObject) -> PSObject:
    """Fix the MatchInfo's text (what ToString() and "$info" give) once its context is known."""
    info.string_form = render(info, None)
    return info


def filtered(info: PSObject) -> PSObject:
    """A MatchInfo piped into Select-String again: it goes on as it is, except that one with
    context lines becomes a copy that shows none (they may no longer sit next to it)."""
    context = info.get("Context")
    if not isinstance(context, PSObject):
        return info
    copy = info.copy()
    copy.set("Context", context_object(context.get("PreContext"), context.get("PostContext")))
    return finish(copy)


class _ToString(InstanceMethod):
    """MatchInfo.ToString() and ToString(directory). It keeps the session, so that the console can
    show the path relative to the location current when the object is displayed."""

    __slots__ = ("ctx", "from_file")
    member_type = "Method"
    name = "ToString"

    def __init__(self, ctx: Any, from_file: bool):
        self.ctx = ctx
        self.from_file = from_file

    def invoke(self, owner: Any, args: list[Any]) -> Any:
        if len(args) > 1:
            raise TypeError(f"ToString: {len(args)} arguments")
        return render(owner, to_string(args[0]) if args and args[0] is not None else None)

    def definition(self) -> str:
        return "string ToString(), string ToString(string directory)"


class _RelativePath(InstanceMethod):
    __slots__ = ()
    member_type = "Method"
    name = "RelativePath"

    def invoke(self, owner: Any, args: list[Any]) -> Any:
        if len(args) != 1:
            raise TypeError(f"RelativePath: {len(args)} arguments")
        return relative_path(owner, to_string(args[0]) if args[0] is not None else None)

    def definition(self) -> str:
        return "string RelativePath(string directory)"


_RELATIVE_PATH = _RelativePath()


def _console_text(info: Any) -> str:
    method = info._members.get("tostring") if isinstance(info, PSObject) and info._members else None
    if isinstance(method, _ToString) and method.ctx is not None:
        from pyshell.runtime.location import location_text
        return render(info, location_text(method.ctx))
    return to_string(info)


# PowerShell shows a MatchInfo through a custom view: ToString with the current location.
VIEWS = (View(MATCH_INFO, "custom", name="MatchInfo", text=_console_text),)


# -- context lines -----------------------------------------------------------------------------------

class _Pending:
    __slots__ = ("info", "pre", "post", "shown_pre", "shown_post")

    def __init__(self, info: PSObject, pre: list[str], shown_pre: list[str]):
        self.info = info
        self.pre = pre
        self.post: list[str] = []
        self.shown_pre = shown_pre
        self.shown_post: list[str] = []


class ContextTracker:
    """Follows the lines of one input (a file, or the pipeline) and holds each match back until the
    lines after it have been seen. `ready` lists the matches whose context is complete, in order;
    with no context asked for, a match is ready at once."""

    def __init__(self, before: int, after: int):
        self.before, self.after = before, after
        self.ready: list[PSObject] = []
        self._recent: deque[str] = deque(maxlen=before)     # the last lines, for PreContext
        self._waiting: deque[_Pending] = deque()             # matches still short of PostContext
        self._shown: deque[str] = deque(maxlen=before)      # lines not yet shown, for DisplayPreContext
        self._open: _Pending | None = None                   # the match whose shown lines after it are growing

    @property
    def tracking(self) -> bool:
        return bool(self.before or self.after)

    def line(self, text: str) -> None:
        """A line that did not match."""
        if not self.tracking:
            return
        if self._open is not None:
            self._open.shown_post.append(text)
            if len(self._open.shown_post) >= self.after:
                self._close()
        else:
            self._shown.append(text)
        self._follow(text)
        self._recent.append(text)

    def match(self, info: PSObject, text: str) -> None:
        """A matching line and its MatchInfo."""
        if not self.tracking:
            self.ready.append(info)
            return
        self._follow(text)
        if self._open is not None:
            self._close()
        pending = _Pending(info, list(self._recent), list(self._shown))
        if self.after:
            self._open = pending
            self._waiting.append(pending)
        else:
            self._shown.clear()
            self._done(pending)
        self._recent.append(text)

    def end(self) -> None:
        """The input is over: the matches still waiting get the lines there were."""
        self._open = None
        while self._waiting:
            self._done(self._waiting.popleft())

    def _follow(self, text: str) -> None:
        for pending in self._waiting:
            pending.post.append(text)
        while self._waiting and len(self._waiting[0].post) >= self.after:
            self._done(self._waiting.popleft())

    def _close(self) -> None:
        self._open = None
        self._shown.clear()

    def _done(self, pending: _Pending) -> None:
        info = pending.info
        if info.get("Context") is not None:
            info.set("Context", context_object(pending.pre, pending.post, pending.shown_pre, pending.shown_post))
            finish(info)            # its text shows the context lines now known
        self.ready.append(info)

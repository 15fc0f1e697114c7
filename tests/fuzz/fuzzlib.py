"""The fuzzing harness: what one input must satisfy, and the inputs hypothesis draws.

The property (issue 9): whatever text goes in, the tokenizer and the parser return (tokens, or a
parse error with an id and a position), and `Shell.run` returns a RunResult — no Python exception
escapes — and every failure it reports is an ErrorRecord with a FullyQualifiedErrorId and, where
there is source to blame, a position. An `InternalError` record counts as a failure of the property:
it means a Python exception reached the top of a statement, an engine bug.

Each input runs in a fresh shell with a throw-away store, in a sandbox: the working directory is a
scratch directory, and an audit hook refuses any file write outside it (a fuzzed `cd /; "x" > f`
must not litter the machine). Each input also runs under a time budget: an input still running
when the budget ends is interrupted as Ctrl+C would interrupt it, and is not judged (it proves
nothing either way). While fuzzing, the engine's size limits are lowered so no single input can take
much memory; the limits themselves are tested at full size in tests/safety.

Used by tests/fuzz (a bounded budget in CI) and bench/fuzz.py (a long run on demand).
"""
from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
for _p in (str(ROOT), str(ROOT / "tests")):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from pyshell.errors import ErrorRecord  # noqa: E402
from pyshell.language.diagnostics import ParseAbort  # noqa: E402
from pyshell.language.parser import parse  # noqa: E402
from pyshell.language.source import MISSING, SourceText  # noqa: E402
from pyshell.language.tokenizer import COMMAND, EXPRESSION, Tokenizer  # noqa: E402
from pyshell.language.tokens import T  # noqa: E402
from pyshell.shell import Shell  # noqa: E402

# Errors PowerShell itself shows without a position (there is no statement to blame).
POSITIONLESS_IDS = {"CallDepthOverflow"}

# Text that only a Python object's repr or a traceback produces.
PYTHON_LEAKS = ("Traceback (most recent call last)", " object at 0x", "<class '", "<function ",
                "<bound method ", "<built-in ", "<module '", "<generator object", "<lambda>",
                "<pyshell.", "<cmdlets.", "NoneType", "PSHashtable(", "PSObject<", "TypeRef(", "unhashable type",
                "is not subscriptable", "object is not callable", "object is not iterable", "object has no attribute",
                "has no attribute '",
                "positional argument but", "positional arguments but", "required positional argument",
                "unexpected keyword argument", "invalid literal for int()",
                "list index out of range", "string index out of range", "Python int too large")

DEFAULT_BUDGET = 2.0        # seconds one input may run before it is interrupted and set aside
FUZZ_LIMITS = {"MAX_REPEAT": 200_000, "MAX_RANGE": 200_000}


class PropertyFailure(AssertionError):
    pass


@dataclass
class Outcome:
    text: str
    output: str = ""
    errors: str = ""
    records: list[ErrorRecord] = field(default_factory=list)
    interrupted: bool = False


# --- running one input ---------------------------------------------------------------------------------

@contextlib.contextmanager
def time_budget(seconds: float) -> Iterator[dict[str, bool]]:
    """Interrupt the code inside with KeyboardInterrupt (as Ctrl+C would) after `seconds`."""
    state = {"fired": False}
    if seconds <= 0 or not hasattr(signal, "setitimer"):
        yield state
        return

    def fire(signum: int, frame: Any) -> None:
        state["fired"] = True
        raise KeyboardInterrupt

    def drop_our_interrupts(unraisable: Any) -> None:
        # An interrupt that lands where Python cannot raise it is reported as "Exception ignored";
        # it is the budget's own, already accounted for, so it is not printed.
        if not (state["fired"] and isinstance(unraisable.exc_value, KeyboardInterrupt)):
            previous_hook(unraisable)

    previous = signal.signal(signal.SIGALRM, fire)
    previous_hook, sys.unraisablehook = sys.unraisablehook, drop_our_interrupts
    # Fire again every 0.1 s until disarmed: an interrupt that lands where Python ignores it (a
    # garbage-collector callback, a destructor) must not let the input run on unbounded.
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.1)
    try:
        yield state
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        sys.unraisablehook = previous_hook


@contextlib.contextmanager
def small_limits() -> Iterator[None]:
    """Lower the engine's size limits while fuzzing, so one input cannot take much memory."""
    from pyshell.runtime import arith
    saved = {name: getattr(arith, name) for name in FUZZ_LIMITS}
    for name, value in FUZZ_LIMITS.items():
        setattr(arith, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(arith, name, value)


def tokenize_all(text: str) -> None:
    """Scan `text` to the end in each mode; the tokenizer must end with EOF or a ParseAbort that
    carries an id and an extent, and must always move forward."""
    for mode in (COMMAND, EXPRESSION):
        tz = Tokenizer(SourceText(text))
        last = -1
        for _ in range(len(text) + 2):
            try:
                tok = tz.next(mode)
            except ParseAbort as exc:
                if not exc.error.error_id or exc.error.extent is None:
                    raise PropertyFailure(f"tokenizer error without id or extent: {exc.error!r}") from None
                break
            if tok.kind is T.EOF:
                break
            if tz.pos <= last:
                raise PropertyFailure(f"tokenizer does not advance at offset {tz.pos} in {mode} mode")
            last = tz.pos
        else:
            raise PropertyFailure(f"tokenizer did not reach the end in {mode} mode")


def check_parse(text: str) -> None:
    result = parse(text)
    for err in result.errors:
        if not err.error_id:
            raise PropertyFailure(f"parse error without an id: {err!r}")
        if err.extent is None or err.extent.source is None:
            raise PropertyFailure(f"parse error without a position: {err.error_id}")


# --- the sandbox: a fuzzed script may write files only inside a scratch directory --------------------

_SANDBOX: dict[str, str | None] = {"root": None, "scratch": None}
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_PATH_EVENTS = {"os.remove", "os.rmdir", "os.mkdir", "os.rename", "os.replace", "os.truncate", "os.chmod",
                "os.chown", "os.symlink", "os.link", "os.utime", "shutil.rmtree", "shutil.move",
                "shutil.copyfile", "shutil.copytree"}


def _inside(root: str, path: Any) -> bool:
    try:
        full = os.path.realpath(os.fsdecode(path))
    except (TypeError, ValueError):
        return False
    return full == root or full.startswith(root + os.sep)


def _audit(event: str, args: tuple) -> None:
    root = _SANDBOX["root"]
    if root is None:
        return
    targets: tuple = ()
    if event == "open":
        path, mode, flags = (tuple(args) + (None, None, 0))[:3]
        if isinstance(path, int) or path is None:
            return
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or bool((flags or 0) & _WRITE_FLAGS)
        if writing:
            targets = (path,)
    elif event in _PATH_EVENTS:
        targets = tuple(a for a in args[:2] if isinstance(a, (str, bytes, os.PathLike)))
    elif event == "sqlite3.connect":
        db = args[0] if args else ":memory:"
        if isinstance(db, (str, bytes, os.PathLike)) and os.fsdecode(db) not in (":memory:", ""):
            targets = (db,)
    for target in targets:
        if not _inside(root, target):
            raise PermissionError(f"Access to the path '{os.fsdecode(target)}' is denied.")


_HOOKED = False


def _scratch() -> str:
    path = _SANDBOX.get("scratch")
    if path is None:
        path = os.path.realpath(tempfile.mkdtemp(prefix="pyshell-fuzz-"))
        _SANDBOX["scratch"] = path
    return path


@contextlib.contextmanager
def sandbox() -> Iterator[str]:
    """While inside: the working directory is a scratch directory, and the process may create,
    change or delete files there only (an audit hook refuses the rest with PermissionError, which
    the shell reports as an access error). The scratch directory is emptied afterwards."""
    global _HOOKED
    if not _HOOKED:
        sys.addaudithook(_audit)
        _HOOKED = True
    root = _scratch()
    previous = os.getcwd()
    os.chdir(root)
    _SANDBOX["root"] = root
    try:
        yield root
    finally:
        _SANDBOX["root"] = None
        os.chdir(previous)
        for entry in os.scandir(root):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def run_shell(text: str, budget: float = DEFAULT_BUDGET) -> Outcome:
    """Run `text` in a fresh shell, inside the sandbox; collect every ErrorRecord the session records."""
    with sandbox():
        return _run_shell(text, budget)


def _run_shell(text: str, budget: float) -> Outcome:
    outcome = Outcome(text)
    shell = Shell(store=":memory:", settings={"non_interactive": True})
    ctx = shell.context
    original = ctx.record_error

    def record(rec: ErrorRecord) -> None:
        outcome.records.append(rec)
        original(rec)
    ctx.record_error = record  # type: ignore[method-assign]
    budget_state: dict[str, bool] = {"fired": False}
    try:
        # The budget's alarm repeats until disarmed, so it can also land while the `with` exits:
        # catch it around the whole block, not only around the run.
        with small_limits(), time_budget(budget) as state:
            budget_state = state
            result = shell.run(text)
        outcome.interrupted = budget_state["fired"]
    except KeyboardInterrupt:
        if not budget_state["fired"]:
            raise
        outcome.interrupted = True
        return outcome
    finally:
        try:
            shell.close()
        except Exception:  # noqa: BLE001 - closing a throw-away store is not under test
            pass
    outcome.output, outcome.errors = result.output, result.errors
    return outcome


def judge(outcome: Outcome) -> None:
    """Raise PropertyFailure if the outcome breaks the property."""
    if outcome.interrupted:
        return
    for rec in outcome.records:
        if not isinstance(rec, ErrorRecord):
            raise PropertyFailure(f"a recorded error is not an ErrorRecord: {type(rec).__name__}")
        if rec.error_id == "InternalError" or rec.exception_type == "InternalError":
            raise PropertyFailure(f"engine bug: {rec.message}")
        # `throw "text"` makes the text both the message and the id, as PowerShell does, even when
        # the text is empty; every other error needs an id. (A message may be empty: `Write-Error ""`.)
        thrown = rec.category.name == "OperationStopped" and rec.error_id == rec.message
        if not thrown and not rec.error_id.strip():
            raise PropertyFailure(f"error without a FullyQualifiedErrorId: {rec.message!r}")
        if (rec.extent is MISSING or rec.extent.source is None) and rec.error_id not in POSITIONLESS_IDS:
            raise PropertyFailure(f"error {rec.error_id} without a position: {rec.message!r}")
    for stream in (outcome.output, outcome.errors):
        for leak in PYTHON_LEAKS:
            if leak in stream and leak not in outcome.text:
                raise PropertyFailure(f"Python internals shown to the user ({leak!r}):\n{stream[-2000:]}")


def check(text: str, budget: float = DEFAULT_BUDGET) -> Outcome:
    """The whole property for one input: tokenizer, parser, then the shell."""
    tokenize_all(text)
    check_parse(text)
    outcome = run_shell(text, budget)
    judge(outcome)
    return outcome


# --- the corpus: every example and every spec case ----------------------------------------------------

def corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8-sig") for p in sorted((ROOT / "examples").glob("*.ps1"))]
    from test_spec import parse_spec  # tests/test_spec.py: the spec files' own reader
    for path in sorted((ROOT / "tests" / "spec").glob("*.test.ps1")):
        texts.extend(case.script for case in parse_spec(path) if case.script.strip())
    return texts


# --- strategies ------------------------------------------------------------------------------------------

# Pieces of PowerShell that matter to the tokenizer: quotes of every kind, dashes of every kind,
# sigils, brackets, operators, here-string markers, escapes, comments, line endings.
FRAGMENTS = [
    "$", "@", "{", "}", "(", ")", "[", "]", "@(", "@{", "$(", "${", ";", "|", ",", ".", "..", "::", "&",
    "=", "+=", "-=", "*=", "/=", "%=", "++", "--", "!", "+", "-", "*", "/", "%", ">", ">>", "2>&1", "2>",
    "*>", "<", "'", '"', "`", "`n", "`$", "#", "<#", "#>", '@"\n', '\n"@', "@'\n", "\n'@", "\n", "\r\n",
    "\r", "\t", " ", "\u2013", "\u2014", "\u2015", "\u201c", "\u201d", "\u2018", "\u2019", "\u00a0", "\x00",
    "-eq", "-ne", "-gt", "-lt", "-like", "-match", "-replace", "-split", "-join", "-f", "-is", "-as",
    "-contains", "-in", "-not", "-and", "-or", "-band", "-shl", "-ceq", "-imatch", "-notlike", "-bnot",
    "$_", "$x", "$null", "$true", "$false", "$args", "$input", "$PSItem", "$env:PATH", "$script:x",
    "$global:y", "$Error", "$Matches", "$?", "$^", "$$", "$ExecutionContext", "$Host", "$PSVersionTable",
    "1", "0", "-1", "0x7fffffff", "2147483648", "1e308", "1e309", "1kb", "5gb", "1pb", "3l", "4d", "1.5",
    ".5", "[int]", "[string]", "[long]", "[double]", "[char]", "[decimal]", "[bool]", "[array]",
    "[hashtable]", "[ordered]", "[pscustomobject]", "[scriptblock]", "[regex]", "[math]", "[datetime]",
    "[type]", "[object]", "[string[]]", "[int[]]", "[System.IO.File]", "[os]", "[__builtins__]",
    ".__class__", ".GetType()", ".Length", ".Count", ".ToString()", "::new", "::Create", "::Parse",
    "if", "else", "elseif", "while", "do", "until", "for", "foreach", "in", "switch", "try", "catch",
    "finally", "trap", "throw", "return", "break", "continue", "exit", "function", "filter", "param",
    "begin", "process", "end", "Where-Object", "ForEach-Object", "Select-Object", "Sort-Object",
    "Get-Member", "Write-Output", "Write-Error", "Measure-Object", "Group-Object", "Out-String",
    "Invoke-Expression", "Get-CsXmppAllowedPartner", "Get-CsAdminRole", "-Filter", "-Identity",
    "-LocalStore", "-Property", "-ErrorAction", "Stop", "SilentlyContinue", "%", "?", "iex", "gm",
]

_TOKEN_TEXT = st.sampled_from(FRAGMENTS)
_ANY_CHAR = st.characters(codec="utf-8", exclude_categories=("Cs",))


@st.composite
def random_text(draw: Any) -> str:
    """Text with no shape: PowerShell fragments and arbitrary characters in any order."""
    pieces = draw(st.lists(st.one_of(_TOKEN_TEXT, _TOKEN_TEXT, st.text(_ANY_CHAR, max_size=4)), max_size=40))
    glue = draw(st.sampled_from(["", " ", ""]))
    return glue.join(pieces)


# Grammar-shaped scripts: small expressions, pipelines and statements built from PowerShell's grammar.
_NAMES = st.sampled_from(["x", "y", "i", "_", "null", "true", "false", "args", "a b", "env:Temp", "script:x",
                          "global:g", "Matches", "Error", "PSVersionTable", "ExecutionContext", "Host",
                          "input", "this", "PSScriptRoot", "MyInvocation", "ErrorActionPreference"])
_MEMBERS = st.sampled_from(["Length", "Count", "Name", "Identity", "Keys", "Values", "__class__", "__dict__",
                            "__globals__", "__subclasses__", "__init__", "PSObject", "psobject", "Value",
                            "BaseType", "FullName", "Assembly", "Module", "DeclaringType", "Major", "Cmdlets",
                            "SaslNegotiation", "Groups", "Success", "Days", "Date", "Year", ""])
_METHODS = st.sampled_from(["GetType", "ToString", "ToUpper", "Split", "Substring", "Replace", "Contains",
                            "IndexOf", "Add", "Remove", "Invoke", "InvokeReturnAsIs", "GetEnumerator",
                            "PadLeft", "Trim", "Equals", "GetHashCode", "GetMethods", "InvokeMember",
                            "AddDays", "ToCharArray", "Clone", "Insert", "Where", "ForEach", "__reduce__"])
_TYPES = st.sampled_from(["int", "long", "string", "double", "decimal", "char", "bool", "byte", "array",
                          "hashtable", "ordered", "pscustomobject", "scriptblock", "regex", "math", "datetime",
                          "timespan", "type", "object", "string[]", "int[]", "object[]", "System.Int32",
                          "System.IO.File", "System.Diagnostics.Process", "System.Reflection.Assembly",
                          "AppDomain", "Environment", "os", "builtins", "type[]", "psobject", "char[]",
                          "guid", "version", "xml", "wmi", "adsi", "switch", "void", "Microsoft.Rtc.X"])
_STATICS = st.sampled_from(["MaxValue", "MinValue", "new", "Parse", "Format", "Round", "Pow", "Abs", "Now",
                            "Create", "IsMatch", "Replace", "Escape", "Empty", "Join", "Concat", "Exit",
                            "GetType", "Load", "CurrentDomain", "Sqrt", "Floor", "PI", "Today"])
_BINARY = st.sampled_from(["+", "-", "*", "/", "%", "-eq", "-ne", "-gt", "-ge", "-lt", "-le", "-like",
                           "-notlike", "-match", "-notmatch", "-replace", "-split", "-join", "-contains",
                           "-notcontains", "-in", "-notin", "-is", "-isnot", "-as", "-f", "-and", "-or",
                           "-xor", "-band", "-bor", "-bxor", "-shl", "-shr", "-ceq", "-ilike", "-cmatch",
                           "..", "-creplace", "-isplit"])
_UNARY = st.sampled_from(["-", "+", "!", "-not ", "-bnot ", ",", "-split ", "-join ", "++", "--"])
_COMMANDS = st.sampled_from([
    "Where-Object", "ForEach-Object", "Select-Object", "Sort-Object", "Group-Object", "Measure-Object",
    "Get-Member", "Write-Output", "Out-String", "Out-Null", "Format-List", "Format-Table", "Get-Unique",
    "Write-Error", "Write-Warning", "Write-Verbose", "Tee-Object -Variable t", "Invoke-Expression",
    "Get-CsXmppAllowedPartner", "Get-CsAdminRole", "Get-CsAdminRoleAssignment", "New-Object",
    "Add-Member", "Compare-Object", "Get-CsManagementStoreReplicationStatus", "%", "?", "select",
    "sort", "gm", "iex", "Get-NoSuchThing", "Select-String", "Format-Wide", "Import-Module"])
_PARAMS = st.sampled_from(["-Filter", "-Identity", "-LocalStore", "-Property", "-First", "-Last",
                           "-Unique", "-Descending", "-ExpandProperty", "-Name", "-Value", "-InputObject",
                           "-MemberType", "-ErrorAction", "-ErrorVariable", "-OutVariable", "-WhatIf",
                           "-Confirm:$false", "-Verbose", "-Force", "-PassThru", "-Sum", "-Pattern", "-",
                           "-NoSuch", "-Process", "-Begin", "-End", "-Tag", "-AutoSize", "-Wrap"])


def _quote(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


_NUMBERS = ["0", "1", "2", "7", "42", "-3", "300", "2147483647", "2147483648", "9223372036854775807",
            "9223372036854775808", "0x10", "0xFFFFFFFF", "1e3", "1e308", "1.5", "1kb", "2mb", "7l", "3d", "-0",
            "1e-5", "0.1"]
_WORD_CHARS = "abcXYZ *?[]{}'\"$`_-.0123:\\/%"
_ATOMS = ['"$x and $($x + 1)"', '"$env:TEMP"', "@'\nhere $x\n'@", '@"\nhere $(1+1)\n"@', "@()", "@{}", "$null",
          "[int]::MaxValue", "[math]::PI", "(Get-Date)", "$PSVersionTable", "'a','b','c'", "1..3", "@{a=1; b='x'}",
          "[pscustomobject]@{Name='n'; Value=2}", "{ $_ }", "{ param($p) $p * 2 }", "$args", "$input",
          "[ordered]@{z=1}", "(Get-CsXmppAllowedPartner)", "(Get-CsAdminRole -Identity CsHelpDesk)"]
_SIMPLE_STATEMENTS = ["break", "continue", "exit 3", "$ErrorView = 'ConciseView'", "$ErrorView = 'CategoryView'",
                      "$ErrorActionPreference = 'Stop'", "$ErrorActionPreference = 'SilentlyContinue'",
                      "Set-StrictMode -Version Latest", "Invoke-CsManagementStoreReplication"]


class _Grammar:
    """Draws PowerShell-shaped text: every choice is one hypothesis draw, so inputs shrink well."""

    def __init__(self, draw: Any):
        self.draw = draw
        self.loops = 0

    def counter(self) -> str:
        """A fresh loop counter, so nested loops do not reset each other's and run forever."""
        self.loops += 1
        return f"$n{self.loops}"

    def pick(self, options: list[str]) -> str:
        return options[self.draw(st.integers(0, len(options) - 1))]

    def word(self) -> str:
        return self.draw(st.text(st.sampled_from(_WORD_CHARS), max_size=8))

    def atom(self) -> str:
        kind = self.draw(st.integers(0, 4))
        if kind == 0:
            return self.pick(_NUMBERS)
        if kind == 1:
            name = self.draw(_NAMES)
            return "${" + name + "}" if " " in name else "$" + name
        if kind == 2:
            return _quote(self.word())
        if kind == 3:
            return '"' + self.word().replace("`", "``").replace('"', '`"') + '"'
        return self.pick(_ATOMS)

    def expr(self, depth: int) -> str:
        if depth <= 0 or self.draw(st.integers(0, 3)) == 0:
            return self.atom()
        d = depth - 1
        e = lambda: self.expr(d)  # noqa: E731
        kind = self.draw(st.integers(0, 27))
        if kind == 0:
            return f"{e()} {self.draw(_BINARY)} {e()}"
        if kind == 1:
            return f"{self.draw(_UNARY)}{e()}"
        if kind == 2:
            return f"({e()})"
        if kind == 3:
            return f"$({e()})"
        if kind == 4:
            return f"@({e()})"
        if kind == 5:
            return f"[{self.draw(_TYPES)}]{e()}"
        if kind == 6:
            return f"[{self.draw(_TYPES)}]::{self.draw(_STATICS)}"
        if kind == 7:
            return f"[{self.draw(_TYPES)}]::{self.draw(_STATICS)}({e()})"
        if kind == 8:
            return f"{e()}.{self.draw(_MEMBERS)}"
        if kind == 9:
            args = ", ".join(e() for _ in range(self.draw(st.integers(0, 2))))
            return f"{e()}.{self.draw(_METHODS)}({args})"
        if kind == 10:
            return f"{e()}[{e()}]"
        if kind == 11:
            return ", ".join(e() for _ in range(self.draw(st.integers(1, 3))))
        if kind == 12:
            key = self.pick(["a", "b", "'c d'", "1"])
            return f"@{{{key} = {e()}}}"
        if kind == 13:
            return "{ " + self.statements(d) + " }"
        if kind == 14:
            return "& { " + self.statements(d) + " }"
        if kind == 15:
            return "{ " + e() + " }.Invoke()"
        if kind == 16:
            return f"${self.draw(_NAMES)} = {e()}"
        if kind == 17:
            return f"{e()} | {self.draw(_COMMANDS)} {self.draw(_PARAMS)} {e()}"
        if kind == 18:
            return f"{self.draw(_COMMANDS)} {self.draw(_PARAMS)} {e()}"
        if kind == 19:
            return f"{e()} | Where-Object {{ $_ {e()} }}"
        if kind == 20:
            return f"{e()} | ForEach-Object {{ {e()} }}"
        if kind == 21:
            return f"'{{0}}-{{1,5}}-{{0:N2}}' -f {e()}"
        if kind == 22:
            return f"iex {_quote(e())}"
        if kind == 23:
            return f"[scriptblock]::Create({_quote(self.statements(d))}).Invoke()"
        if kind == 24:
            return f"{e()}.{self.draw(_MEMBERS)} = {e()}"
        if kind == 25:
            return f"${self.draw(_NAMES)}[{e()}] = {e()}"
        if kind == 26:
            return f"{self.pick(['&', '.'])} ({e()}) {e()}"
        return f"$ExecutionContext.{self.draw(_MEMBERS)}.{self.draw(_METHODS)}({e()})"

    def block(self, depth: int) -> str:
        return "{ " + self.statements(depth) + " }"

    def statement(self, depth: int) -> str:
        if depth <= 0:
            return self.expr(0)
        d = depth - 1
        kind = self.draw(st.integers(0, 17))
        e = lambda: self.expr(d)  # noqa: E731
        b = lambda: self.block(d)  # noqa: E731
        n = lambda: self.draw(st.integers(0, 20))  # noqa: E731
        if kind == 0:
            return f"if ({e()}) {b()} elseif ({e()}) {b()} else {b()}"
        if kind == 1:
            return f"foreach ($i in {e()}) {b()}"
        if kind == 2:
            c = self.counter()
            return f"for ({c} = 0; {c} -lt {n()}; {c}++) {b()}"
        if kind == 3:
            c = self.counter()
            return f"{c} = 0; while ({c}++ -lt {n()}) {b()}"
        if kind == 4:
            c = self.counter()
            return f"{c} = 0; do {b()} until (++{c} -ge {n()})"
        if kind == 5:
            return f"switch ({e()}) {{ 1 {b()} 'a*' {{ 'w' }} default {b()} }}"
        if kind == 6:
            return f"try {b()} catch {b()} finally {b()}"
        if kind == 7:
            return f"try {b()} catch [{self.draw(_TYPES)}] {b()}"
        if kind == 8:
            return f"trap {b()}; {self.statement(d)}"
        if kind == 9:
            return f"function f($a, $b = 2) {b()}; f {e()} {e()}"
        if kind == 10:
            return (f"function g {{ [CmdletBinding()] param([Parameter(Mandatory, ValueFromPipeline)][{self.draw(_TYPES)}]"
                    f"$n) process {b()} }}; {e()} | g")
        if kind == 11:
            return f"filter h {b()}; {e()} | h"
        if kind == 12:
            return f"{self.pick(['throw', 'return', 'Write-Error', 'Write-Output'])} {e()}"
        if kind == 13:
            return f"{e()} {self.pick(['2>&1', '2>$null', '> $null', '*>&1', '3>&1'])}"
        if kind == 14:
            return self.pick(_SIMPLE_STATEMENTS)
        if kind == 15:
            return f":outer foreach ($j in 1..3) {{ {self.statement(d)}; break outer }}"
        return e()

    def statements(self, depth: int) -> str:
        return "; ".join(self.statement(depth) for _ in range(self.draw(st.integers(0, 3))))


@st.composite
def grammar_scripts(draw: Any) -> str:
    """Scripts shaped by PowerShell's grammar: expressions, pipelines and statements, nested."""
    g = _Grammar(draw)
    return "\n".join(g.statement(3) for _ in range(draw(st.integers(1, 4))))


@st.composite
def mutated(draw: Any, texts: list[str]) -> str:
    """One corpus text (an example or a spec case) changed by a few random edits."""
    text = draw(st.sampled_from(texts))
    for _ in range(draw(st.integers(1, 4))):
        n = len(text)
        i = draw(st.integers(0, n))
        j = draw(st.integers(i, min(n, i + 12)))
        op = draw(st.sampled_from(["delete", "insert", "replace", "duplicate", "truncate", "splice", "wrap",
                                   "swap"]))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "insert":
            text = text[:i] + draw(st.one_of(_TOKEN_TEXT, st.text(_ANY_CHAR, max_size=3))) + text[i:]
        elif op == "replace":
            text = text[:i] + draw(_TOKEN_TEXT) + text[j:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "truncate":
            text = text[:i]
        elif op == "splice":
            other = draw(st.sampled_from(texts))
            k = draw(st.integers(0, len(other)))
            text = text[:i] + other[k:k + draw(st.integers(0, 40))] + text[j:]
        elif op == "wrap":
            left, right = draw(st.sampled_from([("{", "}"), ("(", ")"), ("$(", ")"), ("@(", ")"),
                                                ('"', '"'), ("'", "'"), ("[", "]"), ("& {", "}")]))
            text = text[:i] + left + text[i:j] + right + text[j:]
        else:
            k = draw(st.integers(j, n))
            text = text[:i] + text[j:k] + text[i:j] + text[k:]
    return text

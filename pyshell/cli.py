"""The command line: `pyshell [options] [-Command TEXT | -File PATH [args] | PATH [args] | -]`.

Options are matched as powershell.exe matches them: case-insensitively, by unambiguous prefix,
with one or two leading dashes.
"""
from __future__ import annotations

import os
import sys
from pyshell.structs import dataclass, field
from pyshell import __version__

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

USAGE = """\
Usage: pyshell [options] [-Command <text> | -File <script.ps1> [args] | <script.ps1> [args] | -]

Starts the pyshell REPL when no command or script is given.

  -Command, -c <text>    Run <text> and exit. `-Command -` reads the commands from standard input.
  -File, -f <path>       Run a script file; the remaining arguments go to the script.
  -                      Read a script from standard input and run it.
  -NoProfile             Do not run the profile script.
  -NoLogo                Do not print the banner when the REPL starts.
  -NonInteractive        Never prompt: a missing mandatory parameter or a confirmation is an error.
  -ExecutionPolicy <p>   The session's Process-scope execution policy (Bypass, Unrestricted,
                         RemoteSigned, AllSigned, Restricted, Undefined); the last two stop script files.
  --store <path>         Use this management store file (also: the PYSHELL_STORE variable).
                         `--store :memory:` gives a fresh demo store that vanishes on exit.
  --role <name>          Act as a remote session of a user holding this RBAC role (such as
                         CsViewOnlyAdministrator): only the role's Lync cmdlets exist.
  --syntax-check <file>... Parse the scripts without running them; print every parse error.
  --explain              Explain every pipeline as it runs (as Trace-Pipeline does): objects in and
                         out of each stage, and why Where-Object kept or dropped each one.
  --demo <script.ps1>    Present a script statement by statement: comments as narration, each
                         statement typed out, a key to run it (Enter), go back (b), skip (s), quit (q).
  --speed <n>            Typing speed in demo mode, in characters a second (default 30).
  --instant              Show demo statements at once instead of typing them.
  --record <file.cast>   Record the session as an asciicast v2 file, with a marker per command.
  --install-kernel       Register the pyshell Jupyter kernel for this user (needs pyshell[jupyter]).
  --version              Print the version and exit.
  --help, -?             Print this help and exit.

Exit status: 0 when the last command succeeded, 1 after an error, N after `exit N`,
64 for a command line pyshell cannot use.
"""

_OPTIONS = {  # name -> takes a value
    "command": True, "file": True, "noprofile": False, "nologo": False, "noninteractive": False,
    "store": True, "role": True, "version": False, "help": False, "noexit": False, "executionpolicy": True,
    "inputformat": True, "outputformat": True, "windowstyle": True, "syntax-check": True,
    "explain": False, "demo": True, "speed": True, "instant": False, "record": True, "install-kernel": False,
}
# How the usage text spells each option, for messages.
_SPELLING = {"command": "-Command", "file": "-File", "noprofile": "-NoProfile", "nologo": "-NoLogo",
             "noninteractive": "-NonInteractive", "noexit": "-NoExit", "executionpolicy": "-ExecutionPolicy",
             "inputformat": "-InputFormat", "outputformat": "-OutputFormat", "windowstyle": "-WindowStyle"}
_SHORT = {"c": "command", "f": "file", "?": "help", "h": "help", "nop": "noprofile", "nol": "nologo",
          "noni": "noninteractive", "v": "version", "ep": "executionpolicy"}


class UsageError(Exception):
    pass


@dataclass
class Options:
    command: str | None = None
    file: str | None = None
    stdin: bool = False
    args: list[str] = field(default_factory=list)
    no_profile: bool = False
    no_logo: bool = False
    non_interactive: bool = False
    store: str | None = None
    role: str | None = None
    execution_policy: str | None = None     # -ExecutionPolicy: the session's Process scope
    syntax_check: list[str] | None = None
    version: bool = False
    help: bool = False
    explain: bool = False
    demo: str | None = None
    speed: float | None = None
    instant: bool = False
    record: str | None = None
    install_kernel: bool = False


def _option_name(arg: str) -> str | None:
    body = arg.lstrip("-")
    if not body or not arg.startswith("-"):
        return None
    low = body.lower()
    if low in _SHORT:
        return _SHORT[low]
    if low in _OPTIONS:
        return low
    matches = [name for name in _OPTIONS if name.startswith(low)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        spelled = ", ".join(_SPELLING.get(m, "--" + m) for m in matches)
        raise UsageError(f"pyshell: the option '{arg}' is ambiguous: it could be {spelled}. "
                         "Run 'pyshell --help' for the options.")
    raise UsageError(f"pyshell: unknown option '{arg}'. Run 'pyshell --help' for the options.")


def parse_args(argv: list[str]) -> Options:
    opts = Options()
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "-":
            opts.stdin = True
            opts.args = argv[i + 1:]
            break
        if not arg.startswith("-") or arg.lstrip("-") == "":
            opts.file = arg
            opts.args = argv[i + 1:]
            break
        name = _option_name(arg)
        if _OPTIONS.get(name):
            if i + 1 >= len(argv):
                raise UsageError(f"pyshell: missing a value for '{arg}'.")
            value = argv[i + 1]
            if name == "command":
                rest = argv[i + 1:]
                if rest == ["-"]:
                    opts.stdin = True
                else:
                    opts.command = " ".join(rest)
                break
            if name == "file":
                opts.file = value
                opts.args = argv[i + 2:]
                break
            if name == "syntax-check":
                opts.syntax_check = argv[i + 1:]
                break
            if name == "store":
                opts.store = value
            elif name in ("demo", "record"):
                setattr(opts, name, value)
            elif name == "speed":
                try:
                    opts.speed = float(value)
                except ValueError:
                    raise UsageError(f"pyshell: --speed wants a number of characters a second, not '{value}'.") \
                        from None
            if name == "role":
                opts.role = value
            if name == "executionpolicy":
                from pyshell.runtime.executionpolicy import policy_named
                policy = policy_named(value)
                if policy is None:
                    raise UsageError(f"pyshell: -ExecutionPolicy takes Restricted, AllSigned, RemoteSigned, "
                                     f"Unrestricted, Bypass or Undefined, not '{value}'.")
                opts.execution_policy = policy.name
            i += 2
            continue
        if name == "noprofile":
            opts.no_profile = True
        elif name == "nologo":
            opts.no_logo = True
        elif name == "noninteractive":
            opts.non_interactive = True
        elif name == "version":
            opts.version = True
        elif name == "help":
            opts.help = True
        elif name in ("explain", "instant"):
            setattr(opts, name, True)
        elif name == "install-kernel":
            opts.install_kernel = True
        i += 1
    return opts


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def tune_collector() -> None:
    """Run Python's cycle collector less often than its default (after every 700 new container
    objects). A pipeline makes objects by the thousand, most of them kept (in a variable, in the
    output) or freed by reference counting, since pyshell's objects hold no cycles; each collection
    then walks them for nothing, and the full ones walk everything the session holds. Measured on
    Get-CsXmppAllowedPartner -Filter "*.org" over 100,000 partners (bench B6a): collection was
    about 40 % of its time. The pyshell process sets this once; the engine used as a library
    leaves the host program's settings alone."""
    import gc
    gc.set_threshold(50_000, 20, 10)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    tune_collector()
    try:
        opts = parse_args(argv)
    except UsageError as exc:
        sys.stderr.write(f"{exc}\n")
        return 64
    if opts.help:
        sys.stdout.write(USAGE)
        return 0
    if opts.version:
        sys.stdout.write(f"pyshell {__version__}\n")
        return 0
    if opts.syntax_check is not None:
        from pyshell.syntax_check import syntax_check
        return syntax_check(opts.syntax_check)
    if opts.install_kernel:
        from pyshell.kernel.install import main as kernel_main
        return kernel_main(["install", "--user"])
    if opts.record:
        return _recorded(opts)
    return _session(opts)


def _recorded(opts: Options) -> int:
    from pyshell.recording import Recording
    try:
        recording = Recording(opts.record).__enter__()
    except OSError as exc:
        sys.stderr.write(f"pyshell: cannot record to '{opts.record}': {exc.strerror or exc}.\n")
        return 1
    try:
        return _session(opts, recording)
    finally:
        recording.__exit__(None, None, None)


def _session(opts: Options, recording: Any = None) -> int:
    if opts.store:
        os.environ["PYSHELL_STORE"] = opts.store
    from pyshell.host import ConsoleHost
    from pyshell.shell import Shell
    repl = opts.command is None and opts.file is None and not opts.stdin and not opts.demo
    interactive = repl and not opts.non_interactive
    # A confirmation prompt can be answered whenever a person is at the terminal, as with
    # powershell.exe -Command; -NonInteractive (or a script on standard input) makes it an error.
    can_prompt = not opts.non_interactive and not opts.stdin and _stdin_is_terminal()
    host = ConsoleHost(interactive=interactive or can_prompt)
    try:
        shell = Shell(host, store=opts.store, interactive=interactive,
                      settings={"non_interactive": opts.non_interactive, "no_profile": opts.no_profile,
                                "role": opts.role, "execution_policy": opts.execution_policy})
    except Exception as exc:  # noqa: BLE001 - a broken installation is reported, not traced
        sys.stderr.write(f"pyshell: cannot start: {exc}\n")
        return 1
    if recording is not None:
        recording.attach(shell)
    if opts.explain:
        from pyshell.commands.pipeline_trace import PipelineTracer
        shell.context.pipeline_tracer = PipelineTracer()
    try:
        from pyshell.profile import prepare_profile
        prepare_profile(shell, run=not opts.no_profile)
        if shell.exit_code is not None:
            return shell.exit_code
        if opts.demo:
            from pyshell.demo import DEFAULT_SPEED, run_demo
            return run_demo(shell, opts.demo, speed=opts.speed if opts.speed is not None else DEFAULT_SPEED,
                            instant=opts.instant)
        if repl:
            from pyshell.repl import run_repl
            return run_repl(shell, no_logo=opts.no_logo)
        if opts.command is not None:
            ok = shell.execute(opts.command)
        elif opts.stdin:
            ok = shell.execute(sys.stdin.read())
        else:
            path = opts.file
            if os.path.isdir(path):
                sys.stderr.write(f"pyshell: '{path}' is a directory, not a script file.\n")
                return 64
            if not os.path.exists(path):
                sys.stderr.write(f"The argument '{path}' to the -File parameter does not exist. Provide the path to "
                                 "an existing '.ps1' file as an argument to the -File parameter.\n")
                return 64
            from pyshell.runtime.executionpolicy import refusal
            reason = refusal(shell.context, os.path.abspath(path))
            if reason is not None:
                # powershell.exe reports it before the script starts: no position to point at
                from pyshell.errors import ErrorCategory, ErrorRecord
                shell.context.report_error(ErrorRecord(reason, "UnauthorizedAccess", ErrorCategory.SecurityError,
                                                       "ParentContainsErrorRecordException"))
                return 1
            try:
                from pyshell.commands.scripts import read_script_text
                text = read_script_text(path)
            except (OSError, UnicodeDecodeError) as exc:
                reason = "it is not a text file" if isinstance(exc, UnicodeDecodeError) else exc.strerror
                sys.stderr.write(f"pyshell: cannot read '{path}': {reason}.\n")
                return 1
            # PowerShell names a script by its full path (InvocationInfo.ScriptName), in error
            # positions as in $PSCommandPath, whatever form the command line gave it in.
            ok = shell.execute(text, name=os.path.abspath(path), args=opts.args)
        if shell.exit_code is not None:
            return shell.exit_code
        return 0 if ok else 1
    except KeyboardInterrupt:
        return 1
    finally:
        shell.close()

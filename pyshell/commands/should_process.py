"""ShouldProcess: how a command that changes something asks whether it may.

A cmdlet that sets `supports_should_process = True` calls `self.should_process(target, action)`
before each change and makes the change only when it answers True. The answer depends on:

* `-WhatIf` (or `$WhatIfPreference`): describe the change on the host and answer False;
* `-Confirm` / `-Confirm:$false`: always ask / never ask;
* otherwise the command's `confirm_impact` against `$ConfirmPreference` (default "High"): ask when
  the impact is at least the preference, unless the command was given `-Force`;
* the user's answers: "Yes to All" and "No to All" hold for the rest of the command's run.

The prompt has Windows PowerShell's console wording. When nobody can answer it (the host's
`read_line` returns None, as under -NonInteractive) the command stops with an error instead of
taking silence for a yes.
"""
from __future__ import annotations

from pyshell.errors import ErrorCategory, PSError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

IMPACT_LEVELS = {"none": 0, "low": 1, "medium": 2, "high": 3}

CAPTION = "Confirm"
QUERY = "Are you sure you want to perform this action?"
CHOICE_LINE = ('[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help '
               '(default is "Y"):')
SHORT_CHOICE_LINE = '[Y] Yes  [N] No  [S] Suspend  [?] Help (default is "Y"):'
CONTINUE_QUERY = "Continue with this operation?"

# (hotkey, label, what the answer does); the help lines are what "?" prints.
_CHOICES = (
    ("Y", "Yes", "Continue with only the next step of the operation."),
    ("A", "Yes to All", "Continue with all the steps of the operation."),
    ("N", "No", "Skip this operation and proceed with the next operation."),
    ("L", "No to All", "Skip this operation and all subsequent operations."),
    ("S", "Suspend", "Pause the current pipeline and return to the command prompt. Type \"exit\" to "
                     "resume the pipeline."),
)

NON_INTERACTIVE_MESSAGE = ("Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is "
                           "not available.")


def operation_text(action: str, target: Any) -> str:
    return f'Performing the operation "{action}" on target "{target}".'


def impact_level(value: Any) -> int:
    """A ConfirmImpact or $ConfirmPreference value as a number; unknown text counts as High."""
    name = getattr(value, "name", value)
    return IMPACT_LEVELS.get(str(name).strip().lower(), IMPACT_LEVELS["high"])


def _truthy(value: Any) -> bool:
    from pyshell.runtime.conversion import to_bool
    return to_bool(value)


class ShouldProcessState:
    """One command run's answers: "Yes to All" / "No to All" stick until the command ends."""

    __slots__ = ("yes_to_all", "no_to_all")

    def __init__(self) -> None:
        self.yes_to_all = False
        self.no_to_all = False


def decide(cmdlet: Any, target: Any, action: str | None = None) -> bool:
    """The body of Cmdlet.should_process; see the module docstring."""
    if not getattr(cmdlet, "supports_should_process", False):
        return True
    from pyshell.runtime.conversion import to_string
    target_text = to_string(target)
    description = operation_text(action or cmdlet.command_name(), target_text)
    return decide_described(cmdlet, description, None, CAPTION, lambda: _cannot_prompt(cmdlet, target_text))


def decide_described(cmdlet: Any, description: str, warning: str | None, caption: str, silent: Any = None) -> bool:
    """ShouldProcess(verboseDescription, verboseWarning, caption): -WhatIf shows the description,
    an automatic yes under -Verbose writes it as a verbose line, and a prompt shows the caption and
    the warning (by default the usual question followed by the description)."""
    ctx = cmdlet.context
    common = getattr(cmdlet, "common_parameters", None) or {}

    whatif = common["WhatIf"] if "WhatIf" in common else _truthy(ctx.get_var("whatifpreference", False))
    if whatif:
        ctx.host.write(f"What if: {description}\n")
        return False

    state: ShouldProcessState | None = getattr(cmdlet, "_should_process_state", None)
    if state is None:
        state = ShouldProcessState()
        cmdlet._should_process_state = state

    impact = impact_level(getattr(cmdlet, "confirm_impact", "Medium"))
    if "Confirm" in common:
        # -Confirm sets the threshold to Low, -Confirm:$false to None; a command whose
        # ConfirmImpact is None stays below any threshold, so even -Confirm does not ask.
        ask = bool(common["Confirm"]) and impact >= IMPACT_LEVELS["low"]
    else:
        preference = impact_level(ctx.get_var("confirmpreference", "High"))
        forced = bool(getattr(cmdlet, "force", False))
        ask = preference > 0 and impact > 0 and impact >= preference and not forced

    if not ask:
        if common.get("Verbose"):
            # -Verbose on this command shows the line whatever $VerbosePreference says (and 4>
            # redirections on the command take it).
            runtime = getattr(cmdlet, "runtime", None)
            if runtime is not None:
                runtime.write_stream("verbose", description)
            elif ctx.stream_sink is not None:
                ctx.stream_sink("verbose", description)
        return True
    if state.yes_to_all:
        return True
    if state.no_to_all:
        return False
    if silent is None:
        def silent() -> PSError:
            return PSError(cmdlet.error_record(NON_INTERACTIVE_MESSAGE, "InvalidOperation",
                                               ErrorCategory.InvalidOperation,
                                               exception_type="PSInvalidOperationException"))
    body = warning if warning else f"{QUERY}\n{description}"
    return _ask(cmdlet, state, body, silent, caption or CAPTION)


def _cannot_prompt(cmdlet: Any, target: str) -> PSError:
    return PSError(cmdlet.error_record(
        NON_INTERACTIVE_MESSAGE, "InvalidOperation", ErrorCategory.InvalidOperation,
        exception_type="PSInvalidOperationException",
        hint=(f'{cmdlet.command_name()} asks before it acts on "{target}", and nobody can '
              "answer here. Add -Confirm:$false (or -Force) to go ahead without asking, or "
              "-WhatIf to see what it would do.")))


def should_continue(cmdlet: Any, query: str, hint: str = "", caption: str = CAPTION, to_all: bool = True,
                    default: str = "Y") -> bool:
    """ShouldContinue: a question a command asks whatever -Confirm and $ConfirmPreference say (Remove-Item
    before it removes a directory's contents without -Recurse). The console shows the caption, the
    query and the same choices as ShouldProcess; "Yes to All" and "No to All" hold for the rest of the
    command's run. When nobody can answer, the command stops with the NonInteractive error.
    Without `to_all` (the two-argument ShouldContinue scripts call) only Yes and No are offered.
    An empty query or caption falls back to PowerShell's defaults. `default` is the answer Enter gives
    ("N" for Set-ExecutionPolicy's question)."""
    state: ShouldProcessState | None = getattr(cmdlet, "_should_continue_state", None)
    if state is None:
        state = ShouldProcessState()
        cmdlet._should_continue_state = state
    if state.yes_to_all:
        return True
    if state.no_to_all:
        return False

    def silent() -> PSError:
        return PSError(cmdlet.error_record(NON_INTERACTIVE_MESSAGE, "InvalidOperation", ErrorCategory.InvalidOperation,
                                           exception_type="PSInvalidOperationException", hint=hint))
    return _ask(cmdlet, state, query or CONTINUE_QUERY, silent, caption or CAPTION, to_all, default)


def _ask(cmdlet: Any, state: ShouldProcessState, body: str, silent: Any, caption: str = CAPTION,
         to_all: bool = True, default: str = "Y") -> bool:
    offered = _CHOICES if to_all else tuple(c for c in _CHOICES if c[0] not in "AL")
    line = CHOICE_LINE if to_all else SHORT_CHOICE_LINE
    choice = _choose(cmdlet.context.host, caption, body, offered, line, silent, default)
    if choice == "A":
        state.yes_to_all = True
    elif choice == "L":
        state.no_to_all = True
    return choice in "YA"


def _choose(host: Any, caption: str, body: str, offered: tuple, line: str, silent: Any, default: str = "Y") -> str:
    """Show a question with the console host's wording and return the hotkey of the answer; Suspend
    is offered, as PowerShell offers it, but cannot be taken here."""
    if not getattr(host, "interactive", False):
        # As the console host under -NonInteractive: the error comes before any of the prompt.
        raise silent()
    host.write(f"\n{caption}\n{body}\n")
    while True:
        answer = host.read_line(line.replace('(default is "Y")', f'(default is "{default}")'))
        if answer is None:          # the input ended while the question was open
            raise silent()
        choice = _pick(answer, offered, default)
        if choice == "?":
            host.write("".join(f"{key} - {text}\n" for key, _, text in offered))
            continue
        if choice == "S":
            keys = [key for key, _, _ in offered if key != "S"]
            host.write(f"pyshell cannot suspend a running command; answer {', '.join(keys[:-1])} or {keys[-1]}.\n")
            continue
        if choice is not None:
            return choice
        # Anything else: ask again, as the console host does.


# The question a stream or an error asks when its preference is Inquire (-Debug sets it in Windows
# PowerShell 5.1): Halt stops the command, Yes to All stops asking for the rest of its run.
INQUIRE_CHOICE_LINE = '[Y] Yes  [A] Yes to All  [H] Halt Command  [S] Suspend  [?] Help (default is "Y"):'
_INQUIRE_CHOICES = (_CHOICES[0], _CHOICES[1], ("H", "Halt Command", "Stop this command."), _CHOICES[4])
HALTED = "The running command stopped because the user selected the Stop option."


def inquire(host: Any, message: str | None, silent: Any) -> bool:
    """Ask whether to go on after a debug, verbose or warning message, or before an error, is written.
    True: Yes to All. Raises the ActionPreferenceStopException PowerShell raises for Halt Command."""
    choice = _choose(host, CAPTION, message or CONTINUE_QUERY, _INQUIRE_CHOICES, INQUIRE_CHOICE_LINE, silent)
    if choice == "H":
        from pyshell.errors import ErrorRecord
        raise PSError(ErrorRecord(HALTED, "ActionPreferenceStop", ErrorCategory.OperationStopped,
                                  "ActionPreferenceStopException"), script_terminating=True)
    return choice == "A"


def _pick(answer: str, offered: tuple = _CHOICES, default: str = "Y") -> str | None:
    """The hotkey an answer chooses: Enter means the default (Y unless said); a full label counts too."""
    text = answer.strip()
    if not text:
        return default
    if text == "?":
        return "?"
    low = text.lower()
    for key, label, _ in offered:
        if low == label.lower():
            return key
    for key, _, _ in offered:
        if low == key.lower():
            return key
    return None

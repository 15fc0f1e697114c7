"""Set-StrictMode: make the engine refuse some careless constructs in a scope and its children."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime import strict
from pyshell.runtime.conversion import to_string
from pyshell.runtime.values import SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

VERSION, OFF = "Version", "Off"

# The versions Windows PowerShell 5.1 accepts: the releases up to its own ("Latest" is 5.1).
_RELEASES = {1: (0,), 2: (0,), 3: (0,), 4: (0,), 5: (0, 1)}


def _parse_version(value: Any) -> tuple[int, int] | None:
    """A -Version argument as (major, minor): "Latest", a number (2) or version text ("2.0")."""
    text = to_string(value).strip()
    if text.lower() == "latest":
        return 5, 1
    parts = text.split(".")
    if not 1 <= len(parts) <= 4 or not all(p.isdigit() for p in parts):
        return None
    major = int(parts[0])
    minor = int(parts[1]) if len(parts) > 1 else 0
    return major, minor


def _validate_version(value: Any) -> str | None:
    parsed = _parse_version(value)
    if parsed is None or parsed[1] not in _RELEASES.get(parsed[0], ()):
        return (f'The "{to_string(value)}" argument does not contain a valid PowerShell version. Supply a '
                "valid version number and then try the command again.")
    return None


class SetStrictMode(Cmdlet):
    """Establishes and enforces coding rules in expressions, scripts, and script blocks."""

    verb, noun = "Set", "StrictMode"
    default_set = VERSION
    implementing_type = "Microsoft.PowerShell.Commands.SetStrictModeCommand"
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113450"
    description = (
        "Set-StrictMode turns strict mode on or off for the current scope and the scopes it starts "
        "(functions, script blocks, scripts it runs); when that scope ends the setting goes with it, "
        "and a function may set its own. -Version 1.0 makes reading a variable that was never set an "
        "error, except inside an expandable string. 2.0 makes that an error inside strings too, and "
        "also reading a property an object does not have (including the Count and Length a single "
        "value otherwise answers with) and calling a command with method syntax, as in f(1,2). 3.0 "
        "and Latest also make an index past the end of an array an error. -Off turns it off. Each "
        "violation is an error that ends the statement.")

    version = Parameter(object, sets=(VERSION,), mandatory=True, aliases=("v",),
                        validators=(_validate_version,),
                        help="The rules to enforce: 1.0, 2.0, 3.0 or Latest (4.0 and 5.0 act as 3.0).")
    off = Parameter(SwitchParameter, sets=(OFF,), mandatory=True, help="Turn strict mode off for this scope.")

    examples = (
        Example("Set-StrictMode -Version 1.0; try { $NeverSet } catch { $_.FullyQualifiedErrorId }",
                "Reading a variable that was never set is an error.", "VariableIsUndefined\n"),
        Example("Set-StrictMode -Version 2.0; $o = [pscustomobject]@{ Name = 'a' }; "
                "try { $o.Nmae } catch { $_.Exception.Message }",
                "A misspelt property name is caught.",
                "The property 'Nmae' cannot be found on this object. Verify that the property exists.\n"),
        Example("Set-StrictMode -Version Latest; $a = 1, 2; try { $a[2] } catch { 'out of range' }",
                "An index past the end of an array is an error.", "out of range\n"),
        Example("Set-StrictMode -Version Latest; function f { Set-StrictMode -Off; $NotSet -eq $null }; f",
                "A function turns strict mode off for itself only.", "True\n"),
    )

    def end(self) -> None:
        if self.parameter_set_name == OFF:
            strict.set_version(self.context, 0)
            return
        major, _ = _parse_version(self.version) or (0, 0)
        strict.set_version(self.context, major)

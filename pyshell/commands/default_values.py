"""$PSDefaultParameterValues: default arguments for cmdlets and advanced functions.

Each key is "CommandName:ParameterName" (the command name may hold wildcards: `*:Verbose`,
`Get-Cs*:Identity`), each value the argument, or a script block run to make it when the parameter is
not itself a script block. A default is used only where the command line gave the parameter nothing,
and only where it keeps a parameter set open; one that does not bind is left out without a word.
The key "Disabled" set to $true turns them all off. Simple functions take none, as in PowerShell.
"""
from __future__ import annotations

from pyshell.commands.parameters import ALL_SETS, COMMON_PARAMETERS
from pyshell.errors import PSError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_COMMON = {n.lower(): n for n in COMMON_PARAMETERS}
_SWITCHES = ("Verbose", "Debug", "WhatIf", "Confirm")
_SHOULD_PROCESS = {"whatif": "WhatIf", "confirm": "Confirm"}


def apply_default_values(binder: Any, expects_input: bool) -> None:
    """Bind what $PSDefaultParameterValues gives `binder`'s command for the parameters still free."""
    from pyshell.runtime.conversion import to_bool, to_string
    from pyshell.runtime.values import PSHashtable
    table = binder.context.get_var("psdefaultparametervalues")
    if not isinstance(table, PSHashtable) or not table or binder.allow_extra:
        return
    from pyshell.runtime.wildcards import wildcard_match
    entries = list(table.items())
    if any(to_string(k).lower() == "disabled" and to_bool(v) for k, v in entries):
        return
    for key, value in entries:
        command, sep, name = to_string(key).rpartition(":")
        if not sep or not name or not command or not wildcard_match(command.strip(), binder.command_name):
            continue
        name = name.strip()
        low = name.lower()
        common = _COMMON.get(low) or (_SHOULD_PROCESS.get(low) if binder.should_process else None)
        if common is not None and binder.meta.by_name.get(low) is None:
            if common not in binder.common:
                value = _evaluated(binder, value, None)
                binder.common[common] = to_bool(value) if common in _SWITCHES else value
            continue
        param = binder.meta.by_name.get(low)
        if param is None or param.name in binder.bound:
            continue
        if expects_input and param.takes_pipeline:
            continue        # the pipeline's objects may be meant for it
        if ALL_SETS not in param.set_options and not any(param.in_set(s) for s in binder.candidates):
            continue
        try:
            binder.set_value(param, _evaluated(binder, value, param), None)
        except PSError:
            continue
        binder.narrow(param)


def _evaluated(binder: Any, value: Any, param: Any) -> Any:
    """A script block given as a default is run for the value, unless the parameter takes one."""
    from pyshell.runtime.scriptblock import ScriptBlock
    from pyshell.runtime.types import ScriptBlockType
    if not isinstance(value, ScriptBlock) or (param is not None and param.type is ScriptBlockType):
        return value
    from pyshell.runtime.compile_support import unwrap
    return unwrap(value.collect(binder.context))

"""A session's environment variables: what $env:NAME and the Env: drive read and change.

Each session keeps its own copy (`ExecutionContext.env`, taken from the process's environment when
the session starts); nothing here touches the process's own environment, so sessions in one process
stay apart. Names are matched ignoring case and keep the spelling they were first given, as on
Windows, where Windows PowerShell 5.1 runs. Setting a variable to $null or to an empty string
removes it, as .NET's Environment.SetEnvironmentVariable does there.
"""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def env_key(env: dict[str, str], name: str) -> str | None:
    """The spelling under which `name` is kept (any case), or None when there is no such variable."""
    if name in env:
        return name
    lowered = name.lower()
    for key in env:
        if key.lower() == lowered:
            return key
    return None


def env_get(env: dict[str, str], name: str) -> str | None:
    key = env_key(env, name)
    return None if key is None else env[key]


def env_set(env: dict[str, str], name: str, value: Any) -> None:
    """Set (or, for $null and "", remove) a variable; an existing one keeps its spelling."""
    from pyshell.runtime.conversion import to_string
    text = "" if value is None else (value if isinstance(value, str) else to_string(value))
    key = env_key(env, name)
    if text == "":
        if key is not None:
            del env[key]
        return
    env[key if key is not None else name] = text


def env_remove(env: dict[str, str], name: str) -> bool:
    key = env_key(env, name)
    if key is None:
        return False
    del env[key]
    return True


# -- [Environment]'s statics: the session's copy is the process's environment to a script ---------

_TARGETS = ("process", "user", "machine")      # System.EnvironmentVariableTarget, by value 0, 1, 2


def _target(value: Any) -> str:
    from pyshell.runtime.conversion import PSConversionError, to_string
    if value is None:
        return "process"
    text = to_string(value).strip().lower()
    if text.isdigit() and int(text) < len(_TARGETS):
        return _TARGETS[int(text)]
    if text in _TARGETS:
        return text
    raise PSConversionError(value, "System.EnvironmentVariableTarget")


def _variable_name(name: Any) -> str:
    from pyshell.runtime.conversion import to_string
    from pyshell.runtime.operators import PSOperatorError
    if name is None:
        raise PSOperatorError("Value cannot be null.\r\nParameter name: variable", "ArgumentNullException",
                              inner="ArgumentNullException")
    return to_string(name)


def get_environment_variable(ctx: Any, name: Any, target: Any = None) -> str | None:
    """[Environment]::GetEnvironmentVariable(name[, target]): the session's value for the Process
    target; a User or Machine variable (the registry's, on Windows) is never found here."""
    text = _variable_name(name)
    return env_get(ctx.env, text) if _target(target) == "process" else None


def set_environment_variable(ctx: Any, name: Any, value: Any, target: Any = None) -> None:
    """[Environment]::SetEnvironmentVariable(name, value[, target]): sets (or, for $null and "",
    removes) the session's variable. Only the Process target exists here."""
    from pyshell.runtime.operators import PSOperatorError
    text = _variable_name(name)
    if text == "":
        raise PSOperatorError("String cannot be of zero length.\r\nParameter name: variable", "ArgumentException",
                              inner="ArgumentException")
    if "=" in text or "\0" in text:
        raise PSOperatorError("Environment variable name cannot contain equal character.\r\nParameter name: "
                              "variable", "ArgumentException", inner="ArgumentException")
    if _target(target) != "process":
        raise PSOperatorError("pyshell keeps no User or Machine environment variables: only the Process target "
                              "can be set.", "NotSupportedException", inner="NotSupportedException")
    env_set(ctx.env, text, value)


def get_environment_variables(ctx: Any, target: Any = None) -> Any:
    """[Environment]::GetEnvironmentVariables(): the session's variables in a hashtable."""
    from pyshell.runtime.values import PSHashtable
    table = PSHashtable()
    if _target(target) == "process":
        for key, value in ctx.env.items():
            table[key] = value
    return table


for _static in (get_environment_variable, set_environment_variable, get_environment_variables):
    _static.takes_context = True        # type: ignore[attr-defined]  # called as fn(ctx, *arguments)

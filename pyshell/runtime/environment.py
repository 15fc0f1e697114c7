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

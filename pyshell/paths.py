"""Where pyshell keeps a user's files, following the XDG base directory rules (and Windows' own
folders on Windows). Nothing here creates a folder; callers do, and cope when they cannot.

* history: ``$XDG_STATE_HOME/pyshell/history`` (default ``~/.local/state``; Windows
  ``%LOCALAPPDATA%\\pyshell\\history``);
* profile: ``$XDG_CONFIG_HOME/pyshell/profile.ps1`` (default ``~/.config``; Windows
  ``%APPDATA%\\pyshell\\profile.ps1``).

The XDG rules say a relative value in those variables is to be ignored, and so it is.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Mapping

__all__ = ["state_dir", "config_dir", "history_path", "profile_path"]

APP = "pyshell"


def _xdg(env: Mapping[str, str], variable: str, default: tuple[str, ...]) -> Path:
    value = env.get(variable, "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home().joinpath(*default)


def state_dir(environ: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    env = os.environ if environ is None else environ
    if (platform or sys.platform).startswith("win"):
        return Path(env.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")) / APP
    return _xdg(env, "XDG_STATE_HOME", (".local", "state")) / APP


def config_dir(environ: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    env = os.environ if environ is None else environ
    if (platform or sys.platform).startswith("win"):
        return Path(env.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")) / APP
    return _xdg(env, "XDG_CONFIG_HOME", (".config",)) / APP


def history_path(environ: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """The REPL's history file (its folder may not exist yet)."""
    return state_dir(environ, platform) / "history"


def profile_path(environ: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """The profile script run when a session starts (unless -NoProfile); the value of $PROFILE."""
    return config_dir(environ, platform) / "profile.ps1"

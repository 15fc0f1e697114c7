"""Where the REPL keeps its command history, and a file history that never breaks the prompt.

The history lives in the user's state directory:

* ``$XDG_STATE_HOME/pyshell/history`` when that variable holds an absolute path,
* otherwise ``~/.local/state/pyshell/history``,
* on Windows ``%LOCALAPPDATA%\\pyshell\\history``.

If the folder cannot be created or the file cannot be written, the session keeps its history in
memory only and says nothing: a read-only home must not stop anyone from using the shell.

Like PSReadLine, lines that look like they carry a secret (password, token, ...) stay in the
session's history, so Up still finds them, but are never written to disk.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from prompt_toolkit.history import FileHistory, History, InMemoryHistory

from .. import paths

__all__ = ["history_path", "make_history", "is_sensitive", "SafeFileHistory"]

# Words that mark a line as too sensitive to save (the same idea as PSReadLine's default filter).
_SENSITIVE = re.compile(r"password|asplaintext|token|apikey|secret", re.IGNORECASE)


def is_sensitive(text: str) -> bool:
    """True when ``text`` should not be written to the history file."""
    return bool(_SENSITIVE.search(text))


def history_path(environ: os._Environ[str] | dict[str, str] | None = None,
                 platform: str | None = None) -> Path:
    """The history file for this user (the folder may not exist yet)."""
    return paths.history_path(environ, platform)


class SafeFileHistory(FileHistory):
    """A FileHistory whose disk errors are swallowed, so editing goes on from memory."""

    def __init__(self, filename: str | os.PathLike[str]) -> None:
        super().__init__(filename)
        self.disk_ok = True

    def load_history_strings(self):  # type: ignore[override]
        try:
            # The parent yields lazily; read it all here so errors surface inside this try.
            return list(super().load_history_strings())
        except (OSError, ValueError):
            self.disk_ok = False
            return []

    def store_string(self, string: str) -> None:
        if not self.disk_ok or is_sensitive(string):
            return
        try:
            super().store_string(string)
        except (OSError, ValueError):
            # Disk full, permissions changed under us, ...: stop trying for this session.
            self.disk_ok = False


def _writable(path: Path) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "ab"):
            pass
        return True
    except (OSError, ValueError):
        return False


def make_history(path: Path | None = None) -> History:
    """A file-backed history at ``path`` (default: :func:`history_path`), or an in-memory one."""
    try:
        target = history_path() if path is None else path
    except (OSError, RuntimeError, KeyError):
        # Path.home() can fail when there is no home directory at all.
        return InMemoryHistory()
    if not _writable(target):
        return InMemoryHistory()
    return SafeFileHistory(target)

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
from typing import Any, Callable

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
    """A FileHistory whose disk errors are swallowed, so editing goes on from memory.

    ``options`` returns the session's PSReadLine options (or None); they decide, as each line is
    added, whether duplicates are dropped (HistoryNoDuplicates), how many entries are loaded
    (MaximumHistoryCount), when lines reach the disk (HistorySaveStyle) and where
    (HistorySavePath).
    """

    def __init__(self, filename: str | os.PathLike[str], options: Callable[[], Any] | None = None) -> None:
        super().__init__(filename)
        self.disk_ok = True
        self.options = options or (lambda: None)
        self.pending: list[str] = []

    def _options(self) -> Any:
        try:
            return self.options()
        except Exception:  # noqa: BLE001 - defaults when the options cannot be read
            return None

    def load_history_strings(self):  # type: ignore[override]
        try:
            # The parent yields lazily, newest first; read it all here so errors surface inside this try.
            strings = list(super().load_history_strings())
        except (OSError, ValueError):
            self.disk_ok = False
            return []
        opts = self._options()
        if opts is None or opts.history_no_duplicates:
            seen: set[str] = set()
            strings = [s for s in strings if not (s in seen or seen.add(s))]
        limit = getattr(opts, "maximum_history_count", 4096) if opts is not None else 4096
        return strings[:max(1, int(limit))]

    def append_string(self, string: str) -> None:
        opts = self._options()
        if (opts is None or opts.history_no_duplicates) and string in self._loaded_strings:
            self._loaded_strings = [s for s in self._loaded_strings if s != string]
        super().append_string(string)

    def store_string(self, string: str) -> None:
        if is_sensitive(string):
            return
        opts = self._options()
        style = getattr(getattr(opts, "history_save_style", None), "name", "SaveIncrementally")
        if style == "SaveNothing":
            return
        wanted = getattr(opts, "history_save_path", "") if opts is not None else ""
        if wanted and os.path.abspath(wanted) != os.path.abspath(self.filename):
            if not _writable(Path(wanted)):
                return
            self.filename = wanted
            self.disk_ok = True
        if style == "SaveAtExit":
            self.pending.append(string)
            return
        self._write(string)

    def _write(self, string: str) -> None:
        if not self.disk_ok:
            return
        try:
            super().store_string(string)
        except (OSError, ValueError):
            # Disk full, permissions changed under us, ...: stop trying for this session.
            self.disk_ok = False

    def flush(self) -> None:
        """Write what HistorySaveStyle SaveAtExit held back."""
        pending, self.pending = self.pending, []
        for string in pending:
            self._write(string)


def _writable(path: Path) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "ab"):
            pass
        return True
    except (OSError, ValueError):
        return False


def make_history(path: Path | None = None, options: Callable[[], Any] | None = None) -> History:
    """A file-backed history at ``path`` (default: the HistorySavePath option, else
    :func:`history_path`), or an in-memory one when no file can be written."""
    try:
        if path is None:
            opts = options() if options is not None else None
            wanted = getattr(opts, "history_save_path", "") if opts is not None else ""
            path = Path(wanted) if wanted else history_path()
    except (OSError, RuntimeError, KeyError):
        # Path.home() can fail when there is no home directory at all.
        return InMemoryHistory()
    except Exception:  # noqa: BLE001 - unreadable options: the default place
        path = history_path()
    if not _writable(path):
        return InMemoryHistory()
    return SafeFileHistory(path, options)

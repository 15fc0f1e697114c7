"""The interactive front end (prompt_toolkit editor, pygments colouring).

This package is the only part of pyshell that imports prompt_toolkit or pygments, so running a
script or ``-Command`` never pays for them; import it only when a REPL is wanted.
"""
from .app import run_plain, run_repl

__all__ = ["run_repl", "run_plain"]

"""Regular expressions compiled once per installation, not once per run.

The tokenizer's patterns are large alternations over character classes that include the en dash,
curly quotes and Unicode blanks; compiling them with `re.compile` costs about 3 ms, more than a
tenth of a `pyshell -Command exit` run, and every run used to pay it. The costly part is Python
code (`re._parser` and `re._compiler`) turning the pattern into the regex engine's instruction
list; the engine's own constructor, `_sre.compile`, is C and quick. So the instruction lists are
kept in a file beside the package's byte code, the way Python keeps .pyc files, and later runs
hand them straight to `_sre.compile`.

The file is keyed by the Python version and the engine's MAGIC number and is ignored when either
differs. Anything unexpected (no file, a damaged one, a Python whose `re` internals differ) falls
back to `re.compile`, so the cache can make start-up slower than it could be, never wrong: the
engine checks the instruction list it is given. Like byte code, the file is not written when
`sys.dont_write_bytecode` is set (PYTHONDONTWRITEBYTECODE); `save()` writes it on request.
"""
from __future__ import annotations

import marshal
import os
import re
import sys

try:
    import _sre
    from re import _compiler, _parser
except ImportError:         # another implementation's re: compile every time
    _sre = None

TYPE_CHECKING = False       # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

_FORMAT = 1
_CACHE_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "__pycache__",
                           f"patterns.{sys.implementation.cache_tag}.marshal")


def _stamp() -> tuple:
    return _FORMAT, tuple(sys.version_info), getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None)


class PatternCache:
    """The compiled form of patterns, read from and written to one file."""

    def __init__(self, path: str):
        self.path = path
        self.entries: dict[tuple[str, int], tuple] | None = None     # read on first use
        self.changed = False
        self.writable = True        # False once a write has failed: a run does not try again

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern:
        if _sre is None:
            return re.compile(pattern, flags)
        entries = self.entries
        if entries is None:
            entries = self.entries = self._read()
        key = (pattern, int(flags))     # int: a RegexFlag cannot be marshalled
        args = entries.get(key)
        if args is not None:
            try:
                return _sre.compile(pattern, *args)
            except Exception:       # a damaged entry: made again below
                del entries[key]
        try:
            args = _instructions(pattern, flags)
            compiled = _sre.compile(pattern, *args)
        except Exception:           # re's internals are not what this module expects
            return re.compile(pattern, flags)
        entries[key] = args
        self.changed = True
        if self.writable and not sys.dont_write_bytecode:
            self.writable = self.save()
        return compiled

    def _read(self) -> dict[tuple[str, int], tuple]:
        try:
            with open(self.path, "rb") as fh:
                stamp, entries = marshal.loads(fh.read())
        except Exception:           # missing, unreadable or damaged: start afresh
            return {}
        if stamp != _stamp() or not isinstance(entries, dict):
            return {}
        return entries

    def save(self) -> bool:
        """Write the file (whole, through a temporary file); False when it cannot be written."""
        if not self.changed or self.entries is None:
            return True
        tmp = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(tmp, "wb") as fh:
                marshal.dump((_stamp(), self.entries), fh)
            os.replace(tmp, self.path)
        except (OSError, ValueError):      # ValueError: marshal met a value it cannot write
            try:
                os.unlink(tmp)
            except OSError:
                pass
            return False
        self.changed = False
        return True


def _instructions(pattern: str, flags: int) -> tuple:
    """What re._compiler.compile passes to _sre.compile after the pattern itself."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


_cache = PatternCache(_CACHE_FILE)


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's name on purpose
    """`re.compile(pattern, flags)`, from the installation's cache when it has the pattern."""
    return _cache.compile(pattern, flags)


def save() -> bool:
    """Write the patterns compiled so far, even under PYTHONDONTWRITEBYTECODE (as compileall writes
    byte code); False when the file cannot be written."""
    return _cache.save()

"""`pyshell --syntax-check FILE...`: parse scripts without running them and report every parse
error in PowerShell's form, so CI jobs can check scripts."""
from __future__ import annotations

import sys
from pyshell.errors import ErrorCategory, ErrorRecord, render_error

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO


def syntax_check(paths: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """0 when every file parses; 1 when any has a parse error or cannot be read."""
    from pyshell.commands.scripts import read_script_text
    from pyshell.language.parser import parse
    out = out or sys.stdout
    err = err or sys.stderr
    if not paths:
        err.write("pyshell: --syntax-check needs at least one script file.\n")
        return 64
    failed = 0
    for path in paths:
        try:
            text = read_script_text(path)
        except (OSError, UnicodeDecodeError) as exc:
            reason = "it is not a text file" if isinstance(exc, UnicodeDecodeError) else exc.strerror
            err.write(f"pyshell: cannot read '{path}': {reason}.\n")
            failed += 1
            continue
        result = parse(text, path)
        if not result.errors:
            out.write(f"{path}: no parse errors\n")
            continue
        failed += 1
        first = result.errors[0]
        record = ErrorRecord(first.message, first.error_id, ErrorCategory.ParserError,
                             "ParentContainsErrorRecordException", extent=first.extent,
                             parse_errors=list(result.errors))
        err.write(render_error(record) + "\n")
    return 1 if failed else 0

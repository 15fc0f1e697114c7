"""Output objects as HTML for notebooks: runs of objects of one type as a table, anything else as
preformatted text, in the order they were written."""
from __future__ import annotations

import html
from typing import Any, Callable

from pyshell.runtime.values import PSObject

MAX_ROWS = 500


def _cell(value: Any, limit: int) -> str:
    from pyshell.runtime.conversion import to_string
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        items = [to_string(v) for v in list(value)[:limit]]
        return "{" + ", ".join(items) + ("..." if len(value) > limit else "") + "}"
    return to_string(value)


def _table(objects: list[PSObject], limit: int) -> str:
    names = objects[0].property_names()
    head = "".join(f"<th style=\"text-align:left\">{html.escape(n)}</th>" for n in names)
    rows = []
    for obj in objects[:MAX_ROWS]:
        cells = "".join(f"<td style=\"text-align:left\">{html.escape(_cell(obj.get(n), limit))}</td>"
                        for n in names)
        rows.append(f"<tr>{cells}</tr>")
    more = ""
    if len(objects) > MAX_ROWS:
        more = f"<p>... and {len(objects) - MAX_ROWS} more</p>"
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{more}"


def objects_html(objects: list[Any], render_text: Callable[[list[Any]], str], limit: int = 4) -> str | None:
    """HTML for `objects`, or None when none of them is an object with properties (plain text
    says it all then). `render_text` formats the other values as the console would."""
    if not any(isinstance(o, PSObject) and o.property_names() for o in objects):
        return None
    parts: list[str] = []
    run: list[Any] = []

    def key(obj: Any) -> Any:
        if isinstance(obj, PSObject) and obj.property_names():
            return ("table", obj.type_name, tuple(obj.property_names()))
        return ("text",)

    def flush() -> None:
        if not run:
            return
        if key(run[0])[0] == "table":
            parts.append(_table(list(run), limit))
        else:
            text = render_text(list(run)).strip("\n")
            if text:
                parts.append(f"<pre>{html.escape(text)}</pre>")
        run.clear()

    for obj in objects:
        if run and key(obj) != key(run[0]):
            flush()
        run.append(obj)
    flush()
    return "\n".join(parts)

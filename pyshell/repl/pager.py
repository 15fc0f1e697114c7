"""A small full-screen pager for help longer than the screen (F1).

It takes over the screen (the alternate screen, as `less` does) and gives it back unchanged:
q, Escape, F1 or Ctrl+C leave; Space/PageDown and b/PageUp turn pages; the arrows, j/k and
Enter move a line; g/Home and G/End jump to the start and the end.
"""
from __future__ import annotations

from typing import Any

from prompt_toolkit.application import Application
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.key_binding.bindings.scroll import (scroll_one_line_down, scroll_one_line_up,
                                                        scroll_page_down, scroll_page_up)
from prompt_toolkit.layout import HSplit, Layout, Window
from prompt_toolkit.layout.controls import FormattedTextControl
from prompt_toolkit.widgets import TextArea

__all__ = ["make_pager"]


def make_pager(text: str, title: str, input: Any = None, output: Any = None) -> Application:
    area = TextArea(text=text.rstrip("\n"), read_only=True, scrollbar=True, wrap_lines=True)
    bindings = KeyBindings()

    @bindings.add("q")
    @bindings.add("escape", eager=True)
    @bindings.add("f1")
    @bindings.add("c-c")
    def _leave(event: KeyPressEvent) -> None:
        event.app.exit()

    for keys, action in ((("space",), scroll_page_down), (("pagedown",), scroll_page_down),
                         (("b",), scroll_page_up), (("pageup",), scroll_page_up),
                         (("down",), scroll_one_line_down), (("j",), scroll_one_line_down),
                         (("enter",), scroll_one_line_down), (("up",), scroll_one_line_up),
                         (("k",), scroll_one_line_up)):
        bindings.add(*keys)(action)

    @bindings.add("g")
    @bindings.add("home")
    def _top(event: KeyPressEvent) -> None:
        area.buffer.cursor_position = 0

    @bindings.add("G")
    @bindings.add("end")
    def _bottom(event: KeyPressEvent) -> None:
        area.buffer.cursor_position = len(area.buffer.text)

    status = Window(FormattedTextControl([("reverse", f" {title} "),
                                          ("", "  q: back to the prompt   Space/b: next/previous page   "
                                               "arrows: scroll")]), height=1)
    return Application(layout=Layout(HSplit([area, status]), focused_element=area), key_bindings=bindings,
                       full_screen=True, input=input, output=output)

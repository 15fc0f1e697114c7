"""The layout pieces on their own: text breaking, column fitting, table and list lines, and the
Formatter driven with explicit options the way Format-Table / Format-List will drive it."""
from __future__ import annotations

from pyshell.format.formatter import Formatter
from pyshell.format.list import list_lines
from pyshell.format.output import LineWriter
from pyshell.format.packets import FormatStart, ListEntry, TableRow, TextLine
from pyshell.format.table import TableLayout, fit_cell, fit_widths
from pyshell.format.text import cells, truncate_at_newline, wrap
from pyshell.format.views import Column
from pyshell.runtime.values import PSObject


# --- text ------------------------------------------------------------------------------------

def test_wrap_breaks_at_words_and_keeps_the_blank():
    assert wrap("aaa bbb ccc", 8) == ["aaa bbb ", "ccc"]
    assert wrap("short", 10) == ["short"]
    assert wrap("", 5) == [""]


def test_wrap_splits_a_word_longer_than_the_line():
    assert wrap("abcdefghij", 4) == ["abcd", "efgh", "ij"]


def test_wrap_honours_newlines_and_drops_carriage_returns():
    assert wrap("ab\r\ncd", 10) == ["ab", "cd"]


def test_wide_characters_take_two_cells():
    assert cells("日本") == 4
    # two cells of room before the dots: one wide character, then a blank fills the odd cell
    assert fit_cell("日本語x", 6, "Left") == "日... "


def test_truncate_at_newline():
    assert truncate_at_newline("one\ntwo") == "one..."
    assert truncate_at_newline("plain") == "plain"


# --- table -----------------------------------------------------------------------------------

def test_fit_widths_shares_spare_room_among_unsized_columns():
    assert fit_widths([10, 0, 0], 20) == [10, 4, 4]
    assert fit_widths([10, 0, 0], 21) == [10, 5, 4]


def test_fit_widths_shrinks_then_hides_from_the_right():
    assert fit_widths([10, 10], 15) == [10, 4]
    assert fit_widths([10, 10, 10], 12) == [10, 1, -1]


def test_fit_cell_alignment_and_ellipsis():
    assert fit_cell("ab", 5, "Right") == "   ab"
    assert fit_cell("ab", 5, "Center") == " ab  "
    assert fit_cell("abcdefgh", 6, "Left") == "abc..."
    assert fit_cell("abcdefgh", 6, "Right") == "...fgh"
    assert fit_cell("abcdefgh", 3, "Left") == "abc"    # no room for the dots


def test_table_layout_header_rows_and_indent():
    t = TableLayout([3, 4], ["Left", "Right"], 79)
    # a label wider than its column continues on the next line (5.1 wraps headers)
    assert t.header_lines(["Name", "Id"]) == ["Nam   Id", "e       ", "---   --"]
    assert t.row_lines(["x", "7"]) == ["x      7"]


def test_table_layout_wrapped_row():
    t = TableLayout([5, 3], ["Left", "Left"], 79)
    assert t.row_lines(["aa bb cc", "z"], multiline=True) == ["aa    z  ", "bb cc    "]


def test_table_too_narrow_is_not_drawn():
    assert TableLayout([3], ["Left"], 4).header_lines(["a"]) == []


# --- list ------------------------------------------------------------------------------------

def test_list_lines_pad_labels_and_keep_trailing_separator():
    assert list_lines(["a", "long"], ["1", ""], 79) == ["a    : 1", "long : "]


def test_list_lines_clip_overlong_labels():
    assert list_lines(["abcdefghij"], ["v"], 8) == ["abcd : v"]


# --- the formatter with explicit options (Format-Table / Format-List) ---------------------------

def _render(formatter: Formatter, objects, columns: int = 79) -> str:
    out: list[str] = []
    writer = LineWriter(out.append, columns)
    for o in objects:
        for p in formatter.process(o):
            writer.feed(p)
    for p in formatter.finish():
        writer.feed(p)
    writer.close()
    return "\n".join(out) + "\n"


def test_format_table_with_calculated_and_aligned_columns():
    rows = [PSObject([("name", "Bob"), ("size", 1234), ("booleanValue", True)]),
            PSObject([("name", "Jim"), ("size", 5678), ("booleanValue", False)])]
    f = Formatter(shape="table", columns=[Column("name"), Column("KB", lambda o: o.get("size") // 1000),
                                          Column("booleanValue")], auto_size=True)
    assert _render(f, rows) == ("\nname KB booleanValue\n---- -- ------------\n"
                                "Bob   1         True\nJim   5        False\n\n\n")


def test_format_list_with_selected_items_and_a_label():
    f = Formatter(shape="list", columns=[Column(None, "b"), Column("Twice", lambda o: o.get("a") * 2)])
    out = _render(f, [PSObject([("a", 1), ("b", "x")])])
    assert out == "\n\nb     : x\nTwice : 2\n\n\n\n"


def test_format_table_group_by_parameter():
    f = Formatter(shape="table", group_by="k", columns=[Column("v")])
    items = [PSObject([("k", "a"), ("v", 1)]), PSObject([("k", "b"), ("v", 2)])]
    assert _render(f, items) == "\n\n   k: a\n\nv\n-\n1\n\n\n   k: b\n\nv\n-\n2\n\n\n"


def test_scalars_are_text_unless_forced():
    assert Formatter(shape="table").process("s") == [TextLine("s")]
    forced = Formatter(shape="list", force=True).process(PSObject([("a", 1)]))
    assert isinstance(forced[0], FormatStart) and isinstance(forced[-1], ListEntry)


def test_packets_pass_through_unchanged():
    row = TableRow(["x"])
    assert Formatter().process(row) == [row]


def test_hide_header():
    f = Formatter(shape="table", hide_header=True)
    assert _render(f, [PSObject([("a", 1)])]) == "\n1\n\n\n"

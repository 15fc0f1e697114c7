"""The formatter and line writer beyond tables and lists: wide views, custom views (DateTime's),
the formatting-sequence checks of out-lineoutput, and a document's sizing rules not leaking into
the next document."""
from __future__ import annotations

import datetime

import pytest

from pyshell.errors import PSError
from pyshell.format.formatter import Formatter
from pyshell.format.output import OutDefault, render, wide_items_per_row
from pyshell.format.packets import FormatEnd, FormatStart, GroupEnd, GroupStart, TableRow, WideEntry
from pyshell.format.views import Column, View, ViewRegistry
from pyshell.runtime.datetimes import DisplayDateTime
from pyshell.runtime.values import PSObject


def text(*lines: str) -> str:
    return "".join(line + "\n" for line in lines)


def named(*names: str) -> list[PSObject]:
    return [PSObject([("Name", n)]) for n in names]


def formatted(formatter: Formatter, objects: list) -> list:
    packets = []
    for obj in objects:
        packets += formatter.process(obj)
    return packets + formatter.finish()


def test_items_per_row_for_auto_size():
    assert wide_items_per_row(7, 79) == 9
    assert wide_items_per_row(39, 79) == 1     # two of 39 plus a separator need 79: not less than the screen
    assert wide_items_per_row(38, 79) == 2
    assert wide_items_per_row(100, 79) == 1


def test_wide_packets_and_their_rows():
    packets = formatted(Formatter(shape="wide", wide_columns=3), named("a", "b", "c", "d"))
    assert packets[0] == FormatStart("wide", wide_columns=3)
    assert [p.text for p in packets if isinstance(p, WideEntry)] == ["a", "b", "c", "d"]
    assert render(packets) == text("", "a".ljust(26) + " " + "b".ljust(26) + " " + "c".ljust(25),
                                   "d".ljust(26) + " " + " " * 26 + " " + " " * 25, "", "")


def test_wide_view_registered_for_a_type():
    views = ViewRegistry([View("Thing", "wide", properties=("Code",), wide_columns=4)])
    things = [PSObject([("Name", "n"), ("Code", c)], type_names=["Thing"]) for c in "wxyz"]
    out = render(formatted(Formatter(views, shape="wide"), things))
    # 79 cells less three separators: 76 = 19 * 4
    assert out == text("", " ".join(c.ljust(19) for c in "wxyz"), "", "")


def test_date_time_uses_its_custom_view():
    when = datetime.datetime(2026, 11, 23, 19, 41, 52)
    assert render([when]) == text("", "Monday, November 23, 2026 7:41:52 PM", "", "")
    assert render([DisplayDateTime.wrap(when, "Date"), when]) == text(
        "", "Monday, November 23, 2026", "Monday, November 23, 2026 7:41:52 PM", "", "")


def test_date_time_in_a_table_cell_uses_the_general_form():
    obj = PSObject([("When", datetime.datetime(2026, 11, 23, 7, 5, 0))])
    assert render([obj]) == text("", "When                 ", "----                 ", "11/23/2026 7:05:00 AM", "", "")


def test_time_span_is_a_list_of_its_parts():
    out = render([datetime.timedelta(days=1, seconds=5, microseconds=1500)])
    assert out.splitlines()[2:8] == ["Days              : 1", "Hours             : 0", "Minutes           : 0",
                                     "Seconds           : 5", "Milliseconds      : 1", "Ticks             : 864050015000"]


def _pushed(packets: list) -> str:
    out: list[str] = []
    writer = OutDefault(out.append)
    for p in packets:
        writer.push(p)
    writer.close()
    return "".join(out)


def test_an_entry_outside_a_group_is_out_of_sequence():
    with pytest.raises(PSError) as caught:
        _pushed([TableRow(["x"])])
    record = caught.value.record
    assert record.error_id == "ConsoleLineOutputOutOfSequencePacket,Microsoft.PowerShell.Commands.OutLineOutputCommand"
    assert record.command_name == "out-lineoutput"
    assert '"Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData"' in record.message


def test_a_second_document_inside_a_format_command_group_names_the_shape():
    with pytest.raises(PSError) as caught:
        _pushed([FormatStart("list"), GroupStart(), FormatStart("wide")])
    assert 'user-specified "format-wide" command' in caught.value.record.message


def test_a_format_command_document_closes_the_default_formatters_open_one():
    packets = formatted(Formatter(shape="list"), [PSObject([("b", 2)])])
    out = _pushed([PSObject([("a", 1)])] + packets)
    assert out == text("", "a", "-", "1", "", "", "", "", "b : 2", "", "", "")


def test_group_end_without_a_group_is_out_of_sequence():
    with pytest.raises(PSError):
        _pushed([FormatStart("table"), GroupEnd()])
    assert _pushed([FormatStart("list"), FormatEnd()]) == text("", "")


def test_auto_size_of_one_document_does_not_resize_the_next():
    fixed = ViewRegistry([View("Fixed", "table", columns=(Column("A", width=6), Column("B", width=3)))])
    first = formatted(Formatter(shape="table", auto_size=True), [PSObject([("x", 1)])])
    second = formatted(Formatter(fixed), [PSObject([("A", 1), ("B", 2)], type_names=["Fixed"])])
    out = _pushed(first + second)
    assert out.endswith(text("", "A      B  ", "-      -  ", "1      2  ", "", ""))

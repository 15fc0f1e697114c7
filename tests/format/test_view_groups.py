"""Views that shape their own groups and entries, as FileSystem.format.ps1xml needs: a group header
written by the view (a custom control, here "    Directory: <path>" followed by a new line), list and
wide entries chosen by the object's type (EntrySelectedBy), and a table view whose rows wrap."""
from __future__ import annotations

from pyshell.format.output import render
from pyshell.format.views import Column, View, ViewRegistry
from pyshell.runtime.values import PSObject

BASE = "Test.Item"


def item(kind, name, parent, size=None):
    props = [("Name", name), ("Parent", parent)]
    if size is not None:
        props.append(("Size", size))
    return PSObject(props, type_names=[f"Test.{kind}", BASE, "System.Object"])


def header(obj):
    return "    Folder: " + obj.get("Parent") + "\n"


VIEWS = ViewRegistry([
    View(BASE, "table", group_by="Parent", group_header=header, wrap=True,
         columns=(Column("Size", "Size", 6, "Right"), Column("Name"))),
    View(BASE, "list", group_by="Parent", group_header=header, properties=("Name",),
         entries_by_type=(("Test.File", ("Name", "Size")),)),
    View(BASE, "wide", properties=("Name",),
         entries_by_type=(("Test.Dir", (Column(None, lambda o: "[" + o.get("Name") + "]"),)),)),
])


def lines(*rows):
    return "".join(r + "\n" for r in rows)


def test_a_view_group_header_is_framed_as_powershell_frames_a_custom_control():
    objects = [item("Dir", "d", "/a"), item("File", "f", "/a", 5), item("File", "g", "/b", 7)]
    assert render(objects, views=VIEWS) == lines(
        "", "", "    Folder: /a", "", "",
        "  Size Name" + " " * 68, "  ---- ----" + " " * 68, "       d" + " " * 71, "     5 f" + " " * 71,
        "", "", "    Folder: /b", "", "",
        "  Size Name" + " " * 68, "  ---- ----" + " " * 68, "     7 g" + " " * 71, "", "")


def test_list_entries_follow_the_objects_type():
    from pyshell.format.formatter import Formatter
    from pyshell.format.packets import GroupStart, ListEntry
    formatter = Formatter(VIEWS, shape="list")
    packets = [p for o in (item("Dir", "d", "/a"), item("File", "f", "/a", 5)) for p in formatter.process(o)]
    assert [(p.labels, p.values) for p in packets if isinstance(p, ListEntry)] == [
        (["Name"], ["d"]), (["Name", "Size"], ["f", "5"])]
    assert [p.header for p in packets if isinstance(p, GroupStart)] == ["    Folder: /a\n"]


def test_wide_entries_follow_the_objects_type():
    from pyshell.format.formatter import Formatter
    from pyshell.format.packets import WideEntry
    formatter = Formatter(VIEWS, shape="wide")
    packets = [p for o in (item("Dir", "d", "/a"), item("File", "f", "/a")) for p in formatter.process(o)]
    assert [p.text for p in packets if isinstance(p, WideEntry)] == ["[d]", "f"]


def test_a_wrapping_view_wraps_long_values_instead_of_cutting_them():
    long_name = "x" * 100
    out = render([item("File", long_name, "/a", 1)], views=VIEWS)
    assert long_name[:72] in out and "..." not in out

"""Out-Default golden tests: the exact console text of Windows PowerShell 5.1, blank lines and
trailing blanks included (80-column console, so 79 usable cells)."""
from __future__ import annotations

from pyshell.format.output import OutDefault, render
from pyshell.format.views import Column, View, ViewRegistry
from pyshell.runtime.values import PSHashtable, PSObject


def obj(*pairs, type_name=None):
    names = [type_name, "System.Object"] if type_name else None
    return PSObject(list(pairs), type_names=names)


def text(*lines: str) -> str:
    return "".join(line + "\n" for line in lines)


# --- scalars ---------------------------------------------------------------------------------

def test_scalars_print_one_per_line_with_no_blank_lines():
    assert render(["hello", 42, 1.5, True, ""]) == text("hello", "42", "1.5", "True", "")


def test_null_is_skipped_but_null_inside_a_collection_is_an_empty_line():
    assert render([1, None, 2]) == text("1", "2")
    assert render([[1, None, 2]]) == text("1", "", "2")


def test_nothing_prints_nothing():
    assert render([]) == ""
    assert render([PSHashtable()]) == ""


# --- tables ----------------------------------------------------------------------------------

def test_single_custom_object_is_a_table_one_blank_before_two_after():
    assert render([obj(("a", 1))]) == text("", "a", "-", "1", "", "")


def test_table_of_three_objects_numbers_right_aligned():
    rows = [obj(("Name", "alpha"), ("Size", 5), ("Ok", True)),
            obj(("Name", "b"), ("Size", 12345), ("Ok", False)),
            obj(("Name", "gamma-ray"), ("Size", 77), ("Ok", True))]
    assert render(rows) == text(
        "",
        "Name       Size    Ok",
        "----       ----    --",
        "alpha         5  True",
        "b         12345 False",
        "gamma-ray    77  True",
        "",
        "")


def test_later_objects_of_another_shape_fill_the_first_objects_columns():
    out = render([obj(("a", 1)), obj(("b", 2))])
    assert out == text("", "a", "-", "1", " ", "", "")


def test_strings_then_objects_then_strings():
    out = render(["before", obj(("n", 1)), "inside", obj(("n", 2)), "after"])
    assert out == text("before", "", "n", "-", "1", "inside", "2", "after", "", "")


def test_long_last_column_is_cut_with_three_dots_at_79_cells():
    long = "x" * 100
    out = render([obj(("Name", "one"), ("Text", long))])
    row = "one  " + "x" * 71 + "..."
    # every cell is padded to its column's width, the last one too
    assert out == text("", "Name " + "Text".ljust(74), "---- " + "----".ljust(74), row, "", "")
    assert len(row) == 79


def test_columns_that_do_not_fit_are_dropped_from_the_right():
    wide = "w" * 60
    out = render([obj(("A", wide), ("B", wide), ("C", 1))])
    # A takes 60 cells, B is cut to the 18 left, C has no room at all
    assert out == text("", "A" + " " * 60 + "B" + " " * 17, "-" + " " * 60 + "-" + " " * 17,
                       wide + " " + "w" * 15 + "...", "", "")


def test_multiline_value_in_a_table_shows_its_first_line():
    out = render([obj(("a", "one\ntwo"), ("b", 2))])
    assert out == text("", "a       b", "-       -", "one...  2", "", "")


def test_empty_label_and_values_column_takes_the_spare_width():
    out = render([obj(("", ""), ("x", 1))])
    assert out.splitlines()[1] == " " * 77 + " x"


def test_rows_after_the_sizing_window_keep_the_widths_already_chosen():
    ticks = iter([0.0, 0.1, 0.2, 0.4])   # group start, then one reading per held row
    lines: list[str] = []
    out = OutDefault(lines.append, clock=lambda: next(ticks))
    out.push(obj(("a", "xx")))                 # held
    out.push(obj(("a", "yy")))                 # held
    out.push(obj(("a", "much longer")))        # 0.4 s: the window is over; this row still counts
    out.push(obj(("a", "even longer value")))  # written at once, cut to the chosen width
    out.close()
    assert "".join(lines) == text("", "a          ", "-          ", "xx         ", "yy         ",
                                  "much longer", "even lon...", "", "")


# --- hashtables ------------------------------------------------------------------------------

def test_hashtable_is_a_name_value_table():
    h = PSHashtable([("Number", 1), ("Shape", "Square"), ("List", [1, 2, 3, 4, 5])])
    pad = " " * 48
    assert render([h]) == text(
        "",
        "Name" + " " * 27 + "Value" + pad[5:],
        "----" + " " * 27 + "-----" + pad[5:],
        "Number" + " " * 25 + "1" + pad[1:],
        "Shape" + " " * 26 + "Square" + pad[6:],
        "List" + " " * 27 + "{1, 2, 3, 4...}" + pad[15:],
        "",
        "")


# --- lists -----------------------------------------------------------------------------------

FIVE = (("Name", "srv01"), ("Enabled", True), ("Port", 5061), ("Tags", ["a", "b"]), ("Note", None))


def test_five_properties_make_a_list_two_blank_before_three_after():
    assert render([obj(*FIVE)]) == text(
        "", "",
        "Name    : srv01",
        "Enabled : True",
        "Port    : 5061",
        "Tags    : {a, b}",
        "Note    : ",
        "", "", "")


def test_two_list_objects_are_separated_by_one_blank_line():
    second = obj(("Id", 7), ("Description", "two"), ("A", 1), ("B", 2), ("C", 3))
    assert render([obj(*FIVE), second]) == text(
        "", "",
        "Name    : srv01", "Enabled : True", "Port    : 5061", "Tags    : {a, b}", "Note    : ",
        "",
        "Id          : 7", "Description : two", "A           : 1", "B           : 2", "C           : 3",
        "", "", "")


def test_list_value_with_newlines_is_indented_under_the_value_column():
    five = obj(("Name", "x"), ("Body", "line one\nline two"), ("C", 1), ("D", 2), ("E", 3))
    assert render([five]).splitlines()[3:5] == ["Body : line one", "       line two"]


def test_long_list_value_wraps_at_word_boundaries():
    words = " ".join(["word"] * 20)          # 99 cells; 79 - 7 = 72 cells of room
    five = obj(("Text", words), ("B", 1), ("C", 2), ("D", 3), ("E", 4))
    lines = render([five]).splitlines()
    assert lines[2] == "Text : " + "word " * 14      # a wrapped line keeps the word's blank
    assert lines[3] == "       " + "word " * 5 + "word"
    assert lines[4] == "B    : 1"


def test_small_object_after_a_list_is_shown_as_a_list_too():
    out = render([obj(*FIVE), obj(("a", 1))])
    assert out.endswith(text("Note    : ", "", "a : 1", "", "", ""))


# --- enumeration limit -----------------------------------------------------------------------

def _tags(values, limit):
    return render([obj(("Tags", values), ("B", 1), ("C", 2), ("D", 3), ("E", 4))],
                  enumeration_limit=limit).splitlines()[2]


def test_enumeration_limit():
    assert _tags([1, 2, 3, 4, 5], 4) == "Tags : {1, 2, 3, 4...}"
    assert _tags([1, 2, 3, 4], 4) == "Tags : {1, 2, 3, 4}"
    assert _tags([1, 2, 3, 4, 5], -1) == "Tags : {1, 2, 3, 4, 5}"
    assert _tags([1, 2], 0) == "Tags : {...}"
    assert _tags([], 4) == "Tags : {}"
    assert _tags([1, None], 4) == "Tags : {1, $null}"
    assert _tags([[1, 2], "x y"], 4) == "Tags : {1 2, x y}"


# --- views -----------------------------------------------------------------------------------

PARTNER = "Microsoft.Rtc.Management.Xds.XmppAllowedPartner"
PARTNER_VIEW = View(PARTNER, "table", columns=(
    Column("Identity", width=12), Column("Kind", "PartnerType", width=8, alignment="Right")))


def test_registered_table_view_with_fixed_widths():
    views = ViewRegistry([PARTNER_VIEW])
    p = obj(("Identity", "a.org"), ("PartnerType", "Federated"), ("Extra", 1), ("More", 2), ("X", 3),
            type_name=PARTNER)
    # the right-aligned cell is cut on the left
    assert render([p], views=views) == text(
        "", "Identity         Kind", "--------         ----", "a.org        ...rated", "", "")


def test_object_of_another_type_inside_a_view_table_is_an_out_of_band_list():
    views = ViewRegistry([PARTNER_VIEW])
    p = obj(("Identity", "a.org"), ("PartnerType", "Public"), type_name=PARTNER)
    other = obj(("x", 1))
    assert render([p, other, p], views=views) == text(
        "", "Identity         Kind", "--------         ----", "a.org          Public",
        "", "x : 1", "",
        "a.org          Public", "", "")


def test_list_view_shows_its_properties_in_its_order_even_missing_ones():
    tn = "Microsoft.Rtc.Management.WritableConfig.Policy.Voice.VoicePolicy"
    views = ViewRegistry([View(tn, "list", properties=("Identity", "Description", "Missing"))])
    p = obj(("description", "d"), ("identity", "Global"), type_name=tn)
    assert render([p], views=views) == text(
        "", "", "identity    : Global", "description : d", "Missing     : ", "", "", "")


def test_view_with_group_by_frames_each_group_header():
    tn = "Test.Item"
    views = ViewRegistry([View(tn, "table", columns=(Column("N"),), group_by="Kind")])
    items = [obj(("N", 1), ("Kind", "a"), type_name=tn), obj(("N", 2), ("Kind", "a"), type_name=tn),
             obj(("N", 3), ("Kind", "b"), type_name=tn)]
    assert render(items, views=views) == text(
        "", "", "   Kind: a", "", "N", "-", "1", "2", "",
        "", "   Kind: b", "", "N", "-", "3", "", "")


def test_nested_array_shows_the_array_properties():
    assert render([[[1, 2]]]) == text(
        "", "",
        "Length         : 2", "LongLength     : 2", "Rank           : 1", "SyncRoot       : {1, 2}",
        "IsReadOnly     : False", "IsFixedSize    : True", "IsSynchronized : False", "Count          : 2",
        "", "", "")


def test_out_default_can_be_used_for_several_statement_lists():
    parts: list[str] = []
    out = OutDefault(parts.append)
    out.push(obj(("a", 1)))
    out.close()
    out.push("x")
    out.close()
    assert "".join(parts) == text("", "a", "-", "1", "", "", "x")

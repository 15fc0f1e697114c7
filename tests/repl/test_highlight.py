"""Colouring from pyshell's own parser: every token kind, unknown commands, parse errors, and text
the parser never reached."""
from __future__ import annotations

import pytest

from pyshell.repl.highlight import highlight
from pyshell.repl.scan import Structure, scan

KNOWN = {"get-csxmppallowedpartner", "where-object", "get-date", "get-csadminrole"}


def styles(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for style, piece in highlight(text, lambda name: name.lower() in KNOWN):
        if piece.strip():
            out.setdefault(piece.strip(), style)
    return out


def test_example_four():
    s = styles('Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"}')
    assert s["Get-CsXmppAllowedPartner"] == "command"
    assert s["|"] == "operator"
    assert s["Where-Object"] == "command"
    assert s["$_"] == "variable"
    assert s["SaslNegotiation"] == "member"
    assert s["-eq"] == "operator"
    assert s['"Required"'] == "string"


def test_parameters_numbers_comments_keywords_types():
    s = styles("Get-CsAdminRole -Filter '*Voice*' 42 # a note")
    assert (s["-Filter"], s["'*Voice*'"], s["42"], s["# a note"]) == ("parameter", "string", "number", "comment")
    s = styles("if ($x) { [int]$y = 5 } else { return 1 } <# block #>")
    assert s["if"] == s["else"] == s["return"] == "keyword"
    assert s["[int]"] == "type"
    assert s["<# block #>"] == "comment"


def test_variables_and_subexpressions_inside_strings():
    runs = highlight('"Hi $name, it is $(Get-Date)"', lambda n: n.lower() in KNOWN)
    assert ("variable", "$name") in runs
    assert ("command", "Get-Date") in runs
    assert ("string", '"Hi ') in runs


def test_unknown_commands_are_marked_before_enter():
    s = styles("Get-CsXmppAllowedPartnr -Identity x")
    assert s["Get-CsXmppAllowedPartnr"] == "unknown-command"
    s = styles("function Get-Mine { 1 }; Get-Mine")
    assert s["Get-Mine"] == "command"


def test_without_a_command_check_nothing_is_unknown():
    assert ("command", "Get-Anything") in highlight("Get-Anything")


def test_a_parse_error_is_marked_and_the_rest_still_coloured():
    runs = highlight("Get-CsAdminRole ) -Filter 'x'", lambda n: True)
    assert ("default error", ")") in runs
    assert ("parameter", "-Filter") in runs
    assert ("string", "'x'") in runs


def test_incomplete_input_is_not_an_error():
    runs = highlight("Get-CsAdminRole | Where-Object {$_.Is", lambda n: True)
    assert not any("error" in style for style, _ in runs)
    assert ("string", "'open") in highlight("Write-Output 'open", lambda n: True)


def test_runs_cover_the_text_exactly():
    text = "$a = @{ k = 1 }\n# c\n$a.k -gt 0 | % { $_ }\n"
    assert "".join(piece for _, piece in highlight(text)) == text


@pytest.mark.parametrize("text", ["", "$", "@", "{", "}", "(((", "'", '"$(', "[int", "@{a=", "`", "<#",
                                  "foreach ($x in $", "a | | b", "$x.", "&", "-", "\u2013eq", "@'\n", "1..",
                                  "[Parameter(", "function", "$(", "${", "\x00", "Get-CsAdminRole -"])
def test_never_raises(text):
    runs = highlight(text, lambda n: False)
    assert "".join(piece for _, piece in runs) == text


def test_structure_knows_the_open_block_and_its_command():
    structure = Structure(scan("Get-CsAdminRole | Where-Object {$_.Is").tokens)
    block = structure.enclosing_blocks()[0]
    assert block.owner.command_name == "Where-Object"
    assert block.owner.upstream.command_name == "Get-CsAdminRole"

"""Help of script files, .EXTERNALHELP files, and the MAML-to-object rules (maml.py)."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from pyshell.commands.maml import load_command, to_object
from pyshell.host import CaptureHost
from pyshell.shell import Shell


@pytest.fixture
def shell():
    s = Shell(CaptureHost(width=120), store=":memory:")
    yield s
    s.close()


def ps_quote(path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def test_a_scripts_help_is_the_block_at_its_top(shell, tmp_path):
    script = tmp_path / "tool.ps1"
    script.write_text("<#\n.SYNOPSIS\n    Does the tool's work.\n#>\n\n<#\n.SYNOPSIS\n    The function's.\n#>\n"
                      "function helper {}\n\n(Get-Help helper).Synopsis\n", encoding="utf-8")
    out = shell.run(f"$x = Get-Help {ps_quote(script)}; $x.Synopsis; $x.Category; $x.Name -eq {ps_quote(script)}; "
                    f"& {ps_quote(script)}").output
    assert out == "Does the tool's work.\nExternalScript\nTrue\nThe function's.\n"


def test_a_block_right_before_the_first_function_is_the_functions(shell, tmp_path):
    script = tmp_path / "near.ps1"
    script.write_text("# .SYNOPSIS\n#    Function help\nfunction foo { }\n(Get-Help foo).Synopsis\n", encoding="utf-8")
    out = shell.run(f"(Get-Help {ps_quote(script)}).Synopsis.Trim(); & {ps_quote(script)}").output
    assert out == f"{script}\nFunction help\n"


def test_a_scripts_parameters_are_in_its_help(shell, tmp_path):
    script = tmp_path / "sets.ps1"
    script.write_text("#requires -version 2.0\n\n# .Synopsis\n#   Two sets.\n[CmdletBinding()]\n"
                      "param([Parameter(ParameterSetName='A', Mandatory=$true)]$a,\n"
                      "      [Parameter(ParameterSetName='B', Mandatory=$true)]$b)\n", encoding="utf-8")
    out = shell.run(f"$x = Get-Help {ps_quote(script)}; $x.Synopsis; $x.parameters.parameter.Count; "
                    "@($x.syntax.syntaxItem).Count; $x.syntax.syntaxItem[0].parameter.required").output
    assert out == "Two sets.\n2\n2\ntrue\n"


def test_script_name_with_dash_question_mark_shows_its_help(shell, tmp_path):
    script = tmp_path / "q.ps1"
    script.write_text("<#\n.SYNOPSIS\n    Asked.\n#>\n'ran'\n", encoding="utf-8")
    assert shell.run(f"(& {ps_quote(script)} -?).Synopsis").output == "Asked.\n"


MAML = """<?xml version="1.0" encoding="utf-8" ?>
<helpItems schema="maml">
<command:command xmlns:maml="http://schemas.microsoft.com/maml/2004/10"
  xmlns:command="http://schemas.microsoft.com/maml/dev/command/2004/10"
  xmlns:dev="http://schemas.microsoft.com/maml/dev/2004/10">
  <command:details>
    <command:name>
        helpFunc5
    </command:name>
    <maml:description><maml:para>From the file.</maml:para></maml:description>
  </command:details>
</command:command>
</helpItems>
"""


def test_external_help_is_read_from_the_culture_folder_beside_the_script(shell, tmp_path):
    (tmp_path / "en-US").mkdir()
    (tmp_path / "en-US" / "Funcs.Help.xml").write_text(MAML, encoding="utf-8")
    script = tmp_path / "funcs.ps1"
    script.write_text("function helpFunc5 {\n    # .EXTERNALHELP funcs.help.xml\n}\n"
                      "function missing {\n    # .EXTERNALHELP nowhere.xml\n    param($a)\n}\n"
                      "(Get-Help helpFunc5).Synopsis\n(Get-Help missing).Synopsis.Trim()\n", encoding="utf-8")
    assert shell.run(f"& {ps_quote(script)}").output == "From the file.\nmissing [[-a] <Object>]\n"


def test_load_command_ignores_files_that_are_not_maml(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<not closed", encoding="utf-8")
    assert load_command(str(bad), "x", "Function") is None
    assert load_command(str(tmp_path / "absent.xml"), "x", "Function") is None


def test_maml_elements_become_objects_strings_and_paragraph_arrays():
    element = ET.fromstring(
        "<command xmlns:maml='m'><name> n </name><maml:description><maml:para> one </maml:para>"
        "<maml:para>two</maml:para></maml:description><item a='1'>x</item><item>y</item></command>")
    obj = to_object(element)
    assert obj.get("name") == "n"
    assert [p.get("Text") for p in obj.get("description")] == ["one\n", "two"]
    items = obj.get("item")
    assert len(items) == 2 and items[0].get("a") == "1" and items[0].string_form == "x" and items[1] == "y"
    assert obj.type_names == ["MamlCommandHelpInfo#command"]


def test_full_view_shows_inputs_outputs_and_notes(shell):
    out = shell.run("function f {\n<#\n.INPUTS\n    Strings.\n.OUTPUTS\n    Nothing.\n.NOTES\n    Careful.\n#>\n"
                    "param([int]$n = 3)\n}\nGet-Help f -Full").output
    assert "INPUTS\n    Strings.\n\n\nOUTPUTS\n    Nothing.\n\n\nNOTES\n\n\n        Careful.\n" in out
    assert "        Default value                3\n" in out
    assert "    -n <Int32>\n" in out and "Position?                    1\n" in out

"""pyshell/commands/help.py: syntax lines in PowerShell's notation, and the help views rendered
from the declarations."""
from __future__ import annotations

import pytest

from pyshell.commands import help as helpsys
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import PSObject, SwitchParameter
from pyshell.shell import Shell


class SetDemoThing(Cmdlet):
    """Changes a demo thing."""

    verb, noun = "Set", "DemoThing"
    default_set = "ByName"
    supports_should_process = True
    description = "First paragraph.\n\nSecond paragraph."
    online_uri = "https://example.org/set-demothing"

    name = Parameter(str, sets={"ByName": SetOptions(position=0, mandatory=True)}, help="The thing's name.")
    input_object = Parameter(PSObject, sets={"ByObject": SetOptions(mandatory=True, pipeline=True)},
                             help="The thing itself.")
    count = Parameter(int, position=1, help="How many.")
    tags = Parameter(ListOf(str), help="Labels.")
    force = Parameter(SwitchParameter, help="Do it anyway.")
    strict = Parameter(SwitchParameter, sets={"ByObject": SetOptions(mandatory=True)}, help="Be strict.")

    examples = (Example("Set-DemoThing a 2", "Sets a twice.", "done\n"),)


def test_syntax_lines_follow_powershell_order_and_brackets():
    lines = helpsys.syntax_lines("Set-DemoThing", SetDemoThing.metadata, True)
    assert lines == [
        "Set-DemoThing [-Name] <string> [[-Count] <int>] [-Tags <string[]>] [-Force] [-WhatIf] [-Confirm] "
        "[<CommonParameters>]",
        "Set-DemoThing [[-Count] <int>] -InputObject <psobject> -Strict [-Tags <string[]>] [-Force] [-WhatIf] "
        "[-Confirm] [<CommonParameters>]",
    ]


def test_help_syntax_names_the_dotnet_types():
    lines = helpsys.syntax_lines("Set-DemoThing", SetDemoThing.metadata, False, helpsys.help_type_name)
    assert lines[0] == ("Set-DemoThing [-Name] <String> [[-Count] <Int32>] [-Tags <String[]>] [-Force] "
                        "[<CommonParameters>]")


def test_command_syntax_sets_lines_off_with_blank_lines():
    text = helpsys.command_syntax(SetDemoThing)
    assert text.startswith("\nSet-DemoThing [-Name] <string>") and text.endswith("[<CommonParameters>]\n")
    assert text.count("\n\n") == 1


def test_the_default_view():
    text = helpsys.render(helpsys.cmdlet_topic(SetDemoThing), "default", width=200)
    assert text.startswith("\nNAME\n    Set-DemoThing\n\nSYNOPSIS\n    Changes a demo thing.\n\n\nSYNTAX\n")
    assert "DESCRIPTION\n    First paragraph.\n\n    Second paragraph.\n\n\nRELATED LINKS\n" in text
    assert "    Online Version: https://example.org/set-demothing\n" in text
    assert text.endswith('REMARKS\n    To see the examples, type: "get-help Set-DemoThing -examples".\n'
                         '    For more information, type: "get-help Set-DemoThing -detailed".\n'
                         '    For technical information, type: "get-help Set-DemoThing -full".\n'
                         '    For online help, type: "get-help Set-DemoThing -online"\n')
    assert "PARAMETERS" not in text and "EXAMPLE 1" not in text


def test_the_detailed_view_adds_parameters_and_examples():
    text = helpsys.render(helpsys.cmdlet_topic(SetDemoThing), "detailed", width=200)
    assert "PARAMETERS\n    -Name <String>\n        The thing's name.\n\n    -InputObject <PSObject>\n" in text
    assert "    -Force\n        Do it anyway.\n" in text
    assert "    <CommonParameters>\n" in text
    assert ("    -------------------------- EXAMPLE 1 --------------------------\n\n"
            "    PS C:\\>Set-DemoThing a 2\n    done\n\n    Sets a twice.\n") in text


def test_the_full_view_details_each_parameter():
    text = helpsys.render(helpsys.cmdlet_topic(SetDemoThing), "full", width=200)
    block = text[text.index("    -InputObject <PSObject>"):text.index("    -Count")]
    assert block.splitlines()[1:] == [
        "        The thing itself.", "", "        Required?                    true",
        "        Position?                    Named", "        Default value",
        "        Accept pipeline input?       true (ByValue)", "        Accept wildcard characters?  false", ""]
    assert "INPUTS\n    PSObject\n" in text
    assert "OUTPUTS\n    System.Object\n" in text


def test_the_examples_view_has_only_name_synopsis_and_examples():
    text = helpsys.render(helpsys.cmdlet_topic(SetDemoThing), "examples", width=200)
    assert "SYNTAX" not in text and "EXAMPLE 1" in text and "SYNOPSIS" in text


def test_long_lines_wrap_at_the_width_with_the_indent():
    text = helpsys.render(helpsys.cmdlet_topic(SetDemoThing), "default", width=60)
    syntax = text[text.index("SYNTAX\n"):text.index("DESCRIPTION")]
    assert all(len(line) <= 60 for line in syntax.splitlines())
    assert all(line.startswith("    ") for line in syntax.splitlines()[1:] if line)


def test_about_topics_are_found_with_their_short_descriptions():
    files = helpsys.about_files()
    assert {"about_pyshell", "about_pyshell_demo_organisation", "about_pyshell_store"} <= set(files)
    topic = helpsys.about_topic(files["about_pyshell_store"])
    assert topic.category == "HelpFile"
    assert topic.synopsis.startswith("Where the simulated Central Management store lives")


@pytest.mark.parametrize("view", ["default", "detailed", "full", "examples"])
def test_every_registered_command_renders_in_every_view(view):
    shell = Shell(store=":memory:")
    try:
        for cls in shell.context.commands.cmdlets.values():
            text = helpsys.render(helpsys.cmdlet_topic(cls), view)
            assert text.startswith(f"\nNAME\n    {cls.command_name()}\n"), cls.command_name()
    finally:
        shell.close()

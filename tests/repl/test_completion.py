"""Tab completion, driven only by command declarations and live session state (no REPL needed)."""
from __future__ import annotations

import os
import sys
import types

import pytest

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.module import Module
from pyshell.commands.parameters import Parameter, SetOptions
from pyshell.repl.completion import complete
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import SwitchParameter, enum_type
from pyshell.shell import Shell

Flavor = enum_type("Contoso.Flavor", ["Vanilla", "Chocolate", "Strawberry"])
GADGET_TYPE = "Contoso.Gadget"


class SetGadget(Cmdlet):
    """Changes a gadget."""

    verb, noun = "Set", "Gadget"
    default_set = "ByName"
    output_types = (GADGET_TYPE,)
    supports_should_process = True
    name = Parameter(str, sets={"ByName": SetOptions(position=0, mandatory=True)}, value_hint="gadget")
    id = Parameter(int, sets={"ById": SetOptions(position=0, mandatory=True)})
    flavor = Parameter(Flavor, position=1)
    enabled = Parameter(bool)
    tags = Parameter(ListOf(Flavor))
    config_file = Parameter(str, value_hint="path")
    quiet = Parameter(SwitchParameter)
    hidden_thing = Parameter(str, dont_show=True)


def _gadget_names(context, command, parameter, word):
    assert command is SetGadget and parameter is SetGadget.name
    return [item for item in [("alpha one", "the first"), ("beta", "the second"), "gamma"]
            if (item[0] if isinstance(item, tuple) else item).startswith(word)]


_module = types.ModuleType("tests_completion_gadgets")
_module.MODULE = Module(name="Gadgets", cmdlets=(SetGadget,), aliases={"sg": "Set-Gadget"},
                        completers={"gadget": _gadget_names},
                        type_properties={GADGET_TYPE: ("Name", "Flavor", "Size")})
sys.modules.setdefault(_module.__name__, _module)


@pytest.fixture(scope="module")
def shell():
    s = Shell(store=":memory:", modules=("cmdlets.core", "cmdlets.lync", "cmdlets.psreadline", _module.__name__))
    s.execute("$partners = Get-CsXmppAllowedPartner; $table = @{ Alpha = 1 }; $myCounter = 'abc'; "
              "function Get-Thing { param([string]$Label, [switch]$Loud) $Label }")
    yield s
    s.close()


def texts(shell, line, cursor=None):
    return [c.text for c in complete(line, len(line) if cursor is None else cursor, shell.context)]


# -- the issue's example ---------------------------------------------------------------------------

def test_dollar_underscore_members_from_the_upstream_output_type(shell):
    line = "Get-CsXmppAllowedPartner | Where-Object {$_.Sa"
    found = complete(line, len(line), shell.context)
    assert [c.text for c in found] == ["SaslNegotiation"]
    assert found[0].start == line.index("Sa")


def test_nothing_runs_to_complete_dollar_underscore(shell, monkeypatch):
    from cmdlets.lync.get_cs_xmpp_allowed_partner import GetCsXmppAllowedPartner

    def explode(self):
        raise AssertionError("completion ran the command")
    monkeypatch.setattr(GetCsXmppAllowedPartner, "process", explode)
    assert "Domain" in texts(shell, "Get-CsXmppAllowedPartner | ForEach-Object { $_.")


def test_dollar_underscore_through_filters_and_nested_blocks(shell):
    assert texts(shell, "Get-CsAdminRole | Where-Object {$_.IsStandardRole} | ForEach-Object { $_.Cm") == ["Cmdlets"]
    assert texts(shell, "Get-CsAdminRole | Where-Object { if ($x) { $_.Is") == ["IsStandardRole"]
    assert texts(shell, "$partners | Where-Object { $_.Conn") == ["ConnectionLimit"]
    assert texts(shell, "Set-Gadget x | Where-Object { $_.") == ["Flavor", "Name", "Size"]
    assert texts(shell, "Where-Object { $_.") == []


# -- commands ----------------------------------------------------------------------------------------

def test_commands_aliases_and_functions(shell):
    assert texts(shell, "Get-CsXmppA") == ["Get-CsXmppAllowedPartner"]
    assert "sg" in texts(shell, "s") and "Set-Gadget" in texts(shell, "s")
    assert texts(shell, "Get-Thi") == ["Get-Thing"]
    wild = texts(shell, "*-CsAdminR*")
    assert "Get-CsAdminRole" in wild and all("-CsAdminR" in name for name in wild)
    assert texts(shell, "Get-CsAdminRole | Where-Obj") == ["Where-Object"]
    assert texts(shell, "Get-CsAdminRole; Get-CsXmppA") == ["Get-CsXmppAllowedPartner"]


# -- parameters ------------------------------------------------------------------------------------

def test_parameters_of_the_possible_sets_not_given_yet(shell):
    every = texts(shell, "Set-Gadget -")
    assert every[:7] == ["-Name", "-Id", "-Flavor", "-Enabled", "-Tags", "-ConfigFile", "-Quiet"]
    assert "-HiddenThing" not in every
    assert "-Verbose" in every and "-WhatIf" in every and "-Confirm" in every
    after_name = texts(shell, "Set-Gadget -Name x -")
    assert "-Id" not in after_name and "-Name" not in after_name and "-Flavor" in after_name
    assert texts(shell, "Set-Gadget -Fl") == ["-Flavor"]
    assert texts(shell, "Get-CsAdminRole -Filter x -") [:1] == ["-LocalStore"]
    assert texts(shell, "Get-Thing -") [:2] == ["-Label", "-Loud"]


# -- values ----------------------------------------------------------------------------------------

def test_enum_members(shell):
    assert texts(shell, "Set-Gadget -Flavor ") == ["Chocolate", "Strawberry", "Vanilla"]
    assert texts(shell, "Set-Gadget -Flavor s") == ["Strawberry"]
    assert texts(shell, "Set-Gadget -Tags v") == ["Vanilla"]
    assert texts(shell, "Set-Gadget -Flavor:ch") == ["Chocolate"]
    assert texts(shell, "Set-Gadget -Flavor 'c") == ["'Chocolate'"]
    assert texts(shell, "Set-Gadget thing ") == ["Chocolate", "Strawberry", "Vanilla"]   # position 1


def test_booleans(shell):
    assert texts(shell, "Set-Gadget -Enabled ") == ["$true", "$false"]
    assert texts(shell, "Set-Gadget -Enabled $f")[0] == "$false"      # and the variables like it
    assert texts(shell, "Set-Gadget -Quiet:") == ["$true", "$false"]


def test_module_completer_values_are_quoted_when_needed(shell):
    found = complete("Set-Gadget -Name ", 17, shell.context)
    assert [(c.text, c.display, c.meta) for c in found] == [
        ("'alpha one'", "alpha one", "the first"), ("beta", "beta", "the second"), ("gamma", "gamma", "")]
    assert texts(shell, "Set-Gadget b") == ["beta"]        # the positional parameter


def test_lync_identities_and_roles(shell):
    assert texts(shell, "Get-CsXmppAllowedPartner -Identity xmpp.contoso.c") == ["xmpp.contoso.com"]
    assert texts(shell, 'Get-CsXmppAllowedPartner -Identity "xmpp.f') == ['"xmpp.fabrikam.org"', '"xmpp.fabrikam.com"']
    assert texts(shell, "Get-CsAdminRole cshelp") == ["CsHelpDesk"]


def test_too_many_values_are_cut_short_and_counted(shell, monkeypatch):
    import pyshell.repl.completion as engine
    from cmdlets.lync import completion as lync
    assert complete("Set-Gadget -Name ", 17, shell.context).total is None
    monkeypatch.setattr(engine, "MAX_VALUES", 2)           # a completer that offers too many
    found = complete("Set-Gadget -Name ", 17, shell.context)
    assert [c.text for c in found] == ["'alpha one'", "beta"] and found.total == 3
    monkeypatch.undo()
    monkeypatch.setattr(lync, "IDENTITY_LIMIT", 3)         # one that stops by itself and counts
    line = "Get-CsXmppAllowedPartner -Identity xmpp."
    found = complete(line, len(line), shell.context)
    shell.execute('$xmppCount = @(Get-CsXmppAllowedPartner -Filter "xmpp.*").Count')
    assert shell.context.get_var("xmppcount") > 3
    assert len(found) == 3 and found.total == shell.context.get_var("xmppcount")
    assert [c.text for c in found] == sorted((c.text for c in found), key=str.lower)


def test_paths(shell, tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "my dir").mkdir()
    base = str(tmp_path) + os.sep
    assert texts(shell, f"Set-Gadget -ConfigFile {base}no") == [f"{base}notes.txt"]
    assert texts(shell, f"Set-Gadget -ConfigFile {base}my") == [f"'{base}my dir{os.sep}'"]


# -- variables and members -----------------------------------------------------------------------------

def test_variables(shell):
    assert texts(shell, "$myC") == ["$myCounter"]
    assert texts(shell, "$PSVers") == ["$PSVersionTable"]
    assert "$true" in texts(shell, "$t")
    assert texts(shell, "$env:PAT") == ["$env:PATH"]
    assert "$_" in texts(shell, "Get-CsAdminRole | Where-Object { $")


def test_members_of_live_values(shell):
    assert texts(shell, "$myCounter.Len") == ["Length"]
    assert texts(shell, "$myCounter.ToUp") == ["ToUpper()", "ToUpperInvariant()"]
    assert "Alpha" in texts(shell, "$table.")
    assert texts(shell, "$partners.SaslN") == ["SaslNegotiation"]
    assert texts(shell, "Write-Output $partners.Ident") == ["Identity"]
    assert texts(shell, "$nothingHere.") == []


def test_static_members_of_a_type_literal(shell):
    assert texts(shell, "[math]::Ro") == ["Round("]
    assert texts(shell, "[ConsoleColor]::DarkR") == ["DarkRed"]
    assert texts(shell, "$p = [Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.SaslNegotiation]::R") \
        == ["Required"]
    assert "IsNullOrEmpty(" in texts(shell, "[string]::")
    assert texts(shell, "[NoSuchType]::") == []


def test_operators_in_expressions(shell):
    assert texts(shell, "Where-Object {$_.X -ma") == ["-match"]
    assert "-notlike" in texts(shell, "$a -not")


def test_no_completion_inside_a_comment(shell):
    assert texts(shell, "Get-CsAdminRole # Get-Cs") == []


def test_bad_input_never_raises(shell):
    for line in ["", "$", "@", "-", "{", "}", "(((", "'", '"$(', "Get-CsAdminRole -Identity )", "[int", "@{a=",
                 "foreach ($x in $", "function f {", "Get-Thing |  | x", "`", "$x.", "$_.Name.", "& ", ". "]:
        complete(line, len(line), shell.context)


def test_the_issue_value_examples_on_the_real_lync_cmdlets(shell):
    assert texts(shell, "Set-CsXmppAllowedPartner -SaslNegotiation ") == ["NotSupported", "Optional", "Required"]
    assert texts(shell, "Set-CsXmppAllowedPartner -Identity xmpp.contoso.c") == ["xmpp.contoso.com"]
    assert texts(shell, "Set-CsXmppAllowedPartner xmpp.contoso.com -EnableKeepAlive ") == ["$true", "$false"]


def test_relative_paths_complete_from_the_sessions_location(shell, tmp_path):
    (tmp_path / "loc").mkdir()
    (tmp_path / "loc" / "inside.txt").write_text("x")
    before = shell.context.location
    shell.run(f"Set-Location '{tmp_path / 'loc'}'")
    try:
        assert texts(shell, f"Set-Gadget -ConfigFile .{os.sep}ins") == [f".{os.sep}inside.txt"]
    finally:
        shell.run(f"Set-Location '{before}'")

"""The documented examples, run through the whole shell against a throw-away store."""
from __future__ import annotations

import re

import pytest

from pyshell.shell import Shell


@pytest.fixture
def shell():
    sh = Shell(store=":memory:")
    yield sh
    sh.context.close()


def identities(text: str) -> list[str]:
    return re.findall(r"^Identity\s*: (\S+)", text, re.MULTILINE)


def test_identity_example(shell):
    r = shell.run('Get-CsXmppAllowedPartner -Identity "xmpp.contoso.com"')
    assert identities(r.output) == ["xmpp.contoso.com"] and not r.errors
    assert "PartnerType                : Federated" in r.output


def test_filter_example_as_printed_fails_like_powershell(shell):
    r = shell.run('Get-CsXmppAllowedPartner - Filter "*.org"')
    assert "A positional parameter cannot be found that accepts argument 'Filter'." in r.errors
    assert "PositionalParameterNotFound" in r.errors


def test_filter_without_the_stray_space(shell):
    r = shell.run('Get-CsXmppAllowedPartner -Filter "*.org"')
    assert identities(r.output) == ["xmpp.contoso.org", "xmpp.fabrikam.org", "jabber.litwareinc.org",
                                    "chat.tailspintoys.org"]


def test_empty_identity_gets_the_binding_error_and_our_hint(shell):
    r = shell.run('Get-CsXmppAllowedPartner -Identity ""')
    assert "Cannot bind parameter 'Identity'" in r.errors
    assert "Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity" in r.errors
    assert 'Get-CsXmppAllowedPartner -Identity "xmpp.contoso.com"' in r.errors
    assert not r.output.strip()


def test_where_sasl_required(shell):
    r = shell.run('Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"}')
    assert identities(r.output) == ["xmpp.contoso.com", "xmpp.adatum.com", "xmpp.northwindtraders.com",
                                    "im.wingtiptoys.com"]


def test_roles_holding_get_xmpp_partner_with_en_dash(shell):
    r = shell.run('Get-CsAdminRole | Where-Object {$_.Cmdlets \u2013match "Get-CsXmppAllowedPartner"}')
    assert identities(r.output) == ["CsAdministrator", "CsServerAdministrator", "CsViewOnlyAdministrator",
                                    "CsHelpDesk", "RedmondHelpDesk"]


def test_roles_holding_new_xmpp_partner(shell):
    r = shell.run('Get-CsAdminRole | Where-Object {$_.Cmdlets \u2013match "New-CsXmppAllowedPartner"}')
    assert identities(r.output) == ["CsAdministrator"]


def test_set_csuser_word_boundary(shell):
    r = shell.run('Get-CsAdminRole | Where-Object {$_.Cmdlets -match "Set-CsUser\\b"}')
    assert identities(r.output) == ["CsAdministrator", "CsUserAdministrator"]


def test_contains_compares_cmdlet_names(shell):
    r = shell.run('Get-CsAdminRole | Where-Object {$_.Cmdlets -contains "Lock-CsClientPin"}')
    assert identities(r.output) == ["CsAdministrator", "CsUserAdministrator", "CsHelpDesk", "RedmondHelpDesk"]


def test_voice_filter_and_custom_roles(shell):
    assert identities(shell.run('Get-CsAdminRole -Filter "*Voice*"').output) == [
        "CsVoiceAdministrator", "RedmondVoiceAdministrators"]
    assert identities(shell.run('Get-CsAdminRole | Where-Object {$_.IsStandardRole -eq $False}').output) == [
        "RedmondVoiceAdministrators", "RedmondHelpDesk"]


def test_user_scopes_example_as_printed_matches_nothing(shell):
    r = shell.run('Get-CsAdminRole | Where-Object {$_.UserScopes -match "OU: ou=Redmond,dc=litwareinc,dc=com"}')
    assert not r.output.strip() and not r.errors


def test_unknown_identity_error_text(shell):
    r = shell.run('Get-CsXmppAllowedPartner -Identity "nowhere.example"')
    assert 'Cannot find an XMPP allowed partner with the Identity "nowhere.example"' in r.errors
    assert "ObjectNotFound" in r.errors

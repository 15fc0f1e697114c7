"""New-, Set- and Remove-CsXmppAllowedPartner through the whole shell, on a throw-away store."""
from __future__ import annotations

import re

import pytest

from pyshell.host import CaptureHost
from pyshell.shell import Shell


def props(shell, identity: str) -> dict[str, str]:
    r = shell.run(f'Get-CsXmppAllowedPartner -Identity "{identity}"')
    assert not r.errors, r.errors
    return dict(re.findall(r"^(\w+)\s*: ?(.*)$", r.output, re.MULTILINE))


def identities(shell) -> list[str]:
    return re.findall(r"^Identity\s*: (\S+)", shell.run("Get-CsXmppAllowedPartner").output, re.MULTILINE)


# --- New ------------------------------------------------------------------------------------------

def test_new_with_identity_takes_the_documented_defaults_and_shows_the_partner(shell):
    r = shell.run('New-CsXmppAllowedPartner -Identity "contoso.net"')
    assert "Identity                   : contoso.net" in r.output
    p = props(shell, "contoso.net")
    assert p["Domain"] == "contoso.net" and p["AdditionalDomains"] == "{}"
    assert (p["PartnerType"], p["TlsNegotiation"], p["SaslNegotiation"]) == ("PublicUnverified", "Required",
                                                                            "Required")
    assert p["SupportDialbackNegotiation"] == "True" and p["EnableKeepAlive"] == "True"
    assert p["ConnectionLimit"] == "" and p["Description"] == ""


def test_new_with_domain_and_every_setting(shell):
    r = shell.run('New-CsXmppAllowedPartner -Domain "fabrikam.com" -AdditionalDomains "fabrikam2.com","fabrikam3.com" '
                  '-Description "Fabrikam" -ProxyFqdn proxy.fabrikam.com -PartnerType federated '
                  '-ConnectionLimit 30 -TlsNegotiation optional -SaslNegotiation NOTSUPPORTED '
                  '-SupportDialbackNegotiation $true -EnableKeepAlive $false')
    assert not r.errors, r.errors
    p = props(shell, "fabrikam.com")
    assert p["AdditionalDomains"] == "{fabrikam2.com, fabrikam3.com}"
    assert (p["PartnerType"], p["TlsNegotiation"], p["SaslNegotiation"]) == ("Federated", "Optional",
                                                                            "NotSupported")
    assert p["ConnectionLimit"] == "30" and p["ProxyFqdn"] == "proxy.fabrikam.com"
    assert p["EnableKeepAlive"] == "False" and p["Description"] == "Fabrikam"


def test_new_identity_by_position(shell):
    r = shell.run("New-CsXmppAllowedPartner talk.example.org -TlsNegotiation NotSupported "
                  "-SaslNegotiation NotSupported -EnableKeepAlive $false -SupportDialbackNegotiation $true")
    assert not r.errors
    assert props(shell, "talk.example.org")["TlsNegotiation"] == "NotSupported"


def test_identity_and_domain_cannot_be_combined(shell):
    r = shell.run('New-CsXmppAllowedPartner -Identity a.com -Domain a.com')
    assert "AmbiguousParameterSet" in r.errors


def test_a_bad_enum_value_lists_the_valid_ones(shell):
    r = shell.run('New-CsXmppAllowedPartner x.com -PartnerType Trusted')
    assert "Federated, PublicVerified, PublicUnverified" in r.errors
    assert "CannotConvertArgumentNoMessage" in r.errors
    assert "x.com" not in identities(shell)


def test_a_bad_domain_name_is_refused(shell):
    r = shell.run('New-CsXmppAllowedPartner "not a domain"')
    assert "is not a valid domain name" in r.errors
    r = shell.run('New-CsXmppAllowedPartner ok.com -AdditionalDomains "bad..com"')
    assert "is not a valid domain name" in r.errors and "ok.com" not in identities(shell)


def test_creating_a_partner_that_exists_is_an_error(shell):
    before = props(shell, "gmail.com")
    r = shell.run('New-CsXmppAllowedPartner GMAIL.com -PartnerType Federated')
    assert "already exists" in r.errors and "DuplicateXmppAllowedPartner" in r.errors
    assert "Set-CsXmppAllowedPartner" in r.errors            # the hint
    assert props(shell, "gmail.com") == before


@pytest.mark.parametrize("tls,sasl", [("Required", "NotSupported"), ("Optional", "NotSupported"),
                                      ("NotSupported", "NotSupported"), ("NotSupported", "Required"),
                                      ("NotSupported", "Optional")])
def test_the_five_invalid_rows_are_refused_with_the_rule(shell, tls, sasl):
    r = shell.run(f"New-CsXmppAllowedPartner bad.example.com -TlsNegotiation {tls} -SaslNegotiation {sasl} "
                  f"-SupportDialbackNegotiation $false")
    assert "InvalidNegotiationSettings" in r.errors
    assert "is not a valid combination" in r.errors
    assert "bad.example.com" not in identities(shell)


def test_a_flagged_row_is_saved_with_a_warning(shell):
    r = shell.run("New-CsXmppAllowedPartner ok.example.com -TlsNegotiation Optional")
    assert "WARNING: ok.example.com: SASL needs TLS" in r.errors
    assert "ok.example.com" in identities(shell)
    r = shell.run("New-CsXmppAllowedPartner quiet.example.com -SupportDialbackNegotiation $false")
    assert not r.errors                                      # row 2: nothing to say


def test_in_memory_then_set_instance(shell):
    r = shell.run('$x = New-CsXmppAllowedPartner -Identity mem.example.com -InMemory; '
                  '$x.Description = "kept in memory"; $x.PartnerType')
    assert r.output == "PublicUnverified\n"
    assert "mem.example.com" not in identities(shell)        # nothing saved yet
    r = shell.run('Set-CsXmppAllowedPartner -Instance $x -ConnectionLimit 7')
    assert r.errors.startswith("WARNING: mem.example.com: With TlsNegotiation and SaslNegotiation both Required")
    p = props(shell, "mem.example.com")
    assert p["Description"] == "kept in memory" and p["ConnectionLimit"] == "7"


def test_set_instance_refuses_a_bad_edit_and_other_objects(shell):
    r = shell.run('$x = Get-CsXmppAllowedPartner gmail.com; $x.ConnectionLimit = "many"; '
                  'Set-CsXmppAllowedPartner -Instance $x')
    assert "InvalidPartnerProperty" in r.errors and "System.UInt32" in r.errors
    assert props(shell, "gmail.com")["ConnectionLimit"] == ""
    r = shell.run("Set-CsXmppAllowedPartner -Instance (Get-CsAdminRole CsHelpDesk)")
    assert "InvalidInstance" in r.errors


# --- Set ------------------------------------------------------------------------------------------

def test_set_changes_only_what_is_named(shell):
    before = props(shell, "contoso.com")
    r = shell.run('Set-CsXmppAllowedPartner -Identity "contoso.com" -SupportDialbackNegotiation $False')
    assert r.output == "" and not r.errors
    after = props(shell, "contoso.com")
    assert after.pop("SupportDialbackNegotiation") == "False"
    before.pop("SupportDialbackNegotiation")
    assert after == before


def domains(shell, identity: str) -> str:
    return shell.run(f'(Get-CsXmppAllowedPartner "{identity}").AdditionalDomains -join ","').output.strip()


def test_additional_domains_list_modifiers(shell):
    assert domains(shell, "contoso.com") == "europe.contoso.com,asia.contoso.com"
    shell.run('Set-CsXmppAllowedPartner -Identity "contoso.com" -AdditionalDomains @{Add="na.contoso.com"}')
    assert domains(shell, "contoso.com") == "europe.contoso.com,asia.contoso.com,na.contoso.com"
    shell.run('Set-CsXmppAllowedPartner -Identity "contoso.com" -AdditionalDomains @{Remove="europe.contoso.com"}')
    assert domains(shell, "contoso.com") == "asia.contoso.com,na.contoso.com"
    shell.run('Set-CsXmppAllowedPartner contoso.com -AdditionalDomains @{Replace="x.contoso.com"}')
    assert domains(shell, "contoso.com") == "x.contoso.com"
    shell.run('Set-CsXmppAllowedPartner contoso.com -AdditionalDomains "a.contoso.com","b.contoso.com"')
    assert domains(shell, "contoso.com") == "a.contoso.com,b.contoso.com"
    shell.run('Set-CsXmppAllowedPartner -Identity "contoso.com" -AdditionalDomains $Null')
    assert domains(shell, "contoso.com") == ""


def test_removing_a_domain_that_is_not_there_warns(shell):
    r = shell.run('Set-CsXmppAllowedPartner contoso.com -AdditionalDomains @{Remove="nowhere.com"}')
    assert 'WARNING: contoso.com: "nowhere.com" was not in AdditionalDomains' in r.errors


def test_a_bad_list_modifier_key_is_a_binding_error(shell):
    r = shell.run('Set-CsXmppAllowedPartner contoso.com -AdditionalDomains @{Insert="x.com"}')
    assert "'Insert' is not valid" in r.errors and "CannotConvertArgumentNoMessage" in r.errors


def test_set_through_the_pipeline_changes_every_partner(shell):
    r = shell.run('Get-CsXmppAllowedPartner | Set-CsXmppAllowedPartner -SaslNegotiation "Required"')
    assert "Error" not in r.errors
    out = shell.run('Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -ne "Required"}').output
    assert out.strip() == ""


def test_set_refuses_an_invalid_combination_and_leaves_the_partner(shell):
    before = props(shell, "gmail.com")
    r = shell.run("Set-CsXmppAllowedPartner gmail.com -SupportDialbackNegotiation $false")
    assert "InvalidNegotiationSettings" in r.errors
    assert props(shell, "gmail.com") == before


def test_set_or_remove_a_partner_that_does_not_exist(shell):
    for command in ("Set-CsXmppAllowedPartner nothere.com -Description x", "Remove-CsXmppAllowedPartner nothere.com"):
        r = shell.run(command)
        assert 'Cannot find an XMPP allowed partner with the Identity "nothere.com"' in r.errors
        assert "XmppAllowedPartnerNotFound" in r.errors


def test_set_without_identity_says_what_to_give(shell):
    r = shell.run("Set-CsXmppAllowedPartner -Description x")
    assert "IdentityRequired" in r.errors


# --- Remove ---------------------------------------------------------------------------------------

def test_remove_by_identity(shell):
    r = shell.run('Remove-CsXmppAllowedPartner -Identity "contoso.com"')
    assert r.output == "" and not r.errors
    assert "contoso.com" not in identities(shell)


def test_remove_through_the_pipeline_binds_identity_by_property_name(shell):
    shell.run('Get-CsXmppAllowedPartner | Where-Object {$_.PartnerType -eq "PublicUnverified"} | '
              'Remove-CsXmppAllowedPartner')
    left = shell.run('Get-CsXmppAllowedPartner | Where-Object {$_.PartnerType -eq "PublicUnverified"}').output
    assert left.strip() == "" and len(identities(shell)) == 8
    shell.run("Get-CsXmppAllowedPartner | Remove-CsXmppAllowedPartner")
    assert identities(shell) == []


# --- ShouldProcess and the replica ---------------------------------------------------------------

def test_whatif_changes_nothing(shell):
    r = shell.run('Remove-CsXmppAllowedPartner contoso.com -WhatIf; '
                  'New-CsXmppAllowedPartner new.example.com -WhatIf; '
                  'Set-CsXmppAllowedPartner contoso.com -Description changed -WhatIf')
    assert r.output == ('What if: Performing the operation "Remove-CsXmppAllowedPartner" on target "contoso.com".\n'
                        'What if: Performing the operation "New-CsXmppAllowedPartner" on target "new.example.com".\n'
                        'What if: Performing the operation "Set-CsXmppAllowedPartner" on target "contoso.com".\n')
    assert "new.example.com" not in identities(shell)
    assert props(shell, "contoso.com")["Description"] == "Contoso headquarters"


def test_confirm_prompts_per_partner():
    sh = Shell(host=CaptureHost(answers=["y", "n"]), store=":memory:")
    try:
        r = sh.run('Get-CsXmppAllowedPartner | Where-Object {$_.Identity -in "contoso.com","gmail.com"} | '
                   'Remove-CsXmppAllowedPartner -Confirm')
        assert r.output.count("Are you sure you want to perform this action?") == 2
        assert 'on target "gmail.com"' in r.output and 'on target "contoso.com"' in r.output
        ids = re.findall(r"^Identity\s*: (\S+)", sh.run("Get-CsXmppAllowedPartner").output, re.MULTILINE)
        assert "gmail.com" not in ids and "contoso.com" in ids     # gmail.com comes first
    finally:
        sh.close()


def test_the_local_replica_lags_until_replication(shell):
    shell.run("Remove-CsXmppAllowedPartner gmail.com")
    assert "gmail.com" not in identities(shell)
    r = shell.run("Get-CsXmppAllowedPartner -LocalStore gmail.com")
    assert "Identity                   : gmail.com" in r.output

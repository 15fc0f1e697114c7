"""Users, external access policies, the XMPP gateway settings and Test-CsXmppIM."""
from __future__ import annotations

import pytest


from cmdlets.lync.user_filters import FilterError, ldap_filter, opath_filter


def out(shell, script: str) -> list[str]:
    r = shell.run(script)
    assert not r.errors, r.errors
    return [line for line in r.output.splitlines() if line.strip()]


# --- Get-CsUser -----------------------------------------------------------------------------------

def test_users_by_identity_in_every_form(shell):
    for form in ("Ken Myer", "kenmyer", "sip:kenmyer@litwareinc.com", "kenmyer@litwareinc.com",
                 "litwareinc\\kenmyer", "CN=Ken Myer,OU=Redmond,DC=litwareinc,DC=com", "Ken*"):
        assert out(shell, f'(Get-CsUser -Identity "{form}").SamAccountName') == ["kenmyer"], form
    r = shell.run('Get-CsUser -Identity "Nobody Here"')
    assert 'Management object not found for identity "Nobody Here".' in r.errors


def test_ldap_filter_ou_and_opath_filter(shell):
    assert out(shell, '(Get-CsUser -LdapFilter "l=Redmond").SamAccountName') == [
        "kenmyer", "pilarackerman", "davidlongmuir", "lisatoft"]
    assert out(shell, '(Get-CsUser -LdapFilter "Title=Sales Representative").SamAccountName') == ["kenmyer", "aaronlee"]
    assert out(shell, '(Get-CsUser -LdapFilter "(&(l=Redmond)(!(department=IT)))").SamAccountName') == [
        "kenmyer", "pilarackerman"]
    assert out(shell, '(Get-CsUser -OU "ou=US,dc=litwareinc,dc=com").SamAccountName') == [
        "jonathanhaas", "ellenadams", "testuser1"]
    no_policy = out(shell, '(Get-CsUser -Filter {ExternalAccessPolicy -eq $Null}).SamAccountName')
    assert "pilarackerman" not in no_policy and "kenmyer" in no_policy
    assert out(shell, '(Get-CsUser -Filter {DisplayName -like "*a*" -and ExternalAccessPolicy -ne $null}).SamAccountName') \
        == ["pilarackerman", "aaronlee", "ellenadams"]


def test_bad_filters_are_errors(shell):
    assert "InvalidFilter" in shell.run('Get-CsUser -Filter {Colour -eq "red"}').errors
    assert "InvalidFilter" in shell.run('Get-CsUser -LdapFilter "(&(l=Redmond)"').errors


def test_filter_parsers_directly():
    users = [{"City": "Redmond", "Title": "Sales Representative"}, {"City": "Chicago", "Title": "IT"}]
    assert [ldap_filter("(|(l=Chic*)(title=sales*))")(u) for u in users] == [True, True]
    assert [ldap_filter("title=*")(u) for u in users] == [True, True]
    pred = opath_filter("{City -eq 'Redmond' -or -not (Title -like 'I*')}", ("City", "Title"))
    assert [pred(u) for u in users] == [True, False]
    for bad in ("City -eq", "City Redmond", "(City -eq 1", "City -eq 1 extra"):
        with pytest.raises(FilterError):
            opath_filter(bad, ("City",))


# --- external access policies ----------------------------------------------------------------------

def test_policy_scopes_and_documented_layout(shell):
    r = shell.run("Get-CsExternalAccessPolicy -Identity Global")
    assert [line.rstrip() for line in r.output.strip().splitlines()] == [
        "Identity                          : Global", "Description                       :",
        "EnableFederationAccess            : False", "EnableXmppAccess                  : False",
        "EnablePublicCloudAccess           : False", "EnablePublicCloudAudioVideoAccess : False",
        "EnableOutsideAccess               : False"]   # the real output printed in the Lync 2013 docs
    assert out(shell, "(Get-CsExternalAccessPolicy -Identity site:Redmond).Identity") == ["Site:Redmond"]
    assert out(shell, "(Get-CsExternalAccessPolicy SalesAccessPolicy).Identity") == ["Tag:SalesAccessPolicy"]
    tags = out(shell, "(Get-CsExternalAccessPolicy -Filter tag:*).Identity")
    assert tags and all(t.startswith("Tag:") for t in tags)
    assert "ExternalAccessPolicyNotFound" in shell.run("Get-CsExternalAccessPolicy tag:Nope").errors
    assert "InvalidPolicyIdentity" in shell.run("Get-CsExternalAccessPolicy service:Nope").errors


def test_new_policy_rules(shell):
    assert out(shell, "(New-CsExternalAccessPolicy -Identity FedPic -EnableFederationAccess $true).Identity") == ["Tag:FedPic"]
    assert "DuplicateExternalAccessPolicy" in shell.run("New-CsExternalAccessPolicy -Identity site:Redmond").errors
    assert "GlobalPolicyExists" in shell.run("New-CsExternalAccessPolicy -Identity Global").errors
    assert "SiteNotFound" in shell.run("New-CsExternalAccessPolicy -Identity site:Atlantis").errors
    assert out(shell, "(New-CsExternalAccessPolicy -Identity site:portland).Identity") == ["Site:Portland"]


def test_in_memory_policy_committed_by_set_instance(shell):
    shell.run("$x = New-CsExternalAccessPolicy -Identity Memo -InMemory")
    assert "ExternalAccessPolicyNotFound" in shell.run("Get-CsExternalAccessPolicy Memo").errors
    out(shell, "$x.EnableFederationAccess = $True\n$x.EnableOutsideAccess = $True\nSet-CsExternalAccessPolicy -Instance $x")
    assert out(shell, "(Get-CsExternalAccessPolicy Memo).EnableOutsideAccess") == ["True"]


def test_set_through_the_pipeline_and_on_global_by_default(shell):
    out(shell, "Get-CsExternalAccessPolicy -Filter tag:* | Set-CsExternalAccessPolicy -EnableFederationAccess $True")
    assert set(out(shell, "(Get-CsExternalAccessPolicy -Filter tag:*).EnableFederationAccess")) == {"True"}
    assert out(shell, "(Get-CsExternalAccessPolicy Global).EnableFederationAccess") == ["False"]
    out(shell, "Set-CsExternalAccessPolicy -EnableXmppAccess $True")
    assert out(shell, "(Get-CsExternalAccessPolicy Global).EnableXmppAccess") == ["True"]


def test_remove_resets_global_and_clears_grants(shell):
    out(shell, "Set-CsExternalAccessPolicy -Identity global -EnableFederationAccess $true")
    out(shell, "Remove-CsExternalAccessPolicy -Identity global")
    assert out(shell, "(Get-CsExternalAccessPolicy Global).EnableFederationAccess") == ["False"]
    r = shell.run("Remove-CsExternalAccessPolicy -Identity RedmondAccessPolicy")
    assert "WARNING: 1 user(s) had Tag:RedmondAccessPolicy granted" in r.errors
    assert out(shell, "(Get-CsUser pilarackerman).ExternalAccessPolicy") == []


def test_grant_by_name_pipeline_and_null(shell):
    out(shell, 'Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName RedmondAccessPolicy')
    assert out(shell, '(Get-CsUser "Ken Myer").ExternalAccessPolicy') == ["RedmondAccessPolicy"]
    out(shell, 'Get-CsUser -LdapFilter "Title=Sales Representative" | Grant-CsExternalAccessPolicy -PolicyName SalesAccessPolicy')
    assert out(shell, '(Get-CsUser -Filter {ExternalAccessPolicy -eq "SalesAccessPolicy"}).SamAccountName') == [
        "kenmyer", "aaronlee"]
    out(shell, "Get-CsUser | Grant-CsExternalAccessPolicy -PolicyName $Null")
    assert out(shell, "(Get-CsUser -Filter {ExternalAccessPolicy -ne $Null}).Count") in (["0"], [])
    r = shell.run('Grant-CsExternalAccessPolicy kenmyer -PolicyName tag:SalesAccessPolicy')
    assert "without the Tag: prefix" in r.errors
    assert "ExternalAccessPolicyNotFound" in shell.run('Grant-CsExternalAccessPolicy kenmyer NoSuch').errors
    assert "UserNotFound" in shell.run('Grant-CsExternalAccessPolicy nobody SalesAccessPolicy').errors


# --- gateway and Test-CsXmppIM --------------------------------------------------------------------------

def test_gateway_settings(shell):
    assert out(shell, "(Get-CsXmppGatewayConfiguration).PartnerConnectionLimit") == ["20"]
    out(shell, 'Set-CsXmppGatewayConfiguration -Identity "global" -ConnectionLimit 1200')
    assert out(shell, "(Get-CsXmppGatewayConfiguration -Identity Global).ConnectionLimit") == ["1200"]
    out(shell, "Get-CsXmppGatewayConfiguration | Set-CsXmppGatewayConfiguration -KeepAliveInterval 120")
    assert out(shell, "(Get-CsXmppGatewayConfiguration).KeepAliveInterval") == ["120"]
    assert "XmppGatewaySettingsNotFound" in shell.run("Get-CsXmppGatewayConfiguration site:Redmond").errors
    assert "CannotConvertArgumentNoMessage" in shell.run("Set-CsXmppGatewayConfiguration -ConnectionLimit -1").errors


def result(shell, script: str) -> tuple[str, str, str]:
    lines = out(shell, f"$r = {script}; $r.Result; \"E:$($r.Error)\"; \"D:$($r.Diagnosis)\"")
    return lines[0], lines[1][2:], lines[2][2:]


DOC_TEST = 'Test-CsXmppIM -TargetFqdn "atl-cs-001.litwareinc.com" -Receiver "adelany@contoso.com"'


def test_xmpp_im_names_the_blocking_policy_then_succeeds_when_it_is_fixed(shell):
    res, error, diagnosis = result(shell, DOC_TEST)
    assert res == "Failure"
    assert "Site:Redmond" in error and "EnableXmppAccess False" in error
    assert 'Set-CsExternalAccessPolicy -Identity "Site:Redmond" -EnableXmppAccess $True' in diagnosis
    out(shell, "Set-CsExternalAccessPolicy -Identity site:Redmond -EnableXmppAccess $True")
    res, error, diagnosis = result(shell, DOC_TEST)
    assert (res, error) == ("Success", "")
    assert "contoso.com is an allowed Federated partner (authentication: SASL over TLS, TLS Dialback)" in diagnosis


def test_xmpp_im_per_user_policy_and_partner_checks(shell):
    sender = '-UserSipAddress "sip:pilarackerman@litwareinc.com"'    # Tag:RedmondAccessPolicy allows XMPP
    assert result(shell, f'Test-CsXmppIM -TargetFqdn atl-cs-001.litwareinc.com -Receiver x@asia.contoso.com {sender}')[0] \
        == "Success"
    res, error, _ = result(shell, f'Test-CsXmppIM -TargetFqdn atl-cs-001.litwareinc.com -Receiver a@nowhere.org {sender}')
    assert res == "Failure" and "nowhere.org is not an allowed XMPP partner" in error
    out(shell, "Remove-CsXmppAllowedPartner contoso.com")
    assert "contoso.com is not an allowed" in result(shell, DOC_TEST.replace(
        'Receiver "adelany@contoso.com"', f'Receiver "adelany@contoso.com" {sender}'))[1]
    out(shell, "Set-CsXmppGatewayConfiguration -PartnerConnectionLimit 0")
    _, error, _ = result(shell, f'Test-CsXmppIM -TargetFqdn atl-cs-001.litwareinc.com -Receiver a@gmail.com {sender}')
    assert "PartnerConnectionLimit is 0" in error


def test_xmpp_im_bad_pool_or_sender(shell):
    assert "PoolNotFound" in shell.run('Test-CsXmppIM -TargetFqdn nowhere.example.com -Receiver a@gmail.com').errors
    assert "NoTestUsers" in shell.run('Test-CsXmppIM -TargetFqdn pdx-cs-001.litwareinc.com -Receiver a@gmail.com').errors
    assert "UserNotFound" in shell.run('Test-CsXmppIM -TargetFqdn atl-cs-001.litwareinc.com -Receiver a@gmail.com '
                                       '-UserSipAddress sip:nobody@litwareinc.com').errors

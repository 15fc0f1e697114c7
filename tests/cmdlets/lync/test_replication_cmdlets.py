"""Get-CsManagementStoreReplicationStatus and Invoke-CsManagementStoreReplication: the local replica
lags behind the central store until replication runs."""
from __future__ import annotations

import datetime as dt

from pyshell.shell import Shell


def value(shell, script: str) -> str:
    r = shell.run(script)
    assert not r.errors, r.errors
    return r.output.strip()


def test_a_new_session_starts_up_to_date(shell):
    r = shell.run("Get-CsManagementStoreReplicationStatus")
    assert r.output.split() [:6] == ["UpToDate", ":", "True", "ReplicaFqdn", ":", "atl-cs-001.litwareinc.com"]
    assert [line.split(":")[0].strip() for line in r.output.strip().splitlines()] == [
        "UpToDate", "ReplicaFqdn", "LastStatusReport", "LastUpdateCreation", "ProductVersion"]
    assert value(shell, "(Get-CsManagementStoreReplicationStatus).ProductVersion") == "5.0.8308.0"
    assert value(shell, "(Get-CsManagementStoreReplicationStatus).GetType().FullName") == \
        "Microsoft.Rtc.Management.Xds.ReplicaState"


def test_a_change_makes_the_replica_stale_until_replication(shell):
    shell.run("Remove-CsXmppAllowedPartner gmail.com")
    assert value(shell, "(Get-CsManagementStoreReplicationStatus).UpToDate") == "False"
    stale = value(shell, "(Get-CsManagementStoreReplicationStatus | Where-Object {$_.UpToDate -eq $False}).ReplicaFqdn")
    assert stale == "atl-cs-001.litwareinc.com"
    assert "gmail.com" in value(shell, "(Get-CsXmppAllowedPartner -LocalStore).Identity")
    assert value(shell, "Invoke-CsManagementStoreReplication") == ""
    assert value(shell, "(Get-CsManagementStoreReplicationStatus).UpToDate") == "True"
    assert "gmail.com" not in value(shell, "(Get-CsXmppAllowedPartner -LocalStore).Identity")


def test_dates_compare_with_documented_strings(shell):
    assert value(shell, "(Get-CsManagementStoreReplicationStatus | "
                        "Where-Object {$_.LastUpdateCreation -lt '8/11/2010 8:00 PM'}) -eq $null") == "True"
    assert value(shell, "@(Get-CsManagementStoreReplicationStatus | "
                        "Where-Object {$_.LastUpdateCreation -gt '8/11/2010 8:00 PM'}).Count") == "1"
    shell.run("Set-CsXmppAllowedPartner contoso.com -Description later")
    status = shell.context.module_state("Lync").store.replication_status()
    assert isinstance(status.last_update_creation, dt.datetime)
    assert status.last_replicated <= status.last_update_creation


def test_one_replica_by_name_and_unknown_names(shell):
    r = shell.run("Get-CsManagementStoreReplicationStatus -ReplicaFqdn atl-cs-001.litwareinc.com")
    assert "atl-cs-001.litwareinc.com" in r.output and not r.errors
    for command in ("Get-CsManagementStoreReplicationStatus -ReplicaFqdn pdx.example.com",
                    "Invoke-CsManagementStoreReplication -ReplicaFqdn pdx.example.com"):
        r = shell.run(command)
        assert "ReplicaNotFound" in r.errors and "atl-cs-001.litwareinc.com" in r.errors


def test_piped_replica_states_bind_by_replica_fqdn(shell):
    shell.run("Remove-CsXmppAllowedPartner gmail.com")
    r = shell.run("Get-CsManagementStoreReplicationStatus | Invoke-CsManagementStoreReplication -Verbose")
    assert "VERBOSE: Replicated the Central Management store to atl-cs-001.litwareinc.com." in r.errors
    assert value(shell, "(Get-CsManagementStoreReplicationStatus).UpToDate") == "True"


def test_central_management_store_status(shell):
    r = shell.run("Get-CsManagementStoreReplicationStatus -CentralManagementStoreStatus")
    assert "ActiveMasterFqdn" in r.output and "ActiveFileTransferAgents" in r.output
    assert value(shell, "(Get-CsManagementStoreReplicationStatus -CentralManagementStoreStatus).ActiveMasterFqdn") \
        == "atl-cs-001.litwareinc.com"


def test_a_new_session_on_a_file_store_replicates(tmp_path):
    store = str(tmp_path / "cms.db")
    first = Shell(store=store)
    try:
        first.run("Remove-CsXmppAllowedPartner gmail.com")
        assert value(first, "(Get-CsManagementStoreReplicationStatus).UpToDate") == "False"
        second = Shell(store=store)
        try:
            assert value(second, "(Get-CsManagementStoreReplicationStatus).UpToDate") == "True"
        finally:
            second.close()
        # The second session's start brought the shared replica up to date for the first one too.
        assert "gmail.com" not in value(first, "(Get-CsXmppAllowedPartner -LocalStore).Identity")
    finally:
        first.close()


def test_a_fresh_demo_store_reports_its_snapshot_time_until_forced(shell):
    # The demo organisation arrives replicated as of its snapshot, so fresh stores report the same.
    assert value(shell, '"$((Get-CsManagementStoreReplicationStatus).LastStatusReport)"') == "01/07/2013 09:00:00"
    assert value(shell, '"$((Get-CsManagementStoreReplicationStatus).LastUpdateCreation)"') == "01/07/2013 09:00:00"
    shell.run("Invoke-CsManagementStoreReplication")      # a forced full copy reports in now
    assert not value(shell, '"$((Get-CsManagementStoreReplicationStatus).LastStatusReport)"').startswith("01/07/2013")

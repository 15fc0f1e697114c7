"""Get-Verb: the verbs PowerShell approves for command names, and the group each belongs to."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.operators import wildcard_match
from pyshell.runtime.values import PSObject

# Windows PowerShell 5.1's approved verbs (its Verbs* classes), group by group, in the order
# Get-Verb lists them: each group's verbs alphabetically.
_GROUPS = {
    "Common": "Add Clear Close Copy Enter Exit Find Format Get Hide Join Lock Move New Open Optimize Pop Push Redo "
              "Remove Rename Reset Resize Search Select Set Show Skip Split Step Switch Undo Unlock Watch",
    "Data": "Backup Checkpoint Compare Compress Convert ConvertFrom ConvertTo Dismount Edit Expand Export Group "
            "Import Initialize Limit Merge Mount Out Publish Restore Save Sync Unpublish Update",
    "Lifecycle": "Approve Assert Complete Confirm Deny Disable Enable Install Invoke Register Request Restart Resume "
                 "Start Stop Submit Suspend Uninstall Unregister Wait",
    "Diagnostic": "Debug Measure Ping Repair Resolve Test Trace",
    "Communications": "Connect Disconnect Read Receive Send Write",
    "Security": "Block Grant Protect Revoke Unblock Unprotect",
    "Other": "Use",
}
_VERB_TYPE = "Selected.Microsoft.PowerShell.Commands.MemberDefinition"


def approved_verbs() -> list[tuple[str, str]]:
    """(verb, group) for every approved verb, in Get-Verb's order."""
    return [(verb, group) for group, verbs in _GROUPS.items() for verb in verbs.split()]


class GetVerb(Cmdlet):
    """Gets the approved verbs for command names."""

    verb, noun = "Get", "Verb"
    implementing_type = "Microsoft.PowerShell.Commands.GetVerbCommand"
    output_types = (_VERB_TYPE,)
    description = ("Get-Verb lists the verbs PowerShell approves for the first part of a command's name "
                   "(Get-CsXmppAllowedPartner uses Get), each with its group: Common, Data, Lifecycle, "
                   "Diagnostic, Communications, Security or Other. -Verb takes names or wildcard patterns, "
                   "also from the pipeline; a pattern that matches nothing writes nothing.")

    verb_names = Parameter(ListOf(str), name="Verb", position=0, pipeline=True,
                           help="The verbs to list: names or wildcard patterns (all of them by default).")

    examples = (
        Example("Get-Verb", "Lists every approved verb and its group."),
        Example("Get-Verb -Verb Set | Select-Object -ExpandProperty Group", "The group of one verb.", "Common\n"),
        Example("(Get-Verb C*).Count", "How many approved verbs start with C.", "12\n"),
        Example("Get-Command -Module Lync | Where-Object { (Get-Verb $_.Verb) -eq $null }",
                "Commands whose verb is not an approved one (none in the Lync module)."),
    )

    def process(self) -> None:
        for pattern in self.verb_names or ["*"]:
            for verb, group in approved_verbs():
                if wildcard_match(pattern, verb):
                    self.write_object(PSObject([("Verb", verb), ("Group", group)],
                                               type_names=[_VERB_TYPE, "System.Management.Automation.PSCustomObject",
                                                           "System.Object"]))

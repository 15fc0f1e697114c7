"""Advanced functions and scripts as commands: -WhatIf/-Confirm from [CmdletBinding(SupportsShouldProcess)],
and $PSCmdlet's ShouldProcess / ShouldContinue asking through the host with scripted answers."""
from __future__ import annotations

from pyshell.commands.should_process import CHOICE_LINE, SHORT_CHOICE_LINE
from pyshell.host import CaptureHost
from pyshell.shell import Shell

REMOVE = """
function Remove-Thing {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    param([Parameter(ValueFromPipeline)][string]$Name)
    process { if ($PSCmdlet.ShouldProcess($Name, 'Remove')) { "removed $Name" } }
}
"""


def prompt(target: str, action: str = "Remove") -> str:
    return ('\nConfirm\nAre you sure you want to perform this action?\n'
            f'Performing the operation "{action}" on target "{target}".\n' + CHOICE_LINE)


def run(script: str, *answers: str):
    host = CaptureHost(answers=list(answers)) if answers else CaptureHost()
    shell = Shell(host=host, store=":memory:")
    try:
        return shell.run(script)
    finally:
        shell.close()


def test_confirm_asks_and_yes_goes_ahead():
    r = run(REMOVE + "Remove-Thing a -Confirm", "y")
    assert r.output == prompt("a") + "y\nremoved a\n"


def test_confirm_no_skips_only_this_one():
    r = run(REMOVE + "'a', 'b' | Remove-Thing -Confirm", "n", "y")
    assert r.output == prompt("a") + "n\n" + prompt("b") + "y\nremoved b\n"


def test_yes_to_all_and_no_to_all_hold_for_the_rest_of_the_run():
    r = run(REMOVE + "'a', 'b', 'c' | Remove-Thing -Confirm", "a")
    assert r.output == prompt("a") + "a\nremoved a\nremoved b\nremoved c\n"
    r = run(REMOVE + "'a', 'b' | Remove-Thing -Confirm; 'end'", "l")
    assert r.output == prompt("a") + "l\nend\n"


def test_confirm_on_the_function_makes_the_cmdlets_inside_ask():
    script = ("function New-Partner { [CmdletBinding(SupportsShouldProcess)] param($D) "
              "New-CsXmppAllowedPartner -Identity $D | Out-Null; 'called' }; "
              "New-Partner -D ask.example.org -Confirm; @(Get-CsXmppAllowedPartner -Filter 'ask.*').Count")
    r = run(script, "n")
    assert r.output == prompt("ask.example.org", "New-CsXmppAllowedPartner") + "n\ncalled\n0\n"
    r = run(script, "y")
    assert r.output.endswith("y\ncalled\n1\n")


def test_three_argument_should_process_shows_caption_and_warning():
    script = ("function Reset-All { [CmdletBinding(SupportsShouldProcess, ConfirmImpact='High')] param() "
              "$PSCmdlet.ShouldProcess('Resetting all', 'Reset everything now?', 'Reset') }; Reset-All")
    r = run(script, "n")
    assert r.output == "\nReset\nReset everything now?\n" + CHOICE_LINE + "n\nFalse\n"


def test_should_continue_offers_only_yes_and_no():
    script = ("function Remove-All { [CmdletBinding()] param() "
              "if ($PSCmdlet.ShouldContinue('Remove everything?', 'Careful')) { 'gone' } else { 'kept' } }; "
              "Remove-All")
    r = run(script, "a", "n")      # "Yes to All" is not on offer: asked again
    assert r.output == ("\nCareful\nRemove everything?\n" + SHORT_CHOICE_LINE + "a\n" + SHORT_CHOICE_LINE
                        + "n\nkept\n")
    assert run(script, "y").output.endswith("y\ngone\n")


def test_should_continue_without_an_answer_fails_the_call():
    r = run("function Remove-All { [CmdletBinding()] param() $PSCmdlet.ShouldContinue('q', 'c'); 'after' }; "
            "Remove-All")
    assert r.output == "after\n"
    assert 'Exception calling "ShouldContinue" with "2" argument(s): "Windows PowerShell is in NonInteractive' \
        in r.errors
    assert "FullyQualifiedErrorId : PSInvalidOperationException" in r.errors


def test_a_script_file_with_supports_should_process(tmp_path):
    script = tmp_path / "remove.ps1"
    script.write_text("[CmdletBinding(SupportsShouldProcess, ConfirmImpact='High')]\n"
                      "param([string]$Name)\n"
                      "if ($PSCmdlet.ShouldProcess($Name)) { \"removed $Name\" }\n"
                      "\"$WhatIfPreference\"\n")
    path = str(script).replace("'", "''")
    r = run(f"& '{path}' -Name a -WhatIf")
    assert r.output == 'What if: Performing the operation "remove.ps1" on target "a".\nTrue\n'
    r = run(f"& '{path}' -Name b -Confirm:$false")
    assert r.output == "removed b\nFalse\n"
    r = run(f"& '{path}' -Name c", "y")
    assert r.output == prompt("c", "remove.ps1") + "y\nremoved c\nFalse\n"


def test_verbose_shows_the_operation_when_no_question_is_asked():
    r = run(REMOVE + "Remove-Thing a -Verbose 4>&1")
    assert r.output == 'Performing the operation "Remove" on target "a".\nremoved a\n'


def test_get_help_syntax_lists_whatif_and_confirm():
    r = run(REMOVE + "Get-Help Remove-Thing")
    # Without comment-based help the syntax is Get-Command's, with its short type names.
    assert "Remove-Thing [[-Name] <string>] [-WhatIf] [-Confirm] [<CommonParameters>]" in r.output


def test_a_script_files_switch_parameter_is_a_switch_parameter(tmp_path):
    script = tmp_path / "switch.ps1"
    script.write_text("param([switch]$Force)\n"
                      "\"$($Force.IsPresent) $($Force.GetType().Name) $($PSBoundParameters.Count)\"\n")
    path = str(script).replace("'", "''")
    r = run(f"& '{path}' -Force; & '{path}'; & '{path}' -Force:$false")
    assert r.errors == ""
    assert r.output == "True SwitchParameter 1\nFalse SwitchParameter 0\nFalse SwitchParameter 1\n"

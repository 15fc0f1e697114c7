"""Get-, New-, Set-, Remove- and Clear-Variable: names and wildcards, scopes, the constant
variables, and the Name/Value table PowerShell shows PSVariable objects in."""
from __future__ import annotations


def test_get_variable_shows_a_name_value_table(shell):
    out = shell.run("$Partner = 'gmail.com'; Get-Variable Partner").output
    # Name is 30 wide; Value takes the rest of the 79 usable columns, padded as 5.1 pads it.
    lines = ["Name                           Value", "----                           -----",
             "Partner                        gmail.com"]
    assert out == "\n" + "".join(line.ljust(79) + "\n" for line in lines) + "\n\n"


def test_get_variable_lists_sorted_with_powershell_spelling(shell):
    out = shell.run("(Get-Variable).Name").output.splitlines()
    assert out == sorted(out, key=str.lower)
    for name in ("ErrorActionPreference", "PSVersionTable", "true", "null", "?", "Error"):
        assert name in out


def test_wildcards_include_and_exclude(shell):
    out = shell.run("(Get-Variable *Preference -Exclude Debug*, Verbose*).Name").output.splitlines()
    assert "ErrorActionPreference" in out and "WarningPreference" in out
    assert "DebugPreference" not in out and "VerbosePreference" not in out
    assert shell.run("(Get-Variable -Include Error*).Name").output.splitlines() == [
        "Error", "ErrorActionPreference", "ErrorView"]


def test_value_only(shell):
    assert shell.run("$n = 5; Get-Variable n -ValueOnly").output == "5\n"
    assert shell.run("gv true -ValueOnly").output == "True\n"


def test_a_missing_name_is_an_error_but_a_pattern_is_not(shell):
    result = shell.run("Get-Variable nosuch; Get-Variable nosuch*; 'after'")
    assert result.output == "after\n"
    assert "Cannot find a variable with the name 'nosuch'." in result.errors
    assert result.errors.count("VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand") == 1


def test_scopes_by_name_and_number(shell):
    script = ("$top = 'global'; function f { $inner = 'local'; (Get-Variable -Scope 0).Name -contains 'inner'; "
              "(Get-Variable -Scope 1).Name -contains 'inner'; Get-Variable top -Scope Global -ValueOnly }; f")
    assert shell.run(script).output == "True\nFalse\nglobal\n"


def test_a_bad_scope_is_an_error(shell):
    assert "exceeds the number of active scopes" in shell.run("Get-Variable -Scope 7").errors
    assert 'the value of parameter "Scope" is not valid' in shell.run("Get-Variable -Scope Nowhere").errors


def test_new_variable_refuses_an_existing_one_without_force(shell):
    result = shell.run("New-Variable days 30; New-Variable days 31; $days; New-Variable days 32 -Force; $days")
    assert result.output == "30\n32\n"
    assert "A variable with name 'days' already exists." in result.errors
    assert "VariableAlreadyExists,Microsoft.PowerShell.Commands.NewVariableCommand" in result.errors


def test_new_variable_in_a_scope(shell):
    assert shell.run("function f { New-Variable made 1 -Scope Global }; f; $made").output == "1\n"
    assert shell.run("function g { New-Variable local 1 }; g; $local -eq $null").output == "True\n"


def test_set_variable_creates_and_sets_in_the_current_scope(shell):
    assert shell.run("Set-Variable site Redmond; $site").output == "Redmond\n"
    assert shell.run("$v = 1; function f { Set-Variable v 2; $v }; f; $v").output == "2\n1\n"
    assert shell.run("function f { Set-Variable v 3 -Scope Global }; f; $v").output == "3\n"


def test_set_variable_collects_pipeline_input(shell):
    assert shell.run("1, 2, 3 | Set-Variable many; $many.Count").output == "3\n"
    assert shell.run("'one' | Set-Variable single; $single").output == "one\n"


def test_set_variable_keeps_a_type_constraint(shell):
    result = shell.run("[int]$i = 1; Set-Variable i '42'; $i.GetType().Name; Set-Variable i 'x'; $i")
    assert result.output == "Int32\n42\n"
    assert 'Cannot convert value "x" to type "System.Int32"' in result.errors


def test_set_variable_with_a_wildcard_changes_only_existing_variables(shell):
    assert shell.run("$p1 = 1; $p2 = 2; Set-Variable p* 0; $p1 + $p2; $p3 -eq $null").output == "0\nTrue\n"


def test_constants_cannot_be_set_removed_or_cleared(shell):
    result = shell.run("Set-Variable true 0; Remove-Variable null; Clear-Variable Error; $true")
    assert result.output == "True\n"
    assert "Cannot overwrite variable true because it is read-only or constant." in result.errors
    assert "VariableNotRemovable,Microsoft.PowerShell.Commands.RemoveVariableCommand" in result.errors
    assert "VariableNotWritable,Microsoft.PowerShell.Commands.ClearVariableCommand" in result.errors


def test_remove_variable_deletes_the_nearest_one(shell):
    assert shell.run("$t = 1; Remove-Variable t; Get-Variable t -ErrorAction SilentlyContinue; $t -eq $null"
                     ).output == "True\n"
    assert shell.run("$x = 'outer'; function f { $x = 'inner'; Remove-Variable x; $x }; f").output == "outer\n"
    assert "Cannot find a variable with the name 'gone'." in shell.run("Remove-Variable gone").errors


def test_clear_variable_keeps_the_variable(shell):
    assert shell.run("$s = 'x'; Clear-Variable s; $s -eq $null; (Get-Variable s).Name").output == "True\ns\n"
    assert shell.run("$s = 'x'; (Clear-Variable s -PassThru).Value -eq $null").output == "True\n"


def test_psvariable_objects(shell):
    out = shell.run("$v = Set-Variable pv 7 -PassThru; $v.Name; $v.Value; $v.Options; "
                    "$v.pstypenames[0]").output
    assert out == "pv\n7\nNone\nSystem.Management.Automation.PSVariable\n"


def test_variable_aliases(shell):
    assert shell.run("sv a 1; nv b 2; set c 3; (gv a, b, c -ValueOnly) -join ','; rv a; clv b; "
                     "$a -eq $null; $b -eq $null").output == "1,2,3\nTrue\nTrue\n"

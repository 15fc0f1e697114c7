"""Add-Member: each member kind, the short note forms, -Force, -PassThru, -TypeName and the errors."""
from __future__ import annotations


def test_note_property_three_ways(shell):
    script = ("$o = [pscustomobject]@{}; $o | Add-Member NoteProperty a 1; "
              "$o | Add-Member -NotePropertyName b -NotePropertyValue 2; $o | Add-Member @{c=3}; $o.a + $o.b + $o.c")
    assert shell.run(script).output == "6\n"


def test_member_type_binds_by_position_before_a_note_name(shell):
    # 'NoteProperty' could be a note's name; PowerShell refuses that, so it binds -MemberType.
    assert shell.run("$o = [pscustomobject]@{}; $o | Add-Member NoteProperty x 5; $o.x").output == "5\n"


def test_a_note_name_that_is_a_member_type_is_refused(shell):
    result = shell.run("[pscustomobject]@{} | Add-Member -NotePropertyName ScriptMethod -NotePropertyValue 1")
    assert "The parameter NotePropertyName cannot take values that could be converted to the type" in result.errors


def test_nothing_is_written_without_passthru(shell):
    assert shell.run("[pscustomobject]@{a=1} | Add-Member NoteProperty b 2").output == ""
    assert "b" in shell.run("[pscustomobject]@{a=1} | Add-Member NoteProperty b 2 -PassThru").output


def test_script_property_reads_and_setter_writes(shell):
    script = ("$o = [pscustomobject]@{c=100}; "
              "$o | Add-Member ScriptProperty f {$this.c * 9 / 5 + 32} {param($v) $this.c = ($v - 32) * 5 / 9}; "
              "$o.f; $o.f = 50; $o.c")
    assert shell.run(script).output == "212\n10\n"


def test_script_property_shows_in_the_objects_display(shell):
    script = "$o = [pscustomobject]@{a=2}; $o | Add-Member ScriptProperty sq {$this.a * $this.a} -PassThru"
    assert shell.run(script).output == "\na sq\n- --\n2  4\n\n\n"


def test_alias_property_with_a_conversion(shell):
    script = "$o = [pscustomobject]@{n='42'}; $o | Add-Member AliasProperty num n ([int]); $o.num + 1"
    assert shell.run(script).output == "43\n"


def test_script_method_with_arguments(shell):
    script = "$o = [pscustomobject]@{}; $o | Add-Member ScriptMethod Sum {$args[0] + $args[1]}; $o.Sum(2, 3)"
    assert shell.run(script).output == "5\n"


def test_an_existing_name_needs_force(shell):
    result = shell.run("$o = [pscustomobject]@{a=1}; $o | Add-Member NoteProperty a 2; $o.a")
    assert result.output == "1\n"
    assert 'Cannot add a member with the name "a" because a member with that name already exists.' in result.errors
    assert "MemberAlreadyExists,Microsoft.PowerShell.Commands.AddMemberCommand" in result.errors
    assert shell.run("$o | Add-Member NoteProperty a 2 -Force; $o.a").output == "2\n"


def test_force_cannot_replace_a_property_an_object_was_made_with(shell):
    result = shell.run("Get-CsXmppAllowedPartner -Identity gmail.com | Add-Member NoteProperty Identity x -Force")
    assert "CannotRemoveTypeDataMember" in result.errors


def test_type_name_is_put_first(shell):
    script = "$o = [pscustomobject]@{a=1}; $o | Add-Member -TypeName My.Type; $o.pstypenames[0]"
    assert shell.run(script).output == "My.Type\n"


def test_one_member_type_at_a_time(shell):
    result = shell.run("[pscustomobject]@{} | Add-Member -MemberType Properties -Name x -Value 1")
    assert 'The member types specified are: "Properties"' in result.errors
    assert "WrongMemberCount" in result.errors


def test_method_and_property_kinds_cannot_be_added(shell):
    for kind in ("Method", "Property", "ParameterizedProperty", "Event"):
        result = shell.run(f"[pscustomobject]@{{}} | Add-Member -MemberType {kind} -Name x -Value 1")
        assert f'Cannot add a member with type "{kind}".' in result.errors
        assert "CannotAddMemberType,Microsoft.PowerShell.Commands.AddMemberCommand" in result.errors


def test_a_code_member_needs_a_method_info_which_no_value_converts_to(shell):
    result = shell.run("[pscustomobject]@{} | Add-Member -MemberType CodeMethod -Name x -Value 1")
    assert 'Cannot convert the "1" value of type "System.Int32" to type "System.Reflection.MethodInfo".' \
        in result.errors
    assert "ConvertToFinalInvalidCastException,Microsoft.PowerShell.Commands.AddMemberCommand" in result.errors


def test_script_property_needs_a_script_block(shell):
    result = shell.run("[pscustomobject]@{} | Add-Member ScriptProperty x 'not a block'")
    assert "System.Management.Automation.ScriptBlock" in result.errors
    assert "ConvertToFinalInvalidCastException" in result.errors
    assert "InternalError" not in result.errors


def test_members_of_a_plain_string_are_kept_per_session(shell):
    shell.run("$s = 'text'; Add-Member -InputObject $s NoteProperty x 1")
    assert shell.run("$s.x").output == "1\n"
    from pyshell.shell import Shell
    other = Shell(store=":memory:")
    assert other.run("$s = 'text'; $s.x").output == ""


def test_values_that_are_not_strings_arrays_or_objects_cannot_be_extended(shell):
    result = shell.run("5 | Add-Member NoteProperty x 1 -PassThru")
    assert "AddMemberToValueNotSupported" in result.errors
    assert "Traceback" not in result.errors

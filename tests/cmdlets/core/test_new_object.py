"""New-Object: PSObjects with -Property, hashtables, and PowerShell's errors for everything else."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("name", ["PSObject", "psobject", "PSCustomObject", "System.Management.Automation.PSObject"])
def test_property_makes_note_properties_in_order(shell, name):
    # The keys keep the hashtable's order (pyshell's hashtables keep insertion order).
    out = shell.run(f"$o = New-Object {name} -Property @{{z=1; a=2}}; $o.z + $o.a; $o").output
    assert out == "3\n\nz a\n- -\n1 2\n\n\n"


def test_the_object_is_a_custom_object(shell):
    out = shell.run("(New-Object PSObject).pstypenames").output
    assert out == "System.Management.Automation.PSCustomObject\nSystem.Object\n"


def test_a_new_object_displays_as_a_custom_object(shell):
    assert shell.run("New-Object PSObject -Property @{Name='a'; Size=3}").output == \
        "\nName Size\n---- ----\na       3\n\n\n"


def test_hashtable(shell):
    assert shell.run("$h = New-Object Hashtable; $h.x = 1; $h.Count").output == "1\n"


def test_other_types_are_not_found(shell):
    result = shell.run("New-Object System.Net.WebClient")
    assert "Cannot find type [System.Net.WebClient]: verify that the assembly containing this type is loaded." in \
        result.errors
    assert "TypeNotFound,Microsoft.PowerShell.Commands.NewObjectCommand" in result.errors


def test_too_many_constructor_arguments(shell):
    result = shell.run("New-Object PSObject -ArgumentList 1, 2")
    assert 'Cannot find an overload for "PSObject" and the argument count: "2".' in result.errors
    assert "ConstructorInvokedThrowException,Microsoft.PowerShell.Commands.NewObjectCommand" in result.errors


def test_a_type_name_is_required(shell):
    assert "TypeName" in shell.run("New-Object").errors

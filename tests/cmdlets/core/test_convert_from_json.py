"""ConvertFrom-Json: objects, arrays (written whole, as 5.1 does), numbers, dates, joined lines and
the errors for text that is not JSON."""
from __future__ import annotations


def test_objects_become_pscustomobjects(run):
    script = """$o = '{"Name":"alpha","Size":5,"Ok":true,"None":null}' | ConvertFrom-Json
$o.Name; $o.Size.GetType().FullName; $o.Ok; $o.None -eq $null; $o.GetType().FullName"""
    assert run(script).output == "alpha\nSystem.Int32\nTrue\nTrue\nSystem.Management.Automation.PSCustomObject\n"


def test_a_top_level_array_is_one_object(run):
    assert run("""('[1,2,3]' | ConvertFrom-Json | Measure-Object).Count""").output == "1\n"
    assert run("""$a = '[1,2,3]' | ConvertFrom-Json; $a.Count; $a[2]""").output == "3\n3\n"


def test_number_types_are_javascriptserializers(run):
    # 5.1's JavaScriptSerializer: Int32, then Int64; a decimal point without an exponent is a
    # Decimal; an exponent (or a number too big for a Decimal) makes a Double
    script = """$o = '{"f":1.5,"l":3000000000,"e":1.5e3,"d":99999999999999999999,"t":5-}' | ConvertFrom-Json
$o.psobject.Properties | ForEach-Object { $_.Name + ' ' + $_.Value.GetType().Name + ' ' + $_.Value }"""
    assert run(script).output == ("f Decimal 1.5\nl Int64 3000000000\ne Double 1500\n"
                                  "d Decimal 99999999999999999999\nt Decimal -5\n")


def test_lines_piped_one_by_one_are_joined(run):
    assert run("""'{', '"a": 1', '}' | ConvertFrom-Json | ForEach-Object a""").output == "1\n"


def test_round_trip_with_convertto_json(run):
    script = '[pscustomobject]@{a=1; b=@("x","y")} | ConvertTo-Json | ConvertFrom-Json | ConvertTo-Json -Compress'
    assert run(script).output == '{"a":1,"b":["x","y"]}\n'


def test_javascriptserializer_dates_are_read_back(run):
    assert run("""('"\\/Date(0)\\/"' | ConvertFrom-Json).Year""").output == "1970\n"


def test_invalid_json_is_an_argument_exception(run):
    result = run("'{abc' | ConvertFrom-Json")
    assert result.output == ""
    assert "System.ArgumentException,Microsoft.PowerShell.Commands.ConvertFromJsonCommand" in result.errors


def test_keys_differing_only_in_case_are_an_error(run):
    result = run("""'{"a":1,"A":2}' | ConvertFrom-Json""")
    assert ("Cannot convert the JSON string because a dictionary that was converted from the string contains the "
            "duplicated keys 'a' and 'A'.") in result.errors
    assert "DuplicateKeysInJsonString,Microsoft.PowerShell.Commands.ConvertFromJsonCommand" in result.errors


def test_javascriptserializer_leniency(run):
    # unquoted member names and single-quoted strings, as 5.1 reads them
    script = """$o = "{name:1, 'two':['a', 'b']}" | ConvertFrom-Json; $o.name; $o.two -join ','"""
    assert run(script).output == "1\na,b\n"


def test_a_type_hint_member_is_dropped(run):
    script = """'{"d":{"__type":"X","n":1}}' | ConvertFrom-Json | ConvertTo-Json -Compress"""
    assert run(script).output == '{"d":{"n":1}}\n'


def test_only_the_escaped_date_form_is_a_date(run):
    script = """('"\\/Date(0)\\/"' | ConvertFrom-Json).GetType().Name; ('"/Date(0)/"' | ConvertFrom-Json).GetType().Name"""
    assert run(script).output == "DateTime\nString\n"


def test_serializer_messages(run):
    result = run("ConvertFrom-Json '{\"a\" 1}'")
    assert "Invalid object passed in, ':' or '}' expected. (6): {\"a\" 1}" in result.errors
    assert "NotSpecified: (:) [ConvertFrom-Json], ArgumentException" in result.errors
    result = run("ConvertFrom-Json '[1,2,]'")
    assert "Invalid array passed in, extra trailing ','. (6): [1,2,]" in result.errors
    result = run("ConvertFrom-Json 'True'")
    assert "Invalid JSON primitive: True." in result.errors

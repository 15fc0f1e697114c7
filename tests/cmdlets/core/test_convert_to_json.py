"""ConvertTo-Json as Windows PowerShell 5.1 writes JSON: its indentation (four spaces, two blanks after
each colon, nested objects lined up past their property name), JavaScriptSerializer's escapes and
dates, enumerations as numbers, -Depth truncation (with a warning), -Compress, and one array for
several input objects."""
from __future__ import annotations


def test_nested_objects_line_up_under_their_opening_brace(run):
    script = '[pscustomobject]@{a=[pscustomobject]@{b=1; c=@(1, 2)}; d="x"} | ConvertTo-Json'
    assert run(script).output == (
        '{\n'
        '    "a":  {\n'
        '              "b":  1,\n'
        '              "c":  [\n'
        '                        1,\n'
        '                        2\n'
        '                    ]\n'
        '          },\n'
        '    "d":  "x"\n'
        '}\n')


def test_several_input_objects_make_one_array(run):
    assert run("1, 2 | ConvertTo-Json").output == "[\n    1,\n    2\n]\n"


def test_empty_arrays_keep_5_1s_blank_line(run):
    assert run("ConvertTo-Json -InputObject @()").output == "[\n\n]\n"


def test_strings_are_escaped_as_javascriptserializer_does(run):
    assert run("""ConvertTo-Json "it's <b> & `"q`" \\ `t" """).output == (
        '"it\\u0027s \\u003cb\\u003e \\u0026 \\"q\\" \\\\ \\t"\n')


def test_numbers_booleans_and_null(run):
    script = "[pscustomobject]@{i=1; d=0.1; big=1e20; t=$true; n=$null} | ConvertTo-Json -Compress"
    assert run(script).output == '{"i":1,"d":0.1,"big":1E+20,"t":true,"n":null}\n'


def test_enumerations_are_written_as_numbers(run):
    out = run("Get-CsXmppAllowedPartner -Identity gmail.com | ConvertTo-Json -Compress").output
    assert '"PartnerType":2' in out and '"SaslNegotiation":2' in out


def test_depth_truncates_to_string_form_silently(run):
    # Windows PowerShell 5.1 says nothing when -Depth cuts an object off (the warning came in 7.1)
    result = run("@{a=@{b=@{c=@{d=1}}}} | ConvertTo-Json -Compress")
    assert result.output == '{"a":{"b":{"c":"System.Collections.Hashtable"}}}\n'
    assert result.errors == ""
    deeper = run("@{a=@{b=@{c=@{d=1}}}} | ConvertTo-Json -Compress -Depth 3")
    assert deeper.output == '{"a":{"b":{"c":{"d":1}}}}\n' and deeper.errors == ""


def test_objects_beyond_the_depth_become_their_string_form(run):
    script = "[pscustomobject]@{a=[pscustomobject]@{b=[pscustomobject]@{x=1}}} | ConvertTo-Json -Depth 1 -Compress"
    assert run(script).output == '{"a":{"b":"@{x=1}"}}\n'


def test_depth_above_100_is_refused(run):
    result = run("1 | ConvertTo-Json -Depth 101")
    assert "The maximum depth allowed for serialization is 100." in result.errors
    assert "ReachedMaximumDepthAllowed,Microsoft.PowerShell.Commands.ConvertToJsonCommand" in result.errors


def test_dates_from_get_date_carry_their_display_hint(run):
    script = '$d = Get-Date -Date "2019-11-23T16:21:52Z"; $d | ConvertTo-Json -Compress; $d.AddDays(0) | ConvertTo-Json'
    first, second = run(script).output.splitlines()
    assert first.startswith('{"value":"\\/Date(1574526112000)\\/","DisplayHint":2,"DateTime":"')
    assert second == '"\\/Date(1574526112000)\\/"'


def test_null_input_writes_nothing(run):
    assert run("$null | ConvertTo-Json").output == ""


def test_the_character_0_is_null(run):
    # JavaScriptSerializer writes the char 0 as null (a string holding it is escaped as usual)
    assert run('ConvertTo-Json @([char]0, [char]65, "a`0") -Compress').output == '[null,"A","a\\u0000"]\n'


def test_depth_below_one_is_refused(run):
    result = run("1 | ConvertTo-Json -Depth 0")
    assert "ParameterArgumentValidationError,Microsoft.PowerShell.Commands.ConvertToJsonCommand" in result.errors


def test_a_guid_is_written_as_its_text(run):
    script = '[pscustomobject]@{g=[guid]"00000000-0000-0000-0000-000000000001"} | ConvertTo-Json -Compress'
    assert run(script).output == '{"g":"00000000-0000-0000-0000-000000000001"}\n'

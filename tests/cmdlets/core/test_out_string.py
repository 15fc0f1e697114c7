"""Out-String: the console's text as one string (every line followed by a newline) or, with
-Stream, one string per line; 79 cells wide by default, -Width cells when given."""
from __future__ import annotations

OBJ = '[pscustomobject]@{Name="alpha"; Size=5}'


def test_one_string_with_every_line_and_its_newline(run):
    script = f'$s = {OBJ} | Out-String; $s.Length; $s -eq "`nName  Size`n----  ----`nalpha    5`n`n`n"'
    assert run(script).output == "36\nTrue\n"


def test_stream_writes_each_line_as_its_own_string(run):
    assert run(f"{OBJ} | Out-String -Stream | ForEach-Object {{ \"[$_]\" }}").output == (
        "[]\n[Name  Size]\n[----  ----]\n[alpha    5]\n[]\n[]\n")


def test_strings_and_numbers_are_lines(run):
    assert run('$s = "a", 1 | Out-String; $s -eq "a`n1`n"').output == "True\n"


def test_default_width_is_the_console_less_one(run):
    long = "x" * 100
    out = run(f'[pscustomobject]@{{Text="{long}"}} | Out-String -Stream | Select-Object -Index 3').output
    assert out == "x" * 76 + "...\n"


def test_width_sets_the_line_length(run):
    out = run(f'[pscustomobject]@{{A=1; Text="{"y" * 50}"}} | Out-String -Width 20 -Stream').output
    assert out.splitlines()[3] == "1 yyyyyyyyyyyyyyy..."


def test_width_below_two_is_rejected(run):
    result = run('"a" | Out-String -Width 1')
    assert "Cannot validate argument on parameter 'Width'. The 1 argument is less than the minimum allowed range " \
           "of 2." in result.errors


def test_formatting_data_from_format_list(run):
    assert run(f"{OBJ} | Format-List | Out-String -Stream").output == "\n\nName : alpha\nSize : 5\n\n\n\n"


def test_no_input_is_one_empty_string(run):
    assert run("$s = @() | Out-String; $s.Length").output == "0\n"


def test_out_of_sequence_formatting_data_is_out_strings_error(run):
    result = run(f"$x = {OBJ} | Format-Table; $x[2] | Out-String")
    assert result.errors.startswith('Out-String : The object of type "Microsoft.PowerShell.Commands.Internal.'
                                    'Format.FormatEntryData" is not valid or not in the correct sequence.')
    assert "ConsoleLineOutputOutOfSequencePacket,Microsoft.PowerShell.Commands.OutStringCommand" in result.errors

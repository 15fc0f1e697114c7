"""The CSV cmdlets as Windows PowerShell 5.1 has them: the #TYPE line by default, every value
quoted, .NET's ToString() of values, -Delimiter and -UseCulture; reading quoted fields, headers,
the CSV: type prefix and H1.. names; Export-Csv's ASCII files, -Append into the existing columns,
-NoClobber; Import-Csv's encodings and its missing-file error."""
from __future__ import annotations

OBJ = '[pscustomobject]@{Name="alpha"; Size=5; Tags=@("a","b"); None=$null}'


def test_convertto_csv_writes_the_type_line_and_quotes_every_value(run_in_tmp):
    assert run_in_tmp(f"{OBJ} | ConvertTo-Csv").output == (
        '#TYPE System.Management.Automation.PSCustomObject\n'
        '"Name","Size","Tags","None"\n'
        '"alpha","5","System.Object[]",\n')


def test_no_type_information_and_delimiter(run_in_tmp):
    assert run_in_tmp(f"{OBJ} | ConvertTo-Csv -NoTypeInformation -Delimiter ';'").output == (
        '"Name";"Size";"Tags";"None"\n"alpha";"5";"System.Object[]";\n')


def test_the_first_object_decides_the_columns(run_in_tmp):
    script = '[pscustomobject]@{a=1; b=2}, [pscustomobject]@{b=3; c=4} | ConvertTo-Csv -NTI'
    assert run_in_tmp(script).output == '"a","b"\n"1","2"\n,"3"\n'


def test_quotes_inside_values_are_doubled(run_in_tmp):
    assert run_in_tmp("""[pscustomobject]@{q='say "hi"'} | ConvertTo-Csv -NoTypeInformation""").output == (
        '"q"\n"say ""hi"""\n')


def test_strings_are_written_by_their_length(run_in_tmp):
    assert run_in_tmp('"abc" | ConvertTo-Csv').output == '#TYPE System.String\n"Length"\n"3"\n'


def test_delimiter_must_be_one_character(run_in_tmp):
    result = run_in_tmp("1 | ConvertTo-Csv -Delimiter ab")
    assert 'Cannot convert value "ab" to type "System.Char". Error: "String must be exactly one character long."' \
           in result.errors


def test_convertfrom_csv_reads_quoted_fields_and_the_type_line(run_in_tmp):
    script = ("""$o = '#TYPE Thing', '"Name","Note"', '"alpha","a, ""quoted"" note"', 'beta ,  x ' | ConvertFrom-Csv
$o[0].Note; "[$($o[1].Name)]"; "[$($o[1].Note)]"; $o[0].pstypenames[0]""")
    assert run_in_tmp(script).output == 'a, "quoted" note\n[beta ]\n[x ]\nCSV:Thing\n'


def test_missing_fields_are_null_and_extra_fields_dropped(run_in_tmp):
    script = "$o = 'a,b', '1', '1,2,3' | ConvertFrom-Csv; $o[0].b -eq $null; $o[1].b; ($o[1] | Get-Member -MemberType NoteProperty).Count"
    assert run_in_tmp(script).output == "True\n2\n2\n"


def test_empty_header_names_become_h1_with_a_warning(run_in_tmp):
    result = run_in_tmp("'a,,b' , '1,2,3' | ConvertFrom-Csv | Format-List")
    assert result.output == "\n\na  : 1\nH1 : 2\nb  : 3\n\n\n\n"
    assert 'WARNING: One or more headers were not specified. Default names starting with "H" have been used' \
           in result.errors


def test_duplicate_header_names_are_an_error(run_in_tmp):
    result = run_in_tmp("'a,A', '1,2' | ConvertFrom-Csv")
    assert 'The member "A" is already present.' in result.errors
    assert "AlreadyPresentPSMemberInfoInternalCollectionAdd,Microsoft.PowerShell.Commands.ConvertFromCsvCommand" \
           in result.errors


def test_header_parameter_reads_the_first_record_as_data(run_in_tmp):
    assert run_in_tmp("'1,2' | ConvertFrom-Csv -Header x, y | ForEach-Object { $_.x + $_.y }").output == "12\n"


def test_export_csv_writes_ascii_with_the_type_line(run_in_tmp, tmp_path):
    run_in_tmp('[pscustomobject]@{Name="café"; Size=5} | Export-Csv out.csv')
    assert (tmp_path / "out.csv").read_bytes() == (
        b'#TYPE System.Management.Automation.PSCustomObject\n"Name","Size"\n"caf?","5"\n')


def test_export_csv_append_uses_the_files_columns(run_in_tmp, tmp_path):
    run_in_tmp('[pscustomobject]@{a=1; b=2} | Export-Csv out.csv -NoTypeInformation')
    run_in_tmp('[pscustomobject]@{b=4; a=3; c=5} | Export-Csv out.csv -Append')
    assert (tmp_path / "out.csv").read_text() == '"a","b"\n"1","2"\n"3","4"\n'


def test_export_csv_append_with_a_missing_column_needs_force(run_in_tmp, tmp_path):
    run_in_tmp('[pscustomobject]@{a=1; b=2} | Export-Csv out.csv -NoTypeInformation')
    result = run_in_tmp('[pscustomobject]@{a=3} | Export-Csv out.csv -Append')
    assert "The appended object does not have a property that corresponds to the following column: b." \
           in result.errors
    assert "CannotAppendCsvWithMismatchedPropertyNames,Microsoft.PowerShell.Commands.ExportCsvCommand" in result.errors
    run_in_tmp('[pscustomobject]@{a=3} | Export-Csv out.csv -Append -Force')
    assert (tmp_path / "out.csv").read_text() == '"a","b"\n"1","2"\n"3",\n'


def test_export_csv_no_clobber(run_in_tmp, tmp_path):
    (tmp_path / "out.csv").write_text("keep")
    result = run_in_tmp("1 | Export-Csv out.csv -NoClobber")
    assert "File out.csv already exists and NoClobber was specified." in result.errors
    assert "NoClobber,Microsoft.PowerShell.Commands.ExportCsvCommand" in result.errors
    assert (tmp_path / "out.csv").read_text() == "keep"


def test_round_trip_through_a_file(run_in_tmp):
    script = ("Get-CsAdminRole | Export-Csv roles.csv -NoTypeInformation; "
              "$r = Import-Csv roles.csv; $r.Count; $r[0].Identity; $r[0].IsStandardRole")
    assert run_in_tmp(script).output == "13\nCsAdministrator\nTrue\n"


def test_import_csv_honours_a_byte_order_mark(run_in_tmp, tmp_path):
    (tmp_path / "u.csv").write_bytes("\ufeffName\r\nZoë\r\n".encode("utf-16-le"))
    assert run_in_tmp("(Import-Csv u.csv).Name").output == "Zoë\n"


def test_import_csv_of_a_missing_file(run_in_tmp):
    result = run_in_tmp("Import-Csv nope.csv")
    assert "Could not find file '" in result.errors and "nope.csv'." in result.errors
    assert "FileOpenFailure,Microsoft.PowerShell.Commands.ImportCsvCommand" in result.errors


def test_dictionaries_are_written_by_their_own_properties(run_in_tmp):
    # 5.1 treats a dictionary as any .NET object: its properties, not its entries (7 changed that).
    # An [ordered] dictionary's only public properties are Count, IsReadOnly, Keys and Values.
    out = run_in_tmp("@{a=1} | ConvertTo-Csv; [ordered]@{a=1} | ConvertTo-Csv -NoTypeInformation").output
    assert out.splitlines() == [
        "#TYPE System.Collections.Hashtable",
        '"IsReadOnly","IsFixedSize","IsSynchronized","Keys","Values","SyncRoot","Count"',
        '"False","False","False","System.Collections.Hashtable+KeyCollection",'
        '"System.Collections.Hashtable+ValueCollection","System.Object","1"',
        '"Count","IsReadOnly","Keys","Values"',
        '"1","False","System.Collections.Specialized.OrderedDictionary+OrderedDictionaryKeyValueCollection",'
        '"System.Collections.Specialized.OrderedDictionary+OrderedDictionaryKeyValueCollection"']


def test_duplicate_header_names_fail_only_when_an_object_is_built(run_in_tmp):
    # 5.1 finds the repeated name while adding the first object's properties: no rows, no error
    result = run_in_tmp("'a,A' | ConvertFrom-Csv; 'done'")
    assert result.output == "done\n" and result.errors == ""


def test_paths_and_headers_may_not_be_empty(run_in_tmp):
    # 5.1 declares them ValidateNotNullOrEmpty
    for script, parameter in (("Import-Csv -Path ''", "Path"), ("1 | Export-Csv -Path ''", "Path"),
                              ("'a' | ConvertFrom-Csv -Header ''", "Header"), ("Import-Csv x.csv -Header @()", "Header")):
        result = run_in_tmp(script)
        assert f"Cannot validate argument on parameter '{parameter}'." in result.errors
        assert "ParameterArgumentValidationError," in result.errors


def test_the_character_0_as_delimiter_means_a_comma(run_in_tmp):
    out = run_in_tmp("[pscustomobject]@{a=1;b=2} | ConvertTo-Csv -NoTypeInformation -Delimiter ([char]0)").output
    assert out == '"a","b"\n"1","2"\n'

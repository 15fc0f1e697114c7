"""Export-Clixml and Import-Clixml against the bytes Windows PowerShell 5.1 writes: UTF-16 LE with a
byte order mark, CR LF line endings and two-space indentation from .NET's XmlWriter, no line end
after </Objs>; the serializer's element per type (serialization.cs), RefIds for objects and type-name
lists, <Ref>/<TNRef> for repeats, EncodeString's _xHHHH_ escapes, and the depth rules. Reading back:
Deserialized. type names, enums that show their name and compare as numbers, and XmlException
errors with .NET's wording."""
from __future__ import annotations

import codecs

NS = 'xmlns="http://schemas.microsoft.com/powershell/2004/04"'
HEAD = f'<Objs Version="1.1.0.1" {NS}>'


def written(tmp_path, name: str = "out.xml") -> str:
    data = (tmp_path / name).read_bytes()
    assert data.startswith(codecs.BOM_UTF16_LE)
    return data[2:].decode("utf-16-le")


def lines(*parts: str) -> str:
    return "\r\n".join(parts)


def test_a_string_is_an_s_element_in_a_utf16_file(run_in_tmp, tmp_path):
    assert run_in_tmp('"This is a test" | Export-Clixml out.xml').errors == ""
    assert written(tmp_path) == lines(HEAD, "  <S>This is a test</S>", "</Objs>")


def test_nothing_to_write_leaves_an_empty_root_element(run_in_tmp, tmp_path):
    run_in_tmp("@() | Export-Clixml out.xml")
    assert written(tmp_path) == f'<Objs Version="1.1.0.1" {NS} />'


def test_primitive_values_have_a_tag_each(run_in_tmp, tmp_path):
    script = ("1, 5000000000, [long]2, 1.5, 0.1, 1e20, [decimal]'1.50', $true, $null, [char]'x', "
              "[guid]'0f8fad5b-d9cb-469f-a165-70867728950e', [version]'1.2.3', "
              "(New-TimeSpan -Days 1 -Seconds 90), (New-TimeSpan -Seconds 0), "
              "[datetime]::Parse('2020-01-02T03:04:05Z').ToUniversalTime() | Export-Clixml out.xml")
    assert run_in_tmp(script).errors == ""
    assert written(tmp_path) == lines(
        HEAD, "  <I32>1</I32>", "  <I64>5000000000</I64>", "  <I64>2</I64>", "  <Db>1.5</Db>", "  <Db>0.1</Db>",
        "  <Db>1E+20</Db>", "  <D>1.50</D>", "  <B>true</B>", "  <Nil />", "  <C>120</C>",
        "  <G>0f8fad5b-d9cb-469f-a165-70867728950e</G>", "  <Version>1.2.3</Version>", "  <TS>P1DT1M30S</TS>",
        "  <TS>PT0S</TS>", "  <DT>2020-01-02T03:04:05Z</DT>", "</Objs>")


def test_text_is_escaped_as_powershell_escapes_it(run_in_tmp, tmp_path):
    script = '"a<b>&`"c", "line`nbreak`ttab", "_x_y", "x😀" | Export-Clixml out.xml'
    assert run_in_tmp(script).errors == ""
    assert written(tmp_path) == lines(
        HEAD, '  <S>a&lt;b&gt;&amp;"c</S>', "  <S>line_x000A_break_x0009_tab</S>", "  <S>_x005F_x_y</S>",
        "  <S>x_xD83D__xDE00_</S>", "</Objs>")


def test_a_custom_object_is_a_property_bag_with_note_properties(run_in_tmp, tmp_path):
    script = '[pscustomobject]@{Name="alpha"; Size=5; Empty=""}, [pscustomobject]@{Name="beta"} | Export-Clixml out.xml'
    assert run_in_tmp(script).errors == ""
    assert written(tmp_path) == lines(
        HEAD,
        '  <Obj RefId="0">',
        '    <TN RefId="0">',
        "      <T>System.Management.Automation.PSCustomObject</T>",
        "      <T>System.Object</T>",
        "    </TN>",
        "    <MS>",
        '      <S N="Name">alpha</S>',
        '      <I32 N="Size">5</I32>',
        '      <S N="Empty"></S>',
        "    </MS>",
        "  </Obj>",
        '  <Obj RefId="1">',
        '    <TNRef RefId="0" />',
        "    <MS>",
        '      <S N="Name">beta</S>',
        "    </MS>",
        "  </Obj>",
        "</Objs>")


def test_hashtables_and_arrays_are_containers(run_in_tmp, tmp_path):
    assert run_in_tmp("@{k = 1, $null} | Export-Clixml out.xml").errors == ""
    assert written(tmp_path) == lines(
        HEAD,
        '  <Obj RefId="0">',
        '    <TN RefId="0">',
        "      <T>System.Collections.Hashtable</T>",
        "      <T>System.Object</T>",
        "    </TN>",
        "    <DCT>",
        "      <En>",
        '        <S N="Key">k</S>',
        '        <Obj N="Value" RefId="1">',
        '          <TN RefId="1">',
        "            <T>System.Object[]</T>",
        "            <T>System.Array</T>",
        "            <T>System.Object</T>",
        "          </TN>",
        "          <LST>",
        "            <I32>1</I32>",
        "            <Nil />",
        "          </LST>",
        "        </Obj>",
        "      </En>",
        "    </DCT>",
        "  </Obj>",
        "</Objs>")


PARTNER = lines(
    HEAD,
    '  <Obj RefId="0">',
    '    <TN RefId="0">',
    "      <T>Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner#Decorated</T>",
    "      <T>Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner</T>",
    "      <T>System.Object</T>",
    "    </TN>",
    "    <ToString>xmpp.contoso.org</ToString>",
    "    <Props>",
    '      <S N="Identity">xmpp.contoso.org</S>',
    '      <S N="Domain">xmpp.contoso.org</S>',
    '      <Obj N="AdditionalDomains" RefId="1">',
    '        <TN RefId="1">',
    "          <T>System.Object[]</T>",
    "          <T>System.Array</T>",
    "          <T>System.Object</T>",
    "        </TN>",
    "        <LST />",
    "      </Obj>",
    '      <S N="Description">Contoso community chat service</S>',
    '      <Nil N="ProxyFqdn" />',
    '      <Obj N="PartnerType" RefId="2">',
    '        <TN RefId="2">',
    "          <T>Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.PartnerType</T>",
    "          <T>System.Enum</T>",
    "          <T>System.ValueType</T>",
    "          <T>System.Object</T>",
    "        </TN>",
    "        <ToString>PublicVerified</ToString>",
    "        <I32>1</I32>",
    "      </Obj>",
    '      <Nil N="ConnectionLimit" />',
    '      <Obj N="TlsNegotiation" RefId="3">',
    '        <TN RefId="3">',
    "          <T>Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.TlsNegotiation</T>",
    "          <T>System.Enum</T>",
    "          <T>System.ValueType</T>",
    "          <T>System.Object</T>",
    "        </TN>",
    "        <ToString>Required</ToString>",
    "        <I32>0</I32>",
    "      </Obj>",
    '      <Obj N="SaslNegotiation" RefId="4">',
    '        <TN RefId="4">',
    "          <T>Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.SaslNegotiation</T>",
    "          <T>System.Enum</T>",
    "          <T>System.ValueType</T>",
    "          <T>System.Object</T>",
    "        </TN>",
    "        <ToString>Optional</ToString>",
    "        <I32>1</I32>",
    "      </Obj>",
    '      <B N="SupportDialbackNegotiation">true</B>',
    '      <B N="EnableKeepAlive">true</B>',
    "    </Props>",
    "  </Obj>",
    "</Objs>")


def test_a_lync_partner_keeps_its_type_names_tostring_and_properties(run_in_tmp, tmp_path):
    assert run_in_tmp("Get-CsXmppAllowedPartner xmpp.contoso.org | Export-Clixml out.xml").errors == ""
    assert written(tmp_path) == PARTNER


def test_the_same_object_twice_is_a_reference(run_in_tmp, tmp_path):
    assert run_in_tmp('$o = [pscustomobject]@{a=1}; $o, $o | Export-Clixml out.xml').errors == ""
    assert written(tmp_path).endswith(lines("  </Obj>", '  <Ref RefId="0" />', "</Objs>"))


def test_beyond_the_depth_an_object_is_its_text(run_in_tmp, tmp_path):
    script = ('class Node { [string]$Name; [object]$Child; [string] ToString() { return "node " + $this.Name } }\n'
              '[Node]@{Name="a"; Child=[Node]@{Name="b"}} | Export-Clixml out.xml -Depth 1')
    assert run_in_tmp(script).errors == ""
    assert written(tmp_path) == lines(
        HEAD, '  <Obj RefId="0">', '    <TN RefId="0">', "      <T>Node</T>", "      <T>System.Object</T>",
        "    </TN>", "    <ToString>node a</ToString>", "    <Props>", '      <S N="Name">a</S>',
        '      <S N="Child">node b</S>', "    </Props>", "  </Obj>", "</Objs>")


def test_encoding_utf8_writes_a_utf8_byte_order_mark(run_in_tmp, tmp_path):
    run_in_tmp('"é" | Export-Clixml out.xml -Encoding UTF8')
    assert (tmp_path / "out.xml").read_bytes() == codecs.BOM_UTF8 + lines(HEAD, "  <S>é</S>", "</Objs>").encode()


def test_a_partner_read_back_is_deserialized_and_writes_the_same_properties(run_in_tmp, tmp_path):
    script = ("Get-CsXmppAllowedPartner xmpp.contoso.org | Export-Clixml out.xml\n"
              "$p = Import-Clixml out.xml\n$p.PSObject.TypeNames[1]\n$p.PartnerType\n"
              "$p.PartnerType -eq 1\n$p.PartnerType -eq 'PublicVerified'\n$p | Export-Clixml again.xml")
    result = run_in_tmp(script)
    assert result.errors == ""
    assert result.output == ("Deserialized.Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation."
                             "XmppAllowedPartner\nPublicVerified\nTrue\nFalse\n")
    again = written(tmp_path, "again.xml")
    assert again == PARTNER.replace("<T>", "<T>Deserialized.")


def test_import_reads_a_file_written_by_hand_without_a_byte_order_mark(run_in_tmp, tmp_path):
    (tmp_path / "in.xml").write_text(
        "#< CLIXML\n" + HEAD + "<S>x_x000A_y</S><I32> 7 </I32><Ref RefId='9'/></Objs>", encoding="utf-8")
    result = run_in_tmp("$a = @(Import-Clixml in.xml -ErrorAction SilentlyContinue); $a.Count; $a[0]; $a[1] + 1; "
                        "$error[0].FullyQualifiedErrorId; $error[0].Exception.Message")
    assert result.output == ("2\nx\ny\n8\nSystem.Xml.XmlException,Microsoft.PowerShell.Commands.ImportClixmlCommand\n"
                             "No object found for referenceId 9 Line 1, position 112.\n")


def test_malformed_xml_is_an_xml_exception(run_in_tmp, tmp_path):
    (tmp_path / "bad.xml").write_text(HEAD + "\n  <S>x</S>\n  <Obj>\n</Objs>", encoding="utf-8")
    result = run_in_tmp("Import-Clixml bad.xml")
    assert result.output == "x\n"
    assert ("Import-Clixml : The 'Obj' start tag on line 3 position 4 does not match the end tag of 'Objs'. "
            "Line 4, position 3.") in result.errors
    assert "NotSpecified: (:) [Import-Clixml], XmlException" in result.errors


def test_an_empty_file_has_no_root_element(run_in_tmp, tmp_path):
    (tmp_path / "empty.xml").write_text("", encoding="utf-8")
    assert "Import-Clixml : Root element is missing." in run_in_tmp("Import-Clixml empty.xml").errors


def test_another_root_element_is_refused(run_in_tmp, tmp_path):
    (tmp_path / "other.xml").write_text("<Objects><S>x</S></Objects>", encoding="utf-8")
    assert ("Element 'Objs' with namespace name 'http://schemas.microsoft.com/powershell/2004/04' was not found. "
            "Line 1, position 2.") in run_in_tmp("Import-Clixml other.xml").errors


def test_a_document_type_is_refused(run_in_tmp, tmp_path):
    (tmp_path / "dtd.xml").write_text('<!DOCTYPE x [<!ENTITY a "aaaa">]>' + HEAD + "<S>&a;</S></Objs>",
                                      encoding="utf-8")
    assert "For security reasons DTD is prohibited in this XML document." in run_in_tmp("Import-Clixml dtd.xml").errors


def test_force_writes_through_read_only_and_puts_it_back(run_in_tmp, tmp_path):
    target = tmp_path / "ro.xml"
    target.write_text("old")
    target.chmod(0o444)
    result = run_in_tmp('"y" | Export-Clixml ro.xml -Force; Import-Clixml ro.xml')
    assert result.output == "y\n"
    assert not target.stat().st_mode & 0o200


def test_a_warning_record_is_written_as_powershell_remotes_it(run_in_tmp, tmp_path):
    assert run_in_tmp("Write-Warning 'careful' 3>&1 | Export-Clixml out.xml").errors == ""
    assert written(tmp_path) == lines(
        HEAD, '  <Obj RefId="0">', '    <TN RefId="0">', "      <T>System.Management.Automation.WarningRecord</T>",
        "      <T>System.Management.Automation.InformationalRecord</T>", "      <T>System.Object</T>", "    </TN>",
        "    <ToString>careful</ToString>", "    <MS>", '      <S N="InformationalRecord_Message">careful</S>',
        '      <B N="InformationalRecord_SerializeInvocationInfo">false</B>', "    </MS>", "  </Obj>", "</Objs>")


def test_an_encrypted_secure_string_cannot_be_read(run_in_tmp, tmp_path):
    (tmp_path / "ss.xml").write_text(HEAD + '<Obj RefId="0"><SS N="Password">01000000d08c9ddf</SS></Obj></Objs>',
                                     encoding="utf-8")
    assert "Deserialization of encrypted secure string failed Line 1, position" in run_in_tmp(
        "Import-Clixml ss.xml").errors


def test_a_file_item_keeps_the_provider_notes_and_extended_members_in_ms(run_in_tmp, tmp_path):
    (tmp_path / "data.txt").write_text("abc")
    result = run_in_tmp("Get-Item data.txt | Export-Clixml out.xml; $f = Import-Clixml out.xml\n"
                        "$f.PSObject.Properties.Name[0, 6, 10] -join ','; $f.Length; $f.Mode")
    assert result.errors == ""
    assert result.output == "PSPath,Mode,Name\n3\n-a----\n"
    xml = written(tmp_path)
    props, members = xml.index("\r\n    <Props>\r\n"), xml.index("\r\n    <MS>\r\n")
    assert props < members
    assert xml.index('<S N="Name">data.txt</S>') < members < xml.index('<S N="PSChildName">data.txt</S>')
    assert members < xml.index('<S N="Mode">-a----</S>')
    # the file's Directory is a property's value: no provider notes of its own, as in .NET
    directory = xml[xml.index('<Obj N="Directory"'):members]
    assert "<MS>" in directory and '<S N="PSPath">' in directory[:directory.index("<MS>")]


def test_a_read_back_custom_object_is_written_again_as_a_property_bag(run_in_tmp, tmp_path):
    result = run_in_tmp("[pscustomobject]@{a=1} | Export-Clixml first.xml; Import-Clixml first.xml | Export-Clixml out.xml")
    assert result.errors == ""
    assert written(tmp_path) == lines(
        HEAD, '  <Obj RefId="0">', '    <TN RefId="0">', "      <T>Deserialized.System.Management.Automation.PSCustomObject</T>",
        "      <T>Deserialized.System.Object</T>", "    </TN>", "    <MS>", '      <I32 N="a">1</I32>', "    </MS>",
        "  </Obj>", "</Objs>")


def test_a_collection_that_holds_itself_comes_back_holding_itself(run_in_tmp, tmp_path):
    script = ("$h = @{}; $h.self = $h; $h | Export-Clixml h.xml; $back = Import-Clixml h.xml\n"
              "[object]::ReferenceEquals($back, $back.self)\n"
              "$l = [System.Collections.ArrayList]@(1); $null = $l.Add($l); Export-Clixml l.xml -InputObject $l\n"
              "$r = Import-Clixml l.xml; $r[1][1][0]")
    result = run_in_tmp(script)
    assert result.errors == ""
    assert result.output == "True\n1\n"
    assert written(tmp_path, "h.xml").endswith(lines('        <Ref N="Value" RefId="0" />', "      </En>",
                                                     "    </DCT>", "  </Obj>", "</Objs>"))

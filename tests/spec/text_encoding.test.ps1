# [System.Text.Encoding]: text to a Byte[] and back, as .NET Framework's encodings do it.

#### UTF8.GetBytes gives a Byte[] of the UTF-8 bytes, without the preamble
$b = [System.Text.Encoding]::UTF8.GetBytes("héllo")
$b -join ','; $b.GetType().FullName; $b[1].GetType().Name
## STDOUT:
104,195,169,108,108,111
System.Byte[]
Byte
## END

#### GetString reads them back, all of them or a part
$b = [Text.Encoding]::UTF8.GetBytes("héllo")
[Text.Encoding]::UTF8.GetString($b)
[Text.Encoding]::UTF8.GetString([byte[]](72, 105, 33), 0, 2)
## STDOUT:
héllo
Hi
## END

#### ASCII replaces what it cannot encode or decode with '?'
[Text.Encoding]::ASCII.GetBytes("é!") -join ','
[Text.Encoding]::ASCII.GetString([byte[]](72, 200))
## STDOUT:
63,33
H?
## END

#### the Unicode encodings and their preambles
[Text.Encoding]::Unicode.GetBytes("A") -join ','
[Text.Encoding]::BigEndianUnicode.GetBytes("A") -join ','
[Text.Encoding]::UTF32.GetBytes("A") -join ','
[Text.Encoding]::UTF8.GetPreamble() -join ','
[Text.Encoding]::Unicode.GetPreamble() -join ','
## STDOUT:
65,0
0,65
65,0,0,0
239,187,191
255,254
## END

#### bytes that are no UTF-8 decode as the replacement character
[int][char][Text.Encoding]::UTF8.GetString([byte[]](255))
## stdout: 65533

#### an encoding's properties and type
$e = [Text.Encoding]::UTF8
$e.GetType().FullName; $e.WebName; $e.CodePage; $e -is [System.Text.Encoding]
[Text.Encoding]::ASCII.IsSingleByte; [Text.Encoding]::Default.CodePage
## STDOUT:
System.Text.UTF8Encoding
utf-8
65001
True
True
1252
## END

#### GetEncoding takes a name or a code page
[Text.Encoding]::GetEncoding("utf-16").EncodingName; [Text.Encoding]::GetEncoding(65001).WebName
## STDOUT:
Unicode
utf-8
## END

#### GetEncoding of a name it does not know is .NET's ArgumentException
try { [Text.Encoding]::GetEncoding("nope") } catch { $_.FullyQualifiedErrorId }
## stdout: ArgumentException

#### GetByteCount counts the encoded bytes
[Text.Encoding]::UTF8.GetByteCount("é"); [Text.Encoding]::Unicode.GetByteCount("abc")
## STDOUT:
2
6
## END

#### GetBytes of $null is .NET's ArgumentNullException
try { [Text.Encoding]::UTF8.GetBytes($null) } catch { $_.FullyQualifiedErrorId }
## stdout: ArgumentNullException

# CultureInfo, Get-Culture and Get-UICulture: pyshell's machine is in en-US and knows the
# invariant culture too; numbers have ToString(format) and CompareTo.

#### Get-Culture shows PowerShell's three-column table
Get-Culture
## STDOUT:

LCID             Name             DisplayName                                  
----             ----             -----------                                  
1033             en-US            English (United States)                      


## END

#### ToTitleCase capitalises words and leaves acronyms
(Get-Culture).TextInfo.ToTitleCase("ken myer of the IT department")
## stdout: Ken Myer Of The IT Department

#### the invariant culture as a format provider
[datetime]::ParseExact("20240102", "yyyyMMdd", [cultureinfo]::InvariantCulture).ToString("yyyy-MM-dd")
(1234.5).ToString("N1", [System.Globalization.CultureInfo]::InvariantCulture)
[cultureinfo]::InvariantCulture.LCID
## STDOUT:
2024-01-02
1,234.5
127
## END

#### a culture by name, and the current culture
([cultureinfo]"EN-us").DisplayName
[cultureinfo]::CurrentCulture -eq (Get-Culture)
(Get-UICulture).Name
(Get-Culture).DateTimeFormat.ShortDatePattern
## STDOUT:
English (United States)
True
en-US
M/d/yyyy
## END

#### a culture pyshell does not know is refused
[cultureinfo]"xx-YY"
## error-id: ConvertToFinalInvalidCastException

#### numbers take a format in ToString
(1234.5).ToString("N2")
(7).ToString("000")
[math]::Pi.ToString("0.00")
(255).ToString("X4")
(5).ToString($null)
## STDOUT:
1,234.50
007
3.14
00FF
5
## END

#### an unknown standard format is .NET's FormatException
(5).ToString("Q")
## error-id: FormatException

#### CompareTo orders numbers
(12).CompareTo(5)
(1.5).CompareTo(1.5)
(3).CompareTo($null)
## STDOUT:
1
0
1
## END

#### Get-Member lists a number's methods with their overloads
(5 | Get-Member CompareTo).Definition
(2.5 | Get-Member ToString).Definition
## STDOUT:
int CompareTo(System.Object value), int CompareTo(int value)
string ToString(), string ToString(string format), string ToString(System.IFormatProvider provider), string ToString(string format, System.IFormatProvider provider)
## END

#### DateTimeFormat lists the day and month names, Sunday and January first
$f = (Get-Culture).DateTimeFormat
$f.AbbreviatedDayNames[5]; $f.DayNames[0]; $f.MonthNames[3]; $f.AbbreviatedMonthNames.Count
## STDOUT:
Fri
Sunday
April
13
## END

#### a date written with one-digit parts and a fraction casts as DateTime.Parse reads it
([datetime]"2030-4-5 1:2:3.09").ToString("yyyy-MM-dd HH:mm:ss.fff")
## stdout: 2030-04-05 01:02:03.090

#### the current culture's ListSeparator can be changed, and -UseCulture follows it
[cultureinfo]::CurrentCulture.TextInfo.ListSeparator = ";"
(Get-Culture).TextInfo.ListSeparator
(Get-Culture).TextInfo.IsReadOnly
[pscustomobject]@{ a = 1; b = 2 } | ConvertTo-Csv -UseCulture -NoTypeInformation
'x;y', '1;2' | ConvertFrom-Csv -UseCulture | ForEach-Object { $_.y }
## STDOUT:
;
False
"a";"b"
"1";"2"
2
## END

#### a new culture is writable; the invariant one and GetCultureInfo's are read-only
$c = [cultureinfo]::new("en-US")
$c.TextInfo.ListSeparator = "|"
$c.TextInfo.ListSeparator
(Get-Culture).TextInfo.ListSeparator
[cultureinfo]::GetCultureInfo("en-US").TextInfo.IsReadOnly
[cultureinfo]::InvariantCulture.TextInfo.ListSeparator = "x"
## STDOUT:
|
,
True
## END
## error-id: ExceptionWhenSetting

#### Get-Member lists a TextInfo's properties; ListSeparator can be set
(Get-Culture).TextInfo | Get-Member ListSeparator, LCID | ForEach-Object { $_.Definition }
## STDOUT:
int LCID {get;}
string ListSeparator {get;set;}
## END

# [regex] objects: casts, ::new with options, instance methods, Match/Groups/Matches.

#### a [regex] cast keeps the pattern as its text
$r = [regex]'a(b)c'
$r.ToString(); "$r"; $r -is [regex]; $r.GetType().FullName
## STDOUT:
a(b)c
a(b)c
True
System.Text.RegularExpressions.Regex
## END

#### a Regex is case-sensitive unless made with IgnoreCase
$r = [regex]'abc'
$r.IsMatch('xABCx'); $r.IsMatch('xabcx')
[regex]::new('x', 'IgnoreCase').IsMatch('X')
## STDOUT:
False
True
True
## END

#### Match gives Success, Value, Index, Length and Groups
$m = ([regex]'a(b)c').Match('zzabc')
$m.Success; $m.Value; $m.Index; $m.Length; $m.Groups[1].Value; $m.Groups.Count
## STDOUT:
True
abc
2
3
b
2
## END

#### a failed Match is not a success
([regex]'q').Match('abc').Success
## stdout: False

#### named groups by name, and the group names in .NET's order
$r = [regex]::new('(?<y>\d{4})-(?<m>\d\d)-(\d\d)')
$m = $r.Match('on 2024-05-17')
$m.Groups['y'].Value; $m.Groups['m'].Value; $m.Groups[1].Value
$r.GetGroupNames() -join ','
## STDOUT:
2024
05
17
0,1,y,m
## END

#### Matches: count, index and enumerate
$ms = ([regex]'\d+').Matches('a1b22c333')
$ms.Count; $ms[1].Value
foreach ($x in $ms) { $x.Index }
## STDOUT:
3
22
1
3
6
## END

#### Replace with numbered and named substitutions
([regex]'(\w)(\d)').Replace('a1 b2', '$2$1')
([regex]'(?<y>\d{4})-(?<m>\d\d)').Replace('x 2024-05', '${m}/${y}')
## STDOUT:
1a 2b
x 05/2024
## END

#### Split on a Regex
([regex]',\s*').Split('a, b,c') -join '|'
## stdout: a|b|c

#### options combine with commas and show as .NET shows them
$r = [regex]::new('^b', 'IgnoreCase, Multiline')
$r.Options; $r.RightToLeft
$r.Matches("a`nB").Count
## STDOUT:
IgnoreCase, Multiline
False
1
## END

#### a Regex on the right of -match is its pattern
'xabcx' -match [regex]'A(b)c'; $matches[1]
## STDOUT:
True
b
## END

#### a bad pattern in a cast
[regex]'('
## error-id: InvalidCastConstructorException

#### a bad pattern in a cast: the message
try { [regex]'(' } catch { $_.Exception.Message }
## stdout: Cannot convert value "(" to type "System.Text.RegularExpressions.Regex". Error: "parsing "(" - Not enough )'s."

#### a bad pattern given to the constructor
try { [regex]::new('a)') } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
## STDOUT:
ArgumentException
Exception calling ".ctor" with "1" argument(s): "parsing "a)" - Too many )'s."
## END

#### the statics still work beside the objects
[regex]::Escape('a.b'); [regex]::Replace('a1', '\d', 'X'); ([regex]::Split('a1b', '\d')) -join ','
## STDOUT:
a\.b
aX
a,b
## END

#### [RegexOptions] values: by name, combined, and given to the constructor
$o = [System.Text.RegularExpressions.RegexOptions]'IgnoreCase, Singleline'
"$o"; [regex]::new('A.b', $o).IsMatch("a`nb")
[regex]::new('x', [System.Text.RegularExpressions.RegexOptions]::IgnoreCase).Options
## STDOUT:
IgnoreCase, Singleline
True
IgnoreCase
## END

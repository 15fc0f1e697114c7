# Where-Object: the script-block syntax and the simplified (comparison statement) syntax.

#### script block filter
(1..10 | Where-Object { $_ -gt 7 }) -join ","
## stdout: 8,9,10

#### the where alias
(1..6 | where { $_ % 2 -eq 0 }) -join ","
## stdout: 2,4,6

#### the ? alias
(1..5 | ? { $_ -lt 3 }) -join ","
## stdout: 1,2

#### $PSItem is the current object
(1..5 | Where-Object { $PSItem -ge 4 }) -join ","
## stdout: 4,5

#### -FilterScript by name
(1..5 | Where-Object -FilterScript { $_ -eq 3 }) -join ","
## stdout: 3

#### the script block result is converted to Boolean
("a", "", "b" | Where-Object { $_ }) -join ","
## stdout: a,b

#### a filter that keeps nothing writes nothing
1..3 | Where-Object { $_ -gt 5 }
## stdout-json: ""

#### filtering objects on a property
$items = [pscustomobject]@{n = "a"; v = 1}, [pscustomobject]@{n = "b"; v = 2}, [pscustomobject]@{n = "c"; v = 3}
($items | Where-Object { $_.v -ge 2 }).n -join ","
## stdout: b,c

#### simplified syntax with -eq
$items = [pscustomobject]@{n = "a"; v = 1}, [pscustomobject]@{n = "b"; v = 2}
($items | Where-Object v -eq 2).n
## stdout: b

#### simplified syntax ignores case
$items = [pscustomobject]@{n = "Alpha"}, [pscustomobject]@{n = "beta"}
($items | Where-Object n -eq "ALPHA").n
## stdout: Alpha

#### simplified syntax -CEQ is case-sensitive
$items = [pscustomobject]@{n = "Alpha"}, [pscustomobject]@{n = "alpha"}
($items | Where-Object n -CEQ "alpha").n
## stdout: alpha

#### simplified syntax -like
$items = [pscustomobject]@{n = "apple"}, [pscustomobject]@{n = "banana"}
($items | Where-Object n -like "b*").n
## stdout: banana

#### simplified syntax -match
$items = [pscustomobject]@{n = "a1"}, [pscustomobject]@{n = "bb"}
($items | Where-Object n -match "\d").n
## stdout: a1

#### simplified syntax -gt converts the value
$items = [pscustomobject]@{v = 5}, [pscustomobject]@{v = 20}
($items | Where-Object v -gt "10").v
## stdout: 20

#### simplified syntax -in
$items = [pscustomobject]@{n = "a"}, [pscustomobject]@{n = "b"}, [pscustomobject]@{n = "c"}
($items | Where-Object n -in "a", "c").n -join ","
## stdout: a,c

#### simplified syntax -contains
$items = [pscustomobject]@{tags = "x", "y"}, [pscustomobject]@{tags = "z"}
@($items | Where-Object tags -contains "y").Count
## stdout: 1

#### simplified syntax with named -Property and -Value
$items = [pscustomobject]@{v = 1}, [pscustomobject]@{v = 2}
($items | Where-Object -Property v -EQ -Value 2).v
## stdout: 2

#### simplified syntax with the value given before the switch
$items = [pscustomobject]@{v = 1}, [pscustomobject]@{v = 2}
($items | Where-Object -Value 2 -Property v -EQ).v
## stdout: 2

#### simplified syntax with only a property keeps objects where it is true
$items = [pscustomobject]@{n = "a"; ok = $true}, [pscustomobject]@{n = "b"; ok = $false}
($items | Where-Object ok).n
## stdout: a

#### simplified syntax on a missing property keeps nothing
$items = [pscustomobject]@{n = "a"}
@($items | Where-Object nothing -eq "a").Count
## stdout: 0

#### Where-Object streams into another Where-Object
(1..20 | Where-Object { $_ % 2 } | Where-Object { $_ -gt 15 }) -join ","
## stdout: 17,19

#### an ambiguous parameter prefix
1 | Where-Object -L 1
## error-id: AmbiguousParameter

#### an unknown parameter
1 | Where-Object -Bogus 1
## error-id: NamedParameterNotFound

#### a switch with no property
1 | Where-Object -EQ
## error-id: MissingMandatoryParameter

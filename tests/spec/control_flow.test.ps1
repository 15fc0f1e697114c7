# if / elseif / else, loops, switch, break and continue (about_If, about_Foreach, about_For,
# about_While, about_Do, about_Switch, about_Break, about_Continue).

#### if true
if ($true) { "yes" }
## stdout: yes

#### if false with else
if ($false) { "yes" } else { "no" }
## stdout: no

#### elseif
$x = 2
if ($x -eq 1) { "one" } elseif ($x -eq 2) { "two" } else { "other" }
## stdout: two

#### else after several elseifs
$x = 9
if ($x -eq 1) { "one" } elseif ($x -eq 2) { "two" } elseif ($x -eq 3) { "three" } else { "other" }
## stdout: other

#### if on $null is false
if ($null) { "yes" } else { "no" }
## stdout: no

#### if on zero is false
if (0) { "yes" } else { "no" }
## stdout: no

#### if on the string "False" is true
if ("False") { "yes" } else { "no" }
## stdout: yes

#### if on an empty array is false
if (@()) { "yes" } else { "no" }
## stdout: no

#### if with the else on the next line
if ($false) {
    "yes"
}
else {
    "no"
}
## stdout: no

#### if with an assignment as the condition
if ($v = 5) { "got $v" }
## stdout: got 5

#### foreach over a range
foreach ($i in 1..3) { $i * 2 }
## STDOUT:
2
4
6
## END

#### foreach over an array variable
$names = "a", "b"
foreach ($n in $names) { "<$n>" }
## STDOUT:
<a>
<b>
## END

#### foreach over $null does not run
foreach ($i in $null) { "ran" }
"done"
## stdout: done

#### foreach over a scalar runs once
foreach ($i in 5) { "got $i" }
## stdout: got 5

#### foreach with break
foreach ($i in 1..10) { if ($i -eq 3) { break }; $i }
## STDOUT:
1
2
## END

#### foreach with continue
foreach ($i in 1..4) { if ($i % 2) { continue }; $i }
## STDOUT:
2
4
## END

#### the loop variable keeps its last value
foreach ($i in 1..3) { }
$i
## stdout: 3

#### for loop
for ($i = 0; $i -lt 3; $i++) { $i }
## STDOUT:
0
1
2
## END

#### for loop with a step of two
for ($i = 0; $i -le 6; $i += 2) { $i }
## STDOUT:
0
2
4
6
## END

#### for with break
for ($i = 0; ; $i++) { if ($i -ge 2) { break }; $i }
## STDOUT:
0
1
## END

#### while loop
$i = 0
while ($i -lt 3) { $i; $i += 1 }
## STDOUT:
0
1
2
## END

#### while with ++ in the body
$i = 0
while ($i -lt 2) { $i; $i++ }
## STDOUT:
0
1
## END

#### while with a false condition never runs
while ($false) { "ran" }
"done"
## stdout: done

#### do-while runs at least once
do { "once" } while ($false)
## stdout: once

#### do-while loop
$i = 0
do { $i; $i += 1 } while ($i -lt 2)
## STDOUT:
0
1
## END

#### do-until loop
$i = 0
do { $i; $i += 1 } until ($i -ge 2)
## STDOUT:
0
1
## END

#### nested loops with break leave only the inner loop
foreach ($a in 1..2) { foreach ($b in 1..3) { if ($b -eq 2) { break }; "$a$b" } }
## STDOUT:
11
21
## END

#### labelled break leaves the outer loop
:outer foreach ($a in 1..2) { foreach ($b in 1..3) { if ($b -eq 2) { break outer }; "$a$b" } }
## stdout: 11

#### switch on a number
switch (2) { 1 { "one" } 2 { "two" } default { "other" } }
## stdout: two

#### switch default
switch (9) { 1 { "one" } default { "other" } }
## stdout: other

#### switch compares strings ignoring case
switch ("abc") { "ABC" { "matched" } }
## stdout: matched

#### switch -casesensitive
switch -casesensitive ("abc") { "ABC" { "upper" } "abc" { "lower" } }
## stdout: lower

#### switch runs every matching clause
switch (1) { 1 { "a" } 1 { "b" } }
## STDOUT:
a
b
## END

#### break in a switch stops at the first match
switch (1) { 1 { "a"; break } 1 { "b" } }
## stdout: a

#### switch -wildcard
switch -wildcard ("hello") { "h*" { "starts with h" } "*z" { "ends with z" } }
## stdout: starts with h

#### switch -regex sets $Matches
switch -regex ("abc123") { '\d+' { $Matches[0] } }
## stdout: 123

#### switch with a script block condition
switch (5) { { $_ -gt 3 } { "big" } { $_ -le 3 } { "small" } }
## stdout: big

#### switch over an array handles each element
switch (1, 2, 3) { 2 { "two" } default { "d$_" } }
## STDOUT:
d1
two
d3
## END

#### continue in a switch over an array goes to the next element
switch (1, 2, 3) { 2 { continue } default { "v$_" } }
## STDOUT:
v1
v3
## END

#### $_ in a switch clause
switch ("x") { default { "got $_" } }
## stdout: got x

#### switch with no match and no default writes nothing
switch (3) { 1 { "one" } }
"end"
## stdout: end

#### statements separated by semicolons
$a = 1; $b = 2; $a + $b
## stdout: 3

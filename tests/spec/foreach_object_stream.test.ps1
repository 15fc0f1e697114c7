# ForEach-Object as a later stage of a pipeline, taking objects one at a time from the stage before
# it: $_ and $args are its own while its block runs and the stage before finds its own $_ again.

#### a later stage sees each object the stage before writes
1..3 | ForEach-Object { $_ * 2 } | ForEach-Object { $_ + 1 }
## STDOUT:
3
5
7
## END

#### the stage before finds its own $_ after writing to a later stage
1..2 | ForEach-Object { "w$_"; "after $_" } | ForEach-Object { $_.ToUpper() }
## STDOUT:
W1
AFTER 1
W2
AFTER 2
## END

#### $_ is as it was once the pipeline ends
$_ = "outer"
1..2 | ForEach-Object { $_ } | ForEach-Object { $_ } | Out-Null
$_
## stdout: outer

#### $args is empty inside a later stage's block
& { 1 | ForEach-Object { $_ } | ForEach-Object { $args.Count } } "x" "y"
## stdout: 0

#### an error in a later stage's block is shown and the next object goes on
1, 0, 2 | ForEach-Object { $_ } | ForEach-Object { 10 / $_ }
## error-id: RuntimeException
## STDOUT:
10
5
## END

#### with Stop, an error in a later stage's block ends the script
$ErrorActionPreference = "Stop"
1, 0, 2 | ForEach-Object { $_ } | ForEach-Object { 10 / $_ }
"not here"
## error-id: RuntimeException
## stdout: 10

#### a later stage writes each element of an array its block gives
1..2 | ForEach-Object { $_ } | ForEach-Object { $_, ($_ * 10) }
## STDOUT:
1
10
2
20
## END

#### a later stage given $null writes nothing for it
$null, 1 | ForEach-Object { $_ } | ForEach-Object { $_ }
## stdout: 1

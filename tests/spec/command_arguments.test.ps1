# How a command argument that starts with a variable is read (PowerShell's ScanVariable in command mode).

#### a variable followed by a path separator is one argument with the variable expanded
$dir = 'C:\work'
Write-Output $dir\notes.txt $dir/notes.txt
## STDOUT:
C:\work\notes.txt
C:\work/notes.txt
## END

#### a dash or plus after a variable continues the same bare word
$n = 5
Write-Output $n-1 $n+1
(Write-Output $n-1).GetType().Name
## STDOUT:
5-1
5+1
String
## END

#### member access, an index, a comma and a space still end the variable
$s = 'abc'; $a = 'x', 'y'
Write-Output $s.Length $a[1]
Write-Output $s,$s | Measure-Object | ForEach-Object Count
## STDOUT:
3
y
2
## END

#### a braced variable name runs on into the word too, and may sit inside one
$x = 'mid'
Write-Output ${x}\end a${x}b ${x}.Length
## STDOUT:
mid\end
amidb
3
## END

#### $? followed by text is a bare word
Write-Output $?ok
## stdout: Trueok

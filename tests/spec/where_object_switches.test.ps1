# Where-Object's simplified syntax: an operator switch given as :$false counts as not given.

#### a switch given :$false falls back to testing the property
$people = [pscustomobject]@{ Name = 'Ann'; Age = 30 }, [pscustomobject]@{ Name = ''; Age = 40 }
($people | Where-Object Name -GT:$false).Count
## stdout: 1

#### an operator without -Value is an error
$people = [pscustomobject]@{ Name = 'Ann'; Age = 30 }
$people | Where-Object Age -GT
## error-id: ValueNotSpecifiedForWhereObject,Microsoft.PowerShell.Commands.WhereObjectCommand

#### -Value without an operator is an error
$people = [pscustomobject]@{ Name = 'Ann'; Age = 30 }
$people | Where-Object Age -GT:$false -Value 25
## error-id: OperatorNotSpecified,Microsoft.PowerShell.Commands.WhereObjectCommand

#### -Not:$false tests the property as given
$items = [pscustomobject]@{ Name = '' }, [pscustomobject]@{ Name = 'Test' }
($items | Where-Object Name -Not:$false).Name
## stdout: Test

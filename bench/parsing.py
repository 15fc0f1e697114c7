"""B7 parser throughput: tokenizing and parsing a 3,000-line script, in characters per second,
against the standard library's `tokenize` reading Python source of about the same size."""
from __future__ import annotations

import io
import os
import statistics
import sysconfig
import tokenize

from bench.harness import BenchError, Row, clock

LINES = 3000

# One block of a realistic administration script: a function with typed parameters, pipelines
# with script blocks, hashtables, expandable strings, comparisons, loops and comments. {i} makes
# every copy different.
_BLOCK = '''\
# Block {i}: review the XMPP partners and the roles that may change them.
function Get-PartnerReport{i} {{
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0)]
        [string] $Pattern,
        [int] $Limit = {i},
        [switch] $IncludeRoles
    )
    $partners = Get-CsXmppAllowedPartner -Filter $Pattern | Where-Object {{ $_.SaslNegotiation -eq "Required" }}
    $summary = @{{ Name = "report-{i}"; Count = @($partners).Count; Limit = $Limit; Ratio = {i} / 7 }}
    foreach ($p in $partners) {{
        if ($p.ConnectionLimit -gt $Limit -and $p.Identity -like "*.org") {{
            Write-Output "Partner $($p.Identity) allows $($p.ConnectionLimit) connections"
        }} elseif ($p.PartnerType -eq 'Federated') {{
            $summary['Federated'] += 1
        }} else {{
            continue
        }}
    }}
    if ($IncludeRoles) {{
        Get-CsAdminRole | Where-Object {{ $_.Cmdlets -match "Set-CsXmppAllowedPartner" }} |
            Select-Object -Property Identity, IsStandardRole | Sort-Object Identity
    }}
    [pscustomobject]$summary
}}
$result{i} = Get-PartnerReport{i} -Pattern '*.org' -Limit ({i} * 2 + 1) -IncludeRoles:$false
$names{i} = @('a{i}', "b{i}", 'c') -join ', '
'''


def powershell_script(lines: int = LINES) -> str:
    """Whole blocks until there are at least `lines` lines."""
    out, count, i = [], 0, 0
    while count < lines:
        block = _BLOCK.format(i=i)
        out.append(block)
        count += block.count("\n")
        i += 1
    return "".join(out)


def python_source(size: int) -> str:
    """Whole standard-library modules, joined until there are at least `size` characters."""
    lib = sysconfig.get_paths()["stdlib"]
    parts, total = [], 0
    for name in ("argparse.py", "textwrap.py", "shlex.py", "fractions.py", "ipaddress.py", "tarfile.py"):
        with open(os.path.join(lib, name), encoding="utf-8") as fh:
            text = fh.read()
        parts.append(text)
        total += len(text)
        if total >= size:
            break
    return "".join(parts)


def _lib2to3_parser():
    """The standard library's own pure-Python parser (lib2to3, Python 3.12 and older), parsing
    Python source into a tree, as a yardstick for what a parser written in Python reaches against
    `tokenize`; None where the library is gone (Python 3.13 removed it)."""
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            from lib2to3 import pygram, pytree
            from lib2to3.pgen2 import driver
        except ImportError:
            return None
    parser = driver.Driver(pygram.python_grammar_no_print_statement, convert=pytree.convert)
    return parser.parse_string


def b7(rounds: int) -> Row:
    from pyshell.language.parser import parse
    ps = powershell_script()
    result = parse(ps)
    if result.errors:
        raise BenchError(f"the benchmark script does not parse: {result.errors[0].message}")
    py = python_source(len(ps))

    def tok() -> None:
        for _ in tokenize.generate_tokens(io.StringIO(py).readline):
            pass

    tok()
    ratios, ps_rates, py_rates = [], [], []
    for _ in range(rounds):
        t_py = clock(tok)
        t_ps = clock(lambda: parse(ps))
        ps_rates.append(len(ps) / t_ps)
        py_rates.append(len(py) / t_py)
        ratios.append(ps_rates[-1] / py_rates[-1])
    ratio = statistics.median(ratios)
    lines = ps.count("\n")
    peer = ""
    lib2to3_parse = _lib2to3_parser()
    if lib2to3_parse is not None:
        peer_ratios = [clock(tok) / clock(lambda: lib2to3_parse(py)) for _ in range(max(3, rounds // 3))]
        peer = (f"; for scale, the standard library's pure-Python lib2to3 parses the Python source at "
                f"{statistics.median(peer_ratios):.2f}× tokenize")
    return Row("B7", f"parser: tokenize + parse {lines:,} lines, throughput", ratio, "≥ 0.5×", ratio >= 0.5,
               f"pyshell {statistics.median(ps_rates) / 1000:.0f} k chars/s, Python tokenize "
               f"{statistics.median(py_rates) / 1000:.0f} k chars/s{peer}")

"""Measure pyshell's parser against two public corpora (issue #10, point 3).

    python tools/parse_yardstick.py POWERSHELL TREE_SITTER_POWERSHELL [--verbose]

POWERSHELL is a PowerShell/PowerShell checkout and TREE_SITTER_POWERSHELL an
airbus-cert/tree-sitter-powershell one; each may be a work tree or a bare git directory (files are
then read from its HEAD). Nothing is copied into this repository.

  must-parse    every case of tree-sitter-powershell's test/corpus/*.txt except the class and enum
                files must parse without error (the expected S-expressions are the grammar's own
                and are not compared).
  must-reject   from PowerShell's test/powershell/Language/Parser/Parsing.Tests.ps1: the source of
                each `ShouldBeParseError` call with its expected error ids and offsets, and of each
                `Test-ErrorStmt` call (an error statement is expected; no id is given). A case
                counts as rejected when pyshell reports any parse error, and "same id" when pyshell's
                first error has the first expected id. Cases whose syntax only PowerShell 7 has
                (ternary, null-coalescing and null-conditional operators, the `clean` block) are
                counted on their own row: pyshell's target is Windows PowerShell 5.1, where that
                syntax does not exist, so it rejects them with 5.1's ids instead.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from pyshell.language.parser import parse  # noqa: E402

CORPUS_DIR = "test/corpus"
SKIPPED_CORPUS_FILES = ("classes.txt", "enum.txt")
PARSING_TESTS = "test/powershell/Language/Parser/Parsing.Tests.ps1"

# Describe blocks of Parsing.Tests.ps1 that test syntax Windows PowerShell 5.1 does not have.
PS7_DESCRIBES = ("null coalescing", "null conditional", "ternary")
PS7_SOURCE = re.compile(r"\bclean\b")      # the `clean` named block (PowerShell 7.3)

# Cases where Windows PowerShell 5.1 answers otherwise than the test (written for PowerShell 7), read
# from the 5.1 parser: PowerShell/PowerShell commit 60b3b304f2e1 (2016, the first import of the
# engine's source), engine/parser/Parser.cs. pyshell is measured against 5.1's answer there.
PS51_ANSWERS = {
    "@{ a=1;b=2;c=3;": (["IncompleteHashLiteral"], [14],
                        "5.1's HashExpressionRule reports IncompleteHashLiteral just after the last value; "
                        "PowerShell 7 reports MissingEndCurlyBrace at the '@{'"),
}


# -- reading a checkout -----------------------------------------------------------------------------

class Checkout:
    """A work tree or a bare git directory."""

    def __init__(self, path: str):
        self.path = path
        self.bare = self._is_git_dir()

    def _git(self, *args: str) -> str | None:
        try:
            return subprocess.run(["git", "--git-dir" if self._is_git_dir() else "-C", self.path, *args],
                                  capture_output=True, text=True, check=True, encoding="utf-8").stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return None

    def _is_git_dir(self) -> bool:
        return os.path.isfile(os.path.join(self.path, "HEAD")) and os.path.isdir(os.path.join(self.path, "objects"))

    def commit(self) -> str:
        return self._git("rev-parse", "HEAD") or "unknown (not a git checkout)"

    def read(self, rel: str) -> str | None:
        if not self.bare:
            full = os.path.join(self.path, rel)
            if os.path.isfile(full):
                with open(full, encoding="utf-8-sig") as fh:
                    return fh.read()
            return None
        text = self._git("show", f"HEAD:{rel}")
        return None if text is None else text.removeprefix("\ufeff")

    def list(self, rel_dir: str) -> list[str]:
        if not self.bare:
            full = os.path.join(self.path, rel_dir)
            return sorted(f"{rel_dir}/{n}" for n in os.listdir(full)) if os.path.isdir(full) else []
        out = self._git("ls-tree", "--name-only", "HEAD", rel_dir + "/")
        return sorted(out.splitlines()) if out else []


# -- the tree-sitter corpus -------------------------------------------------------------------------

@dataclass
class CorpusCase:
    file: str
    name: str
    source: str


_HEADER = re.compile(r"^={3,}\s*$")
_SEPARATOR = re.compile(r"^-{3,}\s*$")


def corpus_cases(file: str, text: str) -> list[CorpusCase]:
    """Tree-sitter's test format: `===` / name / `===`, the input, a `---` line, the expected tree."""
    lines = text.splitlines()
    cases: list[CorpusCase] = []
    i = 0
    while i < len(lines):
        if _HEADER.match(lines[i]) and i + 2 < len(lines) and _HEADER.match(lines[i + 2]):
            name = lines[i + 1].strip()
            j = i + 3
            body: list[str] = []
            while j < len(lines) and not _SEPARATOR.match(lines[j]):
                body.append(lines[j])
                j += 1
            cases.append(CorpusCase(file, name, "\n".join(body).strip("\n") + "\n"))
            i = j
        i += 1
    return cases


# -- Parsing.Tests.ps1 ------------------------------------------------------------------------------

@dataclass
class RejectCase:
    kind: str                      # "ShouldBeParseError" or "Test-ErrorStmt"
    source: str
    line: int
    describe: str
    error_ids: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    column: bool = False           # the offsets are 1-based columns (-CheckColumnNumber)
    ps51_note: str = ""            # set when the expected ids are 5.1's, not the test's (PS51_ANSWERS)

    @property
    def ps7_only(self) -> bool:
        return any(d in self.describe.lower() for d in PS7_DESCRIBES) or bool(PS7_SOURCE.search(self.source))


def split_arguments(text: str) -> list:
    """The arguments of a simple PowerShell command line: quoted strings, bare words and comma lists
    (`A,B` or `A, B`); a `#` outside quotes starts a comment."""
    words: list = []
    i, n = 0, len(text)
    pending_comma = False
    while i < n:
        ch = text[i]
        if ch in " \t":
            i += 1
            continue
        if ch == "#":
            break
        if ch == ",":
            pending_comma = True
            i += 1
            continue
        if ch == "'":
            j = i + 1
            buf = []
            while j < n:
                if text[j] == "'":
                    if j + 1 < n and text[j + 1] == "'":
                        buf.append("'")
                        j += 2
                        continue
                    break
                buf.append(text[j])
                j += 1
            word, i = "".join(buf), j + 1
        elif ch == '"':
            j = text.index('"', i + 1)
            word, i = text[i + 1:j].replace("`t", "\t").replace("`n", "\n").replace("`$", "$"), j + 1
        else:
            j = i
            while j < n and text[j] not in " \t,#":
                j += 1
            word, i = text[i:j], j
        if pending_comma and words:
            last = words[-1]
            words[-1] = (last if isinstance(last, list) else [last]) + [word]
        else:
            words.append(word)
        pending_comma = False
    return words


def reject_cases(text: str) -> list[RejectCase]:
    cases: list[RejectCase] = []
    describe = ""
    for lineno, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        m = re.match(r"Describe\s+(['\"])(.*?)\1", stripped)
        if m:
            describe = m.group(2)
            continue
        m = re.match(r"(ShouldBeParseError|Test-ErrorStmt|Test-ErrorStmtForSwitchFlag)\s+(.*)$", stripped)
        if not m:
            continue
        args = split_arguments(m.group(2))
        if not args or not isinstance(args[0], str):
            continue
        kind = "Test-ErrorStmt" if m.group(1).startswith("Test-ErrorStmt") else "ShouldBeParseError"
        case = RejectCase(kind, args[0], lineno, describe)
        if kind == "ShouldBeParseError":
            rest = [a for a in args[1:] if a != "-CheckColumnNumber"]
            case.column = "-CheckColumnNumber" in args
            ids = rest[0] if rest else []
            offsets = rest[1] if len(rest) > 1 else []
            case.error_ids = ids if isinstance(ids, list) else [ids]
            case.offsets = [int(o) for o in (offsets if isinstance(offsets, list) else [offsets])]
            if case.source in PS51_ANSWERS:
                ids51, offsets51, note = PS51_ANSWERS[case.source]
                case.error_ids, case.offsets, case.column, case.ps51_note = list(ids51), list(offsets51), False, note
        cases.append(case)
    return cases


@dataclass
class Outcome:
    case: RejectCase
    ids: list[str]
    positions: list[int]

    @property
    def rejected(self) -> bool:
        return bool(self.ids)

    @property
    def same_id(self) -> bool:
        return bool(self.ids) and bool(self.case.error_ids) and self.ids[0] == self.case.error_ids[0]

    @property
    def all_ids(self) -> bool:
        return self.ids == self.case.error_ids

    @property
    def same_position(self) -> bool:
        return self.same_id and bool(self.positions) and self.positions[0] == self.case.offsets[0]


def run_reject(case: RejectCase) -> Outcome:
    result = parse(case.source)
    ids = [e.error_id for e in result.errors]
    positions = [(e.extent.start_column if case.column else e.extent.start) if e.extent.source else -1
                 for e in result.errors]
    return Outcome(case, ids, positions)


# -- the report -------------------------------------------------------------------------------------

def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("powershell", help="a PowerShell/PowerShell checkout (work tree or bare git dir)")
    parser.add_argument("tree_sitter", help="an airbus-cert/tree-sitter-powershell checkout")
    parser.add_argument("--powershell-commit", help="the PowerShell checkout's commit, when it is not a git checkout")
    parser.add_argument("--tree-sitter-commit", help="the tree-sitter checkout's commit, when it is not a git checkout")
    parser.add_argument("--verbose", action="store_true", help="list every case that misses")
    args = parser.parse_args()

    ps, ts = Checkout(args.powershell), Checkout(args.tree_sitter)
    print(f"PowerShell/PowerShell              {args.powershell_commit or ps.commit()}")
    print(f"airbus-cert/tree-sitter-powershell {args.tree_sitter_commit or ts.commit()}\n")

    # must-parse
    files = [f for f in ts.list(CORPUS_DIR) if f.endswith(".txt")]
    if not files:
        print(f"no {CORPUS_DIR}/*.txt in {args.tree_sitter}")
        return 2
    cases: list[CorpusCase] = []
    skipped = 0
    for f in files:
        found = corpus_cases(os.path.basename(f), ts.read(f) or "")
        if os.path.basename(f) in SKIPPED_CORPUS_FILES:
            skipped += len(found)
        else:
            cases.extend(found)
    parse_failures = []
    for c in cases:
        errors = parse(c.source).errors
        if errors:
            parse_failures.append((c, errors[0]))

    # must-reject
    text = ps.read(PARSING_TESTS)
    if text is None:
        print(f"no {PARSING_TESTS} in {args.powershell}")
        return 2
    outcomes = [run_reject(c) for c in reject_cases(text)]

    print(f"{'corpus':<52} {'cases':>5} {'ok':>5} {'ok %':>6} {'same id':>7} {'id %':>6} {'all ids':>7} {'at':>5}")
    print(f"{'tree-sitter corpus, must parse (no class/enum files)':<52} {len(cases):>5} "
          f"{len(cases) - len(parse_failures):>5} {pct(len(cases) - len(parse_failures), len(cases)):>6}")
    rows = [
        ("ShouldBeParseError, syntax pyshell reads", "ShouldBeParseError", False),
        ("ShouldBeParseError, PowerShell 7-only syntax", "ShouldBeParseError", True),
        ("Test-ErrorStmt (no id given), syntax pyshell reads", "Test-ErrorStmt", False),
        ("Test-ErrorStmt (no id given), PowerShell 7-only", "Test-ErrorStmt", True),
    ]
    for label, kind, ps7 in rows:
        sel = [o for o in outcomes if o.case.kind == kind and o.case.ps7_only == ps7]
        if not sel:
            continue
        rej = sum(o.rejected for o in sel)
        line = f"{label:<52} {len(sel):>5} {rej:>5} {pct(rej, len(sel)):>6}"
        if kind == "ShouldBeParseError":
            same = sum(o.same_id for o in sel)
            line += (f" {same:>7} {pct(same, len(sel)):>6} {sum(o.all_ids for o in sel):>7}"
                     f" {sum(o.same_position for o in sel):>5}")
        print(line)
    print(f"\n(skipped: {skipped} cases in {', '.join(SKIPPED_CORPUS_FILES)}; 'ok' is parsed for the corpus and "
          "rejected for PowerShell's cases; 'same id' compares the first error id; 'all ids' the whole list; "
          "'at' also the first error's offset or column)")
    for o in outcomes:
        if o.case.ps51_note:
            print(f"(line {o.case.line}, {o.case.source!r}: measured against Windows PowerShell 5.1's answer "
                  f"{','.join(o.case.error_ids)}: {o.case.ps51_note})")

    if args.verbose:
        if parse_failures:
            print("\ntree-sitter cases that do not parse:")
            for c, e in parse_failures:
                print(f"  {c.file}: {c.name}: {e.error_id} at {e.extent.start}: {c.source.strip()[:100]!r}")
        misses = [o for o in outcomes if not o.rejected or (o.case.kind == "ShouldBeParseError" and not o.same_id)]
        if misses:
            print("\nParsing.Tests.ps1 cases missed (line, source, expected -> got):")
            for o in misses:
                tag = " [PS7]" if o.case.ps7_only else ""
                want = ",".join(o.case.error_ids) or "(an error)"
                print(f"  {o.case.line:>4}{tag} {o.case.source!r}: {want} -> {','.join(o.ids) or 'accepted'}")
        wrong_at = [o for o in outcomes if o.same_id and not o.same_position and not o.case.ps7_only]
        if wrong_at:
            print("\nsame id, other position (line, source, expected -> got):")
            for o in wrong_at:
                unit = "column" if o.case.column else "offset"
                print(f"  {o.case.line:>4} {o.case.source!r}: {unit} {o.case.offsets[0]} -> {o.positions[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""$^ and $$: the first and last token of the session's previous input, set once an input has run."""
from __future__ import annotations

import pytest

from pyshell.host import CaptureHost
from pyshell.shell import Shell


@pytest.fixture
def session():
    shell = Shell(host=CaptureHost(), store=":memory:")
    yield shell
    shell.close()


@pytest.mark.parametrize("line, first, last", [
    ("Get-Date -Year 2020 | Out-Null", "Get-Date", "Out-Null"),
    ('"a" + "b"', '"a"', '"b"'),
    ("(1 + 2).ToString()", "(", ")"),
    ('if ($true) { "x" }', "if", "}"),
    ("@(1, 2)", "@(", ")"),
    ("[byte]255 + 1", "[", "1"),
    ("Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq 'Required'}", "Get-CsXmppAllowedPartner", "}"),
])
def test_first_and_last_token_of_the_previous_input(session, line, first, last):
    session.run(line)
    assert session.run("$^; $$").output == f"{first}\n{last}\n"


def test_within_an_input_they_still_name_the_one_before(session):
    session.run("Get-Item .")
    assert session.run('"$^ $$"; Write-Output done').output == "Get-Item .\ndone\n"
    assert session.run("$^").output == '"$^ $$"\n'


def test_a_new_session_has_neither(session):
    assert session.run("$null -eq $^; $null -eq $$").output == "True\nTrue\n"

"""Tee-Object: objects pass on unchanged while a copy goes to a variable (one object, or an array)
or to a file written as Out-File writes it."""
from __future__ import annotations

import codecs
import os

import pytest

from pyshell.shell import Shell


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shell = Shell(store=":memory:")
    yield shell.run
    shell.close()


def test_variable_holds_every_object_and_they_flow_on(run):
    assert run("1, 2, 3 | Tee-Object -Variable n | ForEach-Object { $_ * 10 }; $n.Count; $n[2]").output == (
        "10\n20\n30\n3\n3\n")


def test_a_single_object_is_kept_as_itself(run):
    assert run("'only' | Tee-Object -Variable v | Out-Null; $v.GetType().Name").output == "String\n"


def test_file_gets_the_console_text(run, tmp_path):
    out = run('[pscustomobject]@{Name="alpha"} | Tee-Object -FilePath t.txt').output
    assert out == "\nName \n---- \nalpha\n\n\n"
    expected = "\nName \n---- \nalpha\n\n\n".replace("\n", os.linesep)
    assert (tmp_path / "t.txt").read_bytes() == codecs.BOM_UTF16_LE + expected.encode("utf-16-le")


def test_append_and_tee_alias(run, tmp_path):
    run('"a" | tee t.txt | Out-Null; "b" | tee t.txt -Append | Out-Null')
    assert (tmp_path / "t.txt").read_bytes().decode("utf-16") == f"a{os.linesep}b{os.linesep}"

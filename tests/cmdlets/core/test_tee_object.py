"""Tee-Object: objects pass on unchanged while a copy goes to a variable (one object, or an array)
or to a file written as Out-File writes it."""
from __future__ import annotations

import codecs
import os


def test_variable_holds_every_object_and_they_flow_on(run_in_tmp):
    assert run_in_tmp("1, 2, 3 | Tee-Object -Variable n | ForEach-Object { $_ * 10 }; $n.Count; $n[2]").output == (
        "10\n20\n30\n3\n3\n")


def test_a_single_object_is_kept_as_itself(run_in_tmp):
    assert run_in_tmp("'only' | Tee-Object -Variable v | Out-Null; $v.GetType().Name").output == "String\n"


def test_file_gets_the_console_text(run_in_tmp, tmp_path):
    out = run_in_tmp('[pscustomobject]@{Name="alpha"} | Tee-Object -FilePath t.txt').output
    assert out == "\nName \n---- \nalpha\n\n\n"
    expected = "\nName \n---- \nalpha\n\n\n".replace("\n", os.linesep)
    assert (tmp_path / "t.txt").read_bytes() == codecs.BOM_UTF16_LE + expected.encode("utf-16-le")


def test_append_and_tee_alias(run_in_tmp, tmp_path):
    run_in_tmp('"a" | tee t.txt | Out-Null; "b" | tee t.txt -Append | Out-Null')
    assert (tmp_path / "t.txt").read_bytes().decode("utf-16") == f"a{os.linesep}b{os.linesep}"

"""The concept topics in pyshell/help (about_Comparison_Operators and the others): Get-Help finds
them, and every example in them prints what the topic says it prints.

An example in a topic is a block of lines without a blank line in it:

        PS> $n = 5
        PS> $n -gt 3
        True
        PS> 1, 2 |
        >> ForEach-Object { $_ * 10 }
        10
        20

A line whose text starts with `PS> ` is a command; the lines right after it that start with `>> `
continue that command (as PowerShell's continuation prompt does). The lines after the command, up
to the next `PS> ` line or the blank line that ends the block, are what it prints, indented as
the `PS> ` is. Each block runs in a fresh shell with the demo organisation, in an empty working
folder; its commands run one after the other in that shell. Output and errors are compared
together, with trailing blanks and the blank lines before and after the whole output left out
(tables and lists print those); a blank line inside the output cannot be written in a topic, so
such an example fails and has to be changed.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import pyshell
from pyshell.commands import help as helpsys
from pyshell.shell import Shell

HELP_DIR = Path(pyshell.__file__).resolve().parent / "help"
TOPICS = ("about_Automatic_Variables", "about_Comparison_Operators", "about_Operators", "about_Pipelines",
          "about_Quoting_Rules", "about_Script_Blocks", "about_Wildcards", "about_Classes", "about_Enum",
          "about_Parameters_Default_Values")
_COMMAND = re.compile(r"^( +)PS> (.*)$")


def _examples(topic: str) -> list[tuple[int, list[tuple[str, list[str]]]]]:
    """(line number, [(command, expected lines)]) for each example block of a topic."""
    lines = (HELP_DIR / f"{topic}.help.txt").read_text(encoding="utf-8").splitlines()
    blocks = []
    i = 0
    while i < len(lines):
        m = _COMMAND.match(lines[i])
        if not m:
            i += 1
            continue
        indent, start = m.group(1), i + 1
        steps: list[tuple[str, list[str]]] = []
        while i < len(lines) and lines[i].strip():
            line = lines[i]
            if line.startswith(indent + "PS> "):
                command = [line[len(indent) + 4:]]
                i += 1
                while i < len(lines) and lines[i].startswith(indent + ">> "):
                    command.append(lines[i][len(indent) + 3:])
                    i += 1
                steps.append(("\n".join(command), []))
                continue
            assert line.startswith(indent), f"{topic}:{i + 1}: output indented less than its PS> line"
            steps[-1][1].append(line[len(indent):].rstrip())
            i += 1
        blocks.append((start, steps))
    return blocks


def _printed(text: str) -> list[str]:
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return lines


EXAMPLES = [pytest.param(topic, steps, id=f"{topic}:{line}") for topic in TOPICS for line, steps in _examples(topic)]


@pytest.mark.parametrize("topic, steps", EXAMPLES)
def test_the_example_prints_what_the_topic_shows(topic, steps, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shell = Shell(store=":memory:")
    try:
        for command, expected in steps:
            result = shell.run(command)
            assert _printed(result.output + result.errors) == expected, f"in {topic}: PS> {command}"
    finally:
        shell.close()


def test_every_topic_has_examples_and_the_layout_of_the_others():
    for topic in TOPICS:
        text = (HELP_DIR / f"{topic}.help.txt").read_text(encoding="utf-8")
        lines = text.splitlines()
        assert lines[:2] == ["TOPIC", f"    {topic}"]
        for heading in ("SHORT DESCRIPTION", "LONG DESCRIPTION", "SEE ALSO"):
            assert heading in lines, f"{topic} has no {heading}"
        assert all(len(line) <= 100 for line in lines), f"{topic} has lines over 100 columns"
        assert not any(line != line.rstrip() for line in lines), f"{topic} has trailing blanks"
        assert 60 <= len(lines) <= 150, f"{topic} has {len(lines)} lines"
        assert len(_examples(topic)) >= 4, f"{topic} has too few examples"


def test_see_also_names_topics_and_commands_that_exist(run):
    files = helpsys.about_files()
    for topic in TOPICS + ("about_pyshell",):
        lines = (HELP_DIR / f"{topic}.help.txt").read_text(encoding="utf-8").splitlines()
        for name in (line.strip() for line in lines[lines.index("SEE ALSO") + 1:] if line.strip()):
            if name.lower().startswith("about_"):
                assert name.lower() in files, f"{topic}: SEE ALSO {name} is no topic"
            else:
                assert run(f"Get-Command {name} | ForEach-Object Name").output == f"{name}\n", name


def test_the_topics_are_listed_with_their_short_descriptions(run):
    listing = run("Get-Help about_* | ForEach-Object { $_.Name + ': ' + $_.Synopsis }").output.splitlines()
    for topic in TOPICS:
        synopsis = helpsys.about_topic(HELP_DIR / f"{topic}.help.txt").synopsis
        assert synopsis and f"{topic}: {synopsis}" in listing


@pytest.mark.parametrize("topic", TOPICS)
def test_each_topic_opens_by_its_name_in_any_case(run, topic):
    text = (HELP_DIR / f"{topic}.help.txt").read_text(encoding="utf-8")
    assert run(f"Get-Help {topic}").output == text
    assert run(f"Get-Help {topic.lower()}").output == text
    assert run(f"help {topic.upper()}").output.startswith(f"TOPIC\n    {topic}\n")

"""Comment-based help is read from the block before a function or at the top of its body."""
from __future__ import annotations

from pyshell.commands.comment_help import comment_help
from pyshell.language.parser import parse


def functions(src: str):
    return [s for s in parse(src).tree.end.statements]


def test_block_comment_before_the_function() -> None:
    (fn,) = functions("<#\n.SYNOPSIS\nSays hello.\n.DESCRIPTION\nGreets\nwarmly.\n.PARAMETER Name\nWho to greet.\n"
                      ".EXAMPLE\nGet-Greeting -Name Ann\n#>\nfunction Get-Greeting($Name) { \"hi $Name\" }\n")
    h = comment_help(fn)
    assert h.synopsis == "Says hello."
    assert h.description == "Greets\nwarmly."
    assert h.parameters == {"name": "Who to greet."}
    assert h.examples == ["Get-Greeting -Name Ann"]


def test_line_comments_at_the_top_of_the_body() -> None:
    (fn,) = functions("function Other {\n    # .SYNOPSIS\n    # Inside the body.\n    1\n}\n")
    assert comment_help(fn).synopsis == "Inside the body."


def test_a_function_without_help() -> None:
    (fn,) = functions("# just a remark\nfunction Plain { 1 }\n")
    assert comment_help(fn) is None


def test_the_function_info_exposes_its_help() -> None:
    from pyshell.shell import Shell
    shell = Shell(store=":memory:")
    shell.run("function Get-X {\n<#\n.SYNOPSIS\nGets x.\n#>\n1 }")
    info = shell.context.commands.resolve("Get-X", shell.context)
    assert info.help().synopsis == "Gets x."
    shell.close()

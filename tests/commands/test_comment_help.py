"""Comment-based help: which comment block belongs to a function, script block or script
(comment_scan.py), and how a block is read into sections (comment_help.py)."""
from __future__ import annotations

from pyshell.commands.comment_help import analyze, comment_help, help_of, section_text
from pyshell.language import nodes as N
from pyshell.language.parser import parse


def functions(src: str):
    return [s for s in parse(src).tree.end.statements if isinstance(s, N.FunctionDefinition)]


def test_block_comment_before_the_function() -> None:
    (fn,) = functions("<#\n.SYNOPSIS\nSays hello.\n.DESCRIPTION\nGreets\nwarmly.\n.PARAMETER Name\nWho to greet.\n"
                      ".EXAMPLE\nGet-Greeting -Name Ann\n#>\nfunction Get-Greeting($Name) { \"hi $Name\" }\n")
    h = comment_help(fn)
    # Sections keep their text as written, each line ending in a line break; the empty line
    # before `#>` is the last section's.
    assert h.synopsis == "Says hello.\n"
    assert h.description == "Greets\nwarmly.\n"
    assert h.parameters == {"name": "Who to greet.\n"}
    assert h.examples == ["Get-Greeting -Name Ann\n\n"]


def test_line_comments_at_the_top_of_the_body() -> None:
    (fn,) = functions("function Other {\n    # .SYNOPSIS\n    # Inside the body.\n    1\n}\n")
    assert comment_help(fn).synopsis == "Inside the body.\n"


def test_a_block_at_the_end_of_the_body() -> None:
    (fn,) = functions("function Last {\n    1\n    <#\n    .SYNOPSIS\n    At the end.\n    #>\n}\n")
    assert comment_help(fn).synopsis == "At the end.\n\n"


def test_a_function_without_help() -> None:
    (fn,) = functions("# just a remark\nfunction Plain { 1 }\n")
    assert comment_help(fn) is None


def test_two_blank_lines_part_help_from_the_function() -> None:
    (fn,) = functions("<#\n.SYNOPSIS\nToo far.\n#>\n\n\nfunction Far { 1 }\n")
    assert comment_help(fn) is None
    (fn,) = functions("<#\n.SYNOPSIS\nClose enough.\n#>\n\nfunction Near { 1 }\n")
    assert comment_help(fn).synopsis == "Close enough.\n\n"


def test_comment_signs_inside_strings_are_no_comments() -> None:
    (fn,) = functions("function S {\n    '# .SYNOPSIS'\n    \"<# .SYNOPSIS #>\"\n}\n")
    assert comment_help(fn) is None


def test_a_script_block_is_read_from_its_brace() -> None:
    tree = parse("$sb = {\n    # .SYNOPSIS\n    #   From a block.\n    process { }\n}\n").tree
    block = tree.end.statements[0].value.elements[0].expression.body
    assert help_of(block).synopsis == "From a block.\n"


def test_script_help_is_not_the_help_of_its_first_function() -> None:
    near = parse("# .SYNOPSIS\n#   Whose?\nfunction foo { }\n").tree
    assert help_of(near, root=True) is None
    far = parse("# .SYNOPSIS\n#   The script's.\n\n\nfunction foo { }\n").tree
    assert help_of(far, root=True).synopsis == "The script's.\n"
    (fn,) = [s for s in near.end.statements if isinstance(s, N.FunctionDefinition)]
    assert comment_help(fn).synopsis == "Whose?\n"


def test_parameter_descriptions_from_comments_beside_them() -> None:
    (fn,) = functions("function P {\n# .SYNOPSIS\n#   p\nparam(\n    # the first\n    $a,\n    [int]\n"
                      "    # the second\n    $b,\n    <# the third #>$c\n)\n}\n")
    assert comment_help(fn).parameter_comments == ["the first\n", "the second\n", "the third \n"]


def test_what_makes_a_block_help() -> None:
    assert analyze(["", ".SYNOPSIS", "  text"]) is not None
    assert analyze(["a remark first", ".SYNOPSIS", "text"]) is None
    assert analyze([".SYNOPSIS text on the keyword line"]) is None        # no argument allowed
    assert analyze([".NAME", "x"]) is None                                # not a known keyword
    assert analyze([".PARAMETER"]) is None                                # its argument is needed
    h = analyze([".FORWARDHELPTARGETNAME Get-Help", ".FORWARDHELPCATEGORY Cmdlet", ".EXTERNALHELP a.xml"])
    assert (h.forward_target, h.forward_category, h.external_help) == ("Get-Help", "Cmdlet", "a.xml")


def test_sections_lose_the_first_lines_indentation_only() -> None:
    lines = ["", "    first", "", "        deeper", "  shallower"]
    assert section_text(lines, 0) == "first\n\n    deeper\nshallower\n"
    h = analyze([".LINK", "  https://example.com  ", ".COMPONENT", "  Parts  ", ".PARAMETER a", "one",
                 ".PARAMETER A", "two"])
    assert h.links == ["https://example.com"] and h.component == "Parts"
    assert h.parameters == {"a": "one\n"}                                 # the first one counts


def test_the_function_info_exposes_its_help() -> None:
    from pyshell.shell import Shell
    shell = Shell(store=":memory:")
    shell.run("function Get-X {\n<#\n.SYNOPSIS\nGets x.\n#>\n1 }")
    info = shell.context.commands.resolve("Get-X", shell.context)
    assert info.help().synopsis == "Gets x.\n\n"
    shell.close()

"""The tokenizer: its two modes, dashes and quotes as PowerShell accepts them, numbers, variables,
and the extents tokens carry back into the text."""
from __future__ import annotations

import decimal
import pickle

import pytest

from pyshell.language.diagnostics import ParseAbort
from pyshell.language.source import SourceText
from pyshell.language.tokenizer import COMMAND, EXPRESSION, Tokenizer
from pyshell.language.tokens import ParameterToken, T, VariableToken

EN_DASH, EM_DASH, BAR = "\u2013", "\u2014", "\u2015"
LDQ, RDQ, LSQ, RSQ = "\u201c", "\u201d", "\u2018", "\u2019"


def scan(text: str, mode: str = EXPRESSION) -> list:
    """All tokens of `text` in one mode, without the final EOF."""
    tz = Tokenizer(SourceText(text))
    out = []
    while True:
        tok = tz.next(mode)
        if tok.kind is T.EOF:
            return out
        out.append(tok)


def one(text: str, mode: str = EXPRESSION):
    toks = scan(text, mode)
    assert len(toks) == 1, toks
    return toks[0]


def scan_error(text: str, mode: str = EXPRESSION):
    with pytest.raises(ParseAbort) as info:
        scan(text, mode)
    return info.value.error


# -- modes ---------------------------------------------------------------------------------------

def test_dash_word_is_a_parameter_in_command_mode():
    tok = one("-eq", COMMAND)
    assert tok.kind is T.PARAMETER
    assert tok.value == ParameterToken("eq", False)


def test_dash_word_is_an_operator_in_expression_mode():
    tok = one("-eq", EXPRESSION)
    assert tok.kind is T.OPERATOR and tok.value == "eq"


@pytest.mark.parametrize("text, canonical", [
    ("-EQ", "eq"), ("-ieq", "eq"), ("-ceq", "ceq"), ("-Like", "like"), ("-cnotmatch", "cnotmatch"),
    ("-notin", "notin"), ("-and", "and"), ("-join", "join"), ("-f", "f"), ("-isnot", "isnot"),
])
def test_operator_spellings_are_canonical(text, canonical):
    tok = one(text)
    assert tok.kind is T.OPERATOR and tok.value == canonical and tok.text == text


def test_unknown_dash_word_in_expression_mode_is_left_for_the_parser_to_report():
    from pyshell.language.parser import parse
    toks = scan('"a" -foo "b"', EXPRESSION)
    assert toks[1].kind is T.GENERIC and toks[1].text == "-foo"
    err = parse('"a" -foo "b"').errors[0]
    assert err.error_id == "UnexpectedToken"
    assert err.extent.text == "-foo"


def test_parameter_with_colon():
    toks = scan("-Name:val x", COMMAND)
    assert [t.kind for t in toks] == [T.PARAMETER, T.GENERIC, T.GENERIC]
    assert toks[0].value == ParameterToken("Name", True)
    assert toks[0].text == "-Name:"
    assert toks[1].value == "val"


def test_bare_words_in_command_mode():
    toks = scan("Get-Item a.txt", COMMAND)
    assert [(t.kind, t.value) for t in toks] == [(T.GENERIC, "Get-Item"), (T.GENERIC, "a.txt")]


def test_words_and_member_dots_in_expression_mode():
    toks = scan("a.txt", EXPRESSION)
    assert [t.kind for t in toks] == [T.IDENT, T.DOT, T.IDENT]


def test_number_followed_by_letters_is_a_word_in_command_mode():
    tok = one("5abc", COMMAND)
    assert tok.kind is T.GENERIC and tok.value == "5abc"


def test_number_followed_by_letters_is_a_word_in_expression_mode_too():
    # PowerShell's ScanNumber gives up and scans a generic token in either mode (77z.exe); only a
    # number that does not fit its type is a BadNumericConstant.
    tok = one("5abc", EXPRESSION)
    assert tok.kind is T.GENERIC and tok.text == "5abc"


def test_a_number_ends_at_an_operator_in_expression_mode():
    toks = scan("5+3", EXPRESSION)
    assert [t.kind for t in toks] == [T.NUMBER, T.OPERATOR, T.NUMBER]


def test_punctuation_tokens():
    toks = scan("a;b|c{}()", COMMAND)
    assert [t.kind for t in toks] == [T.GENERIC, T.SEMI, T.GENERIC, T.PIPE, T.GENERIC,
                                      T.LCURLY, T.RCURLY, T.LPAREN, T.RPAREN]


def test_array_and_hash_openers():
    assert [t.kind for t in scan("@( @{ $(")] == [T.AT_PAREN, T.AT_CURLY, T.DOLLAR_PAREN]


def test_newline_is_a_token_and_comments_are_skipped():
    toks = scan("a # comment\nb <# block #> c", COMMAND)
    assert [t.kind for t in toks] == [T.GENERIC, T.NEWLINE, T.GENERIC, T.GENERIC]
    assert [t.value for t in toks if t.kind is T.GENERIC] == ["a", "b", "c"]


def test_line_continuation_is_whitespace():
    toks = scan("a `\nb", COMMAND)
    assert [t.value for t in toks] == ["a", "b"]


def test_unterminated_block_comment_is_incomplete():
    err = scan_error("<# never closed")
    assert err.error_id == "MissingEndOfComment" and err.incomplete


def test_redirection_token():
    tok = one("2>&1", COMMAND)
    assert tok.kind is T.REDIRECTION and tok.value == ("2", "1", False)


def test_range_and_increment_operators():
    assert [t.value for t in scan("1..2")] == [1, "..", 2]
    assert [t.value for t in scan("$i++")][1] == "++"


# -- dashes --------------------------------------------------------------------------------------

@pytest.mark.parametrize("dash", [EN_DASH, EM_DASH, BAR])
def test_typographic_dashes_make_operators(dash):
    tok = one(dash + "eq")
    assert tok.kind is T.OPERATOR and tok.value == "eq"


@pytest.mark.parametrize("dash", [EN_DASH, EM_DASH, BAR])
def test_typographic_dashes_make_parameters(dash):
    tok = one(dash + "Filter", COMMAND)
    assert tok.kind is T.PARAMETER and tok.value.name == "Filter"


def test_en_dash_alone_is_minus():
    toks = scan(f"5 {EN_DASH} 2")
    assert toks[1].kind is T.OPERATOR and toks[1].value == "-"


def test_two_dashes_are_decrement():
    tok = one(EN_DASH + EN_DASH)
    assert tok.kind is T.OPERATOR and tok.value == "--"


def test_dash_equals():
    assert one("-=").value == "-="


def test_lone_dash_in_command_mode_is_a_word():
    toks = scan('Get-CsXmppAllowedPartner - Filter "*.org"', COMMAND)
    assert [t.kind for t in toks] == [T.GENERIC, T.GENERIC, T.GENERIC, T.EXPANDABLE]
    assert toks[1].value == "-"


def test_negative_number_in_command_mode():
    tok = one("-5", COMMAND)
    assert tok.kind is T.NUMBER and tok.value == -5


# -- quotes --------------------------------------------------------------------------------------

def test_single_quoted_string():
    tok = one("'a $x'")
    assert tok.kind is T.STRING and tok.value == "a $x"


def test_doubled_single_quote():
    assert one("'it''s'").value == "it's"


def test_double_quoted_string_parts():
    tok = one('"a$x b"')
    assert tok.kind is T.EXPANDABLE
    assert tok.value[0] == "a" and tok.value[2] == " b"
    kind, var, start, end = tok.value[1]
    assert kind == "var" and var.name == "x" and (start, end) == (2, 4)


def test_subexpression_part_records_its_inner_range():
    text = '"$(1+2)z"'
    tok = one(text)
    kind, start, end = tok.value[0]
    assert kind == "sub" and text[start:end] == "1+2"
    assert tok.value[1] == "z"


def test_backtick_escapes_in_double_quotes():
    assert one('"a`tb`n`$x``"').value == ["a\tb\n$x`"]


def test_doubled_double_quote():
    assert one('"say ""hi"""').value == ['say "hi"']


def test_backtick_is_literal_in_single_quotes():
    assert one("'a`tb'").value == "a`tb"


def test_curly_double_quotes():
    tok = one(f"{LDQ}abc{RDQ}")
    assert tok.kind is T.EXPANDABLE and tok.value == ["abc"]


def test_curly_double_quote_closed_by_straight_quote():
    assert one(f'{LDQ}abc"').value == ["abc"]


def test_curly_single_quotes():
    tok = one(f"{LSQ}abc{RSQ}")
    assert tok.kind is T.STRING and tok.value == "abc"


def test_variable_before_curly_closing_quote():
    tok = one(f"{LDQ}x is $x{RDQ}")
    kind, var, _, _ = tok.value[1]
    assert var.name == "x"



@pytest.mark.parametrize("text, quote", [('"abc', '"'), ("'abc", "'")])
def test_unterminated_strings_are_incomplete(text, quote):
    err = scan_error(text)
    assert err.error_id == "TerminatorExpectedAtEndOfString"
    assert err.incomplete
    assert err.extent.start == 0


def test_here_string_literal():
    tok = one("@'\n$x \"q\"\n'@")
    assert tok.kind is T.STRING and tok.value == '$x "q"'


def test_here_string_expandable():
    tok = one('@"\nhi $name\n"@')
    assert tok.kind is T.EXPANDABLE
    assert tok.value[0] == "hi " and tok.value[1][1].name == "name"


def test_here_string_keeps_inner_lines_and_drops_last_newline():
    assert one("@'\na\nb\n'@").value == "a\nb"


def test_here_string_header_must_end_the_line():
    err = scan_error("@' x\n'@")
    assert err.error_id == "UnexpectedCharactersAfterHereStringHeader"


def test_unterminated_here_string_is_incomplete():
    err = scan_error('@"\nabc')
    assert err.error_id == "TerminatorExpectedAtEndOfString" and err.incomplete


# -- numbers -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("42", 42), ("1kb", 1024), ("1KB", 1024), ("2mb", 2 * 1024 ** 2), ("1gb", 1024 ** 3),
    ("0x10", 16), ("0xff", 255), ("0xFFFFFFFF", -1), (".5", 0.5), ("1.5", 1.5), ("1e3", 1000.0),
    ("1.5kb", 1536.0),
])
def test_number_values(text, value):
    tok = one(text)
    assert tok.kind is T.NUMBER and tok.value == value and type(tok.value) is type(value)


def test_long_suffix_makes_an_int64_even_for_small_values():
    from pyshell.runtime.typenames import type_name_of
    tok = one("2L")
    assert tok.value == 2 and type_name_of(tok.value) == "System.Int64"


def test_decimal_suffix():
    tok = one("10d")
    assert tok.value == decimal.Decimal(10) and isinstance(tok.value, decimal.Decimal)


@pytest.mark.parametrize("mode", [COMMAND, EXPRESSION])
def test_numbers_in_both_modes(mode):
    assert one("1kb", mode).value == 1024


# -- variables -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, var", [
    ("$x", VariableToken("x", "", False, False)),
    ("$Global:x", VariableToken("x", "global", False, False)),
    ("$env:PATH", VariableToken("PATH", "env", False, False)),
    ("${a b}", VariableToken("a b", "", False, True)),
    ("@args", VariableToken("args", "", True, False)),
    ("$_", VariableToken("_", "", False, False)),
    ("$?", VariableToken("?", "", False, False)),
    ("$$", VariableToken("$", "", False, False)),
    ("$^", VariableToken("^", "", False, False)),
])
def test_variables(text, var):
    tok = one(text)
    assert tok.kind is T.VARIABLE and tok.value == var and tok.text == text


def test_variable_stops_at_punctuation():
    toks = scan("$x.Length")
    assert toks[0].value.name == "x" and toks[1].kind is T.DOT


def test_lone_dollar_is_a_word():
    assert one("$", COMMAND).kind is T.GENERIC


def test_unterminated_braced_variable_is_incomplete():
    err = scan_error("${abc")
    assert err.incomplete


def test_bare_word_with_a_variable_expands():
    tok = one("C:\\$name\\x", COMMAND)
    assert tok.kind is T.GENERIC and isinstance(tok.value, list)
    assert any(isinstance(p, tuple) and p[0] == "var" and p[1].name == "name" for p in tok.value)


# -- extents -------------------------------------------------------------------------------------

def test_extents_are_offsets_into_the_text():
    text = "$x -eq 10"
    toks = scan(text)
    assert [(t.extent.start, t.extent.end) for t in toks] == [(0, 2), (3, 6), (7, 9)]
    assert [t.extent.text for t in toks] == ["$x", "-eq", "10"]


def test_extents_know_lines_and_columns():
    toks = scan("a\n  $x", COMMAND)
    var = toks[-1]
    assert (var.extent.start_line, var.extent.start_column) == (2, 3)
    assert (var.extent.end_line, var.extent.end_column) == (2, 5)


def test_extent_of_a_multi_line_string():
    tok = one('"a\nb"')
    assert tok.extent.start_line == 1 and tok.extent.end_line == 2


def test_space_before_flag():
    toks = scan("a -b-c", COMMAND)
    assert [t.space_before for t in toks] == [True, True]
    toks = scan("$x.y")
    assert [t.space_before for t in toks] == [True, False, False]


def test_extent_of_a_typographic_dash_token():
    text = f"1 {EN_DASH}eq 1"
    tok = scan(text)[1]
    assert tok.extent.text == f"{EN_DASH}eq" and tok.extent.start == 2


def test_token_kinds_are_named_singletons_that_survive_pickling():
    assert T.PIPE.name == "PIPE" and T.PIPE.value == "|" and repr(T.EOF) == "<T.EOF: 'end of input'>"
    assert pickle.loads(pickle.dumps(T.VARIABLE)) is T.VARIABLE
    assert len({T.PIPE, T.PIPE, T.SEMI}) == 2

"""The parser: the tree it builds, the extents it records, and its errors — PowerShell's error ids
and the `incomplete` flag the REPL uses to ask for another line."""
from __future__ import annotations

import pytest

from pyshell.language import nodes as N
from pyshell.language.parser import parse


def statements(text: str) -> tuple:
    result = parse(text)
    assert result.errors == [], result.errors
    return result.tree.end.statements


def expression(text: str) -> N.Node:
    (stmt,) = statements(text)
    assert isinstance(stmt, N.Pipeline) and len(stmt.elements) == 1
    el = stmt.elements[0]
    assert isinstance(el, N.CommandExpression)
    return el.expression


def first_error(text: str):
    result = parse(text)
    assert result.errors, f"{text!r} parsed without errors"
    return result.errors[0]


# -- the tree ------------------------------------------------------------------------------------

def test_multiplication_binds_tighter_than_addition():
    e = expression("1 + 2 * 3")
    assert isinstance(e, N.Binary) and e.operator == "+"
    assert isinstance(e.right, N.Binary) and e.right.operator == "*"


def test_comparison_binds_tighter_than_and():
    e = expression("1 -eq 2 -and 3")
    assert e.operator == "and"
    assert e.left.operator == "eq"


def test_binary_operators_are_left_associative():
    e = expression("10 - 2 - 3")
    assert e.operator == "-" and isinstance(e.left, N.Binary) and e.left.operator == "-"


def test_case_sensitive_operator_is_kept():
    assert expression('"a" -ceq "A"').operator == "ceq"


def test_typographic_dash_operator_parses_like_ascii():
    e = expression("1 \u2013eq 1")
    assert e.operator == "eq" and e.operator_extent.text == "\u2013eq"


def test_assignment():
    (stmt,) = statements("$x = 1 + 2")
    assert isinstance(stmt, N.Assignment) and stmt.operator == "="
    assert isinstance(stmt.target, N.Variable) and stmt.target.name == "x"


def test_compound_assignment_operator():
    (stmt,) = statements("$x += 1")
    assert stmt.operator == "+="


def test_pipeline_of_commands():
    (stmt,) = statements("Get-X -A 1 b | Where-Object { $_ }")
    assert isinstance(stmt, N.Pipeline) and len(stmt.elements) == 2
    cmd = stmt.elements[0]
    assert isinstance(cmd, N.Command)
    name, param, one, b = cmd.elements
    assert name.value == "Get-X"
    assert isinstance(param, N.CommandParameter) and param.name == "A" and param.argument is None
    assert isinstance(one, N.Constant) and one.value == 1
    assert isinstance(b, N.StringConstant) and b.bare and b.value == "b"
    assert isinstance(stmt.elements[1].elements[1], N.ScriptBlockExpression)


def test_expression_first_in_pipeline():
    (stmt,) = statements("1, 2 | Where-Object { $_ }")
    assert isinstance(stmt.elements[0], N.CommandExpression)
    assert isinstance(stmt.elements[0].expression, N.ArrayLiteral)


def test_parameter_with_colon_argument():
    (stmt,) = statements("f -Loud:$false")
    param = stmt.elements[0].elements[1]
    assert isinstance(param, N.CommandParameter) and param.colon
    assert isinstance(param.argument, N.Variable) and param.argument.name == "false"


def test_number_argument_followed_by_a_parameter():
    (stmt,) = statements("f -b 1 -a 10")
    assert [type(e).__name__ for e in stmt.elements[0].elements] == [
        "StringConstant", "CommandParameter", "Constant", "CommandParameter", "Constant"]



def test_question_mark_alias_as_a_command():
    (stmt,) = statements("1 | ? { $_ }")
    assert stmt.elements[1].elements[0].value == "?"



def test_ampersand_invocation():
    (stmt,) = statements("& $sb 1")
    cmd = stmt.elements[0]
    assert cmd.invocation == "&" and isinstance(cmd.elements[0], N.Variable)


def test_if_elseif_else():
    (stmt,) = statements("if ($a) { 1 } elseif ($b) { 2 } else { 3 }")
    assert isinstance(stmt, N.If) and len(stmt.clauses) == 2 and stmt.else_body is not None


def test_foreach():
    (stmt,) = statements("foreach ($i in 1..3) { $i }")
    assert isinstance(stmt, N.ForEach) and stmt.variable.name == "i"


def test_switch_flags_and_default():
    (stmt,) = statements("switch -regex ($x) { 'a' { 1 } default { 2 } }")
    assert isinstance(stmt, N.Switch) and "regex" in stmt.flags
    assert stmt.clauses[-1].condition is None


def test_try_catch_finally():
    (stmt,) = statements("try { 1 } catch [System.IO.IOException] { 2 } catch { 3 } finally { 4 }")
    assert isinstance(stmt, N.Try) and len(stmt.catches) == 2 and stmt.finally_body is not None
    assert stmt.catches[0].types[0].name == "System.IO.IOException"


def test_function_with_param_block():
    (stmt,) = statements("function f { param([int]$n = 1, [switch]$s) $n }")
    assert isinstance(stmt, N.FunctionDefinition) and stmt.name == "f"
    params = stmt.body.param_block.parameters
    assert [p.name for p in params] == ["n", "s"]
    assert params[0].type.name == "int" and isinstance(params[0].default, N.Constant)



def test_function_parameters_without_defaults():
    (stmt,) = statements("function f { param([int]$n, [switch]$s) $n }")
    assert [p.name for p in stmt.body.param_block.parameters] == ["n", "s"]


def test_function_named_blocks():
    (stmt,) = statements("function f { begin { 1 } process { 2 } end { 3 } }")
    body = stmt.body
    assert body.begin is not None and body.process is not None and body.end is not None


def test_hashtable_and_array_expressions():
    e = expression("@{a = 1; b = 2}")
    assert isinstance(e, N.Hashtable) and len(e.pairs) == 2
    assert isinstance(expression("@(1, 2)"), N.ArrayExpression)


def test_member_index_and_method_call():
    assert isinstance(expression("$a.b"), N.Member)
    assert isinstance(expression("$a[0]"), N.Index)
    assert isinstance(expression("$a.b(1)"), N.InvokeMember)


def test_expandable_string_parts():
    e = expression('"a $x $(1)"')
    assert isinstance(e, N.ExpandableString)
    kinds = [type(p).__name__ for p in e.parts]
    assert "Variable" in kinds and "SubExpression" in kinds


def test_statements_separated_by_semicolons_and_newlines():
    assert len(statements("1; 2\n3")) == 3


# -- extents -------------------------------------------------------------------------------------

def test_node_extents():
    e = expression("1 + 2 * 3")
    assert (e.extent.start, e.extent.end) == (0, 9)
    assert e.right.extent.text == "2 * 3"
    assert e.operator_extent.text == "+" and e.operator_extent.start == 2


def test_command_extents():
    (stmt,) = statements("Get-X -Name abc | Where-Object { $_ }")
    cmd1, cmd2 = stmt.elements
    assert cmd1.extent.text == "Get-X -Name abc"
    assert cmd1.elements[1].extent.text == "-Name"
    assert cmd2.extent.text == "Where-Object { $_ }"
    assert stmt.extent.text == "Get-X -Name abc | Where-Object { $_ }"


def test_extents_on_later_lines():
    stmts = statements("$a = 1\n  $b")
    var = stmts[1].elements[0].expression
    assert (var.extent.start_line, var.extent.start_column) == (2, 3)


def test_script_extent_covers_the_text():
    result = parse("1\n2")
    assert result.tree.extent.start == 0 and result.tree.extent.end == 3


# -- errors --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, error_id", [
    ("1 +", "ExpectedValueExpression"),
    ("$x =", "ExpectedValueExpression"),
    ('"abc', "TerminatorExpectedAtEndOfString"),
    ("'abc", "TerminatorExpectedAtEndOfString"),
    ("{", "MissingEndCurlyBrace"),
    ("if ($true) {", "MissingEndCurlyBrace"),
    ("(1 + 2", "MissingEndParenthesisInExpression"),
    ("Get-X |", "EmptyPipeElement"),
    ("Get-X | 2", "ExpressionsMustBeFirstInPipeline"),
    ("1 2", "UnexpectedToken"),
    ('"a" -foo "b"', "UnexpectedToken"),
    ("}", "UnexpectedToken"),
    ("foreach ($i 1..3) { }", "MissingInInForeach"),
    ("try { 1 }", "MissingCatchOrFinally"),
    ("if ($true)", "MissingStatementBlock"),
    ("@{a}", "MissingEqualsInHashLiteral"),
    ("function { 1 }", "MissingNameAfterKeyword"),
    ("do { 1 }", "MissingWhileOrUntilInDoWhile"),
    ("<# comment", "MissingEndOfComment"),
])
def test_error_ids(text, error_id):
    assert first_error(text).error_id == error_id


def test_incomplete_hash_literal():
    assert first_error("@{a = 1").error_id == "IncompleteHashLiteral"



def test_error_messages():
    assert first_error("1 +").message == "You must provide a value expression following the '+' operator."
    assert first_error("{").message == "Missing closing '}' in statement block or type definition."
    assert first_error("1 2").message == "Unexpected token '2' in expression or statement."
    assert first_error('"abc').message == 'The string is missing the terminator: ".'


def test_missing_operand_is_blamed_just_after_the_operator():
    err = first_error("1 +")
    assert (err.extent.start, err.extent.end) == (3, 3)


def test_missing_curly_is_blamed_on_the_opening_brace():
    err = first_error("if ($true) {")
    assert (err.extent.start, err.extent.end) == (11, 12)
    assert (err.extent.start_line, err.extent.start_column) == (1, 12)


def test_unterminated_string_is_blamed_from_its_quote():
    err = first_error('$a = "abc')
    assert err.extent.start == 5 and err.extent.end == 9


def test_unexpected_token_is_blamed_on_the_token():
    err = first_error('"a" -foo "b"')
    assert err.extent.text == "-foo"
    err = first_error("1 2")
    assert (err.extent.start, err.extent.end) == (2, 3)


def test_error_on_a_later_line():
    err = first_error("$a = 1\n$b = (1 +\n")
    assert err.extent.start_line >= 2


@pytest.mark.parametrize("text", [
    "{", "(", "Get-X |", "1 +", '"abc', "'abc", '@"\nabc', "if ($true) {", "function f {",
    "foreach ($i in 1..3) {", "$(", "@(", "@{", "(1 + 2", "$x =", "try { 1 }", "do { 1 }",
    "<# c", "if ($true)", "f 1,", "Get-X |\n", "1 +\n",
])
def test_incomplete_input(text):
    result = parse(text)
    assert result.incomplete, result.errors


@pytest.mark.parametrize("text", [
    "1 + 2", "", "# only a comment", "if ($true) { 1 } else { 2 }", "function f { param($a) $a }",
    '"a" | Where-Object { $_ }', "@{a = 1}", "$x = @(1, 2)", '@"\nhere\n"@', "Get-X -Name:1",
    "Get-X |\n  Where-Object { $_ }", "1 +\n 2", "try { 1 } catch { 2 }", "do { 1 } while ($false)",
])
def test_complete_input(text):
    result = parse(text)
    assert result.errors == [] and not result.incomplete


@pytest.mark.parametrize("text", ["1 2", '"a" -foo "b"', "}", "foreach ($i 1..3) { }", "Get-X | 2", "@{a}"])
def test_wrong_input_is_not_incomplete(text):
    result = parse(text)
    assert result.errors and not result.incomplete


def test_parse_never_raises_on_deep_nesting():
    result = parse("(" * 2000 + "1" + ")" * 2000)
    assert result.errors
    assert result.errors[0].error_id == "ScriptTooComplicated"


def test_parse_records_the_source_name():
    result = parse("1 +", "script.ps1")
    assert result.errors[0].extent.file == "script.ps1"


def test_errors_after_a_bad_line_are_still_collected():
    result = parse("1 2\n3 4")
    assert [e.error_id for e in result.errors] == ["UnexpectedToken", "UnexpectedToken"]

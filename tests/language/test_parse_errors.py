"""Parse errors rule by rule, as Windows PowerShell 5.1's parser reports them: the error id, where it
is blamed (an offset into the text) and whether more typing could fix it (the REPL's `incomplete`)."""
from __future__ import annotations

import pytest

from pyshell.language import nodes as N
from pyshell.language.parser import parse


def errors(text: str) -> list[tuple[str, int]]:
    return [(e.error_id, e.extent.start) for e in parse(text).errors]


def first(text: str):
    result = parse(text)
    assert result.errors, f"{text!r} parsed without errors"
    return result.errors[0]


# (text, error id, offset of the first error, incomplete)
CASES = [
    # for
    ("for", "MissingOpenParenthesisAfterKeyword", 3, True),
    ("for (", "MissingEndParenthesisAfterStatement", 5, True),
    ("for ($i = 0", "MissingEndParenthesisAfterStatement", 11, True),
    ("for ($i = 0; $i -lt 2;", "MissingEndParenthesisAfterStatement", 22, True),
    ("for (;;)", "MissingLoopStatement", 8, True),
    ("for (;;) x", "MissingLoopStatement", 8, False),
    (":top for (;;)", "MissingLoopStatement", 13, True),
    # foreach
    ("foreach", "MissingOpenParenthesisAfterKeyword", 7, True),
    ("foreach (", "MissingVariableNameAfterForeach", 9, True),
    ("foreach ($x", "MissingInInForeach", 11, True),
    ("foreach ($x of", "MissingInInForeach", 11, False),
    ("foreach ($x in", "MissingForeachExpression", 14, True),
    ("foreach ($x in $list", "MissingEndParenthesisAfterForeach", 20, True),
    ("foreach ($x in $list)", "MissingForeachStatement", 21, True),
    ("foreach -bogus ($x in 1) {}", "InvalidForeachFlag", 8, False),
    ("foreach -parallel ($x in 1) {}", "ParallelNotSupported", 0, False),
    # while, do
    ("while", "MissingOpenParenthesisAfterKeyword", 5, True),
    ("while (", "MissingExpressionAfterKeyword", 7, True),
    ("while ($go", "MissingEndParenthesisAfterStatement", 10, True),
    ("while ($go)", "MissingLoopStatement", 11, True),
    ("do", "MissingLoopStatement", 2, True),
    ("do { 1 }", "MissingWhileOrUntilInDoWhile", 8, True),
    ("do { 1 } until", "MissingOpenParenthesisAfterKeyword", 14, True),
    ("do { 1 } while (", "MissingExpressionAfterKeyword", 16, True),
    ("do { 1 } while ($go", "MissingEndParenthesisAfterStatement", 19, True),
    # if
    ("if", "MissingOpenParenthesisInIfStatement", 2, True),
    ("if (", "IfStatementMissingCondition", 4, True),
    ("if ($a", "MissingEndParenthesisAfterStatement", 6, True),
    ("if ($a)", "MissingStatementBlock", 6, True),
    ("if ($a) {} else", "MissingStatementBlockAfterElse", 15, True),
    ("if ($a) {} elseif", "MissingOpenParenthesisInIfStatement", 17, True),
    # trap, try
    ("trap", "MissingTrapStatement", 4, True),
    ("trap [string]", "MissingTrapStatement", 13, True),
    ("try", "MissingTryStatementBlock", 3, True),
    ("try { 1 }", "MissingCatchOrFinally", 9, True),
    ("try { 1 } catch", "MissingCatchHandlerBlock", 15, True),
    ("try { 1 } catch [string]", "MissingCatchHandlerBlock", 24, True),
    ("try { 1 } catch [string],", "MissingTypeLiteralToken", 25, True),
    ("try { 1 } finally", "MissingFinallyStatementBlock", 17, True),
    ("try { 1 } finally { return 2 }", "ControlLeavingFinally", 20, False),
    ("try { 1 } finally { while (1) { continue } ; break }", "ControlLeavingFinally", 45, False),
    # switch
    ("switch", "PipelineValueRequired", 6, True),
    ("switch -nonsense (1) {1 {}}", "InvalidSwitchFlag", 7, False),
    ("switch -file", "MissingFilenameOption", 12, True),
    ("switch -file x.txt (1) {}", "PipelineValueRequired", 19, False),
    ("switch (", "PipelineValueRequired", 8, True),
    ("switch (1", "MissingEndParenthesisInSwitchStatement", 9, True),
    ("switch (1)", "MissingCurlyBraceInSwitchStatement", 10, True),
    ("switch (1) {", "MissingSwitchConditionExpression", 12, True),
    ("switch (1) { 2", "MissingSwitchStatementClause", 14, True),
    ("switch (1) { 2 {} ", "MissingEndCurlyBrace", 11, True),
    ("switch (1) { default {} 2 {} default {} }", "MultipleSwitchDefaultClauses", 29, False),
    # named blocks
    ("process", "MissingNamedStatementBlock", 7, True),
    ("begin end {}", "MissingNamedStatementBlock", 5, False),
    ("begin {} begin {}", "DuplicateScriptCommandClause", 9, False),
    # data sections
    ("data", "MissingStatementBlockForDataSection", 4, True),
    ("data strings", "MissingStatementBlockForDataSection", 12, True),
    ("data -Bogus {}", "InvalidParameterForDataSectionStatement", 5, False),
    ("data -SupportedCommand", "MissingValueForSupportedCommandInDataSectionStatement", 22, True),
    ("data -SupportedCommand a,", "MissingValueForSupportedCommandInDataSectionStatement", 25, True),
    ("data { $env:PATH }", "VariableReferenceNotSupportedInDataSection", 7, False),
    ("data { Get-Date }", "CmdletNotInAllowedListForDataSection", 7, False),
    ("data { 'a' -replace 'a', 'b' }", "OperatorNotSupportedInDataSection", 11, False),
    ("data { $x = 1 }", "AssignmentStatementNotSupportedInDataSection", 7, False),
    ("data { {1} }", "ScriptBlockNotSupportedInDataSection", 7, False),
    # functions and parameters
    ("function", "MissingNameAfterKeyword", 8, True),
    ("function f", "MissingFunctionBody", 10, True),
    ("function f(", "MissingEndParenthesisInFunctionParameterList", 11, True),
    ("function f($a", "MissingEndParenthesisInFunctionParameterList", 13, True),
    ("function f($a,", "MissingExpressionAfterToken", 14, True),
    ("function f { param(} ", "MissingEndParenthesisInFunctionParameterList", 19, False),
    ("function f { param($p, $q, $P) }", "DuplicateFormalParameter", 27, False),
    ("function f([int]$p) {}", None, None, None),
    ("function f([int]) {}", "InvalidFunctionParameter", 16, False),
    ("param(@p)", "SplattingNotPermitted", 6, False),
    # pipelines and commands
    ("| Get-Thing", "EmptyPipeElement", 0, False),
    ("Get-Thing |", "EmptyPipeElement", 11, True),
    ("Get-Thing | | Out-Null", "EmptyPipeElement", 11, False),
    ("Get-Thing | 2", "ExpressionsMustBeFirstInPipeline", 12, False),
    ("$v =", "ExpectedValueExpression", 4, True),
    ("Get-Thing -Name:", "ParameterRequiresArgument", 16, False),
    ("Get-Thing -Name: 1,", "MissingExpression", 19, True),
    ("Get-Thing ,", "MissingArgument", 10, False),
    ("Get-Thing a,", "MissingExpression", 12, True),
    ("&", "MissingExpression", 0, False),
    ("Get-Thing &&", "EmptyPipelineChainElement", 12, True),
    ("Get-Thing || ;", "EmptyPipelineChainElement", 10, False),
    ("   }", "UnexpectedToken", 3, False),
    ("var", "ReservedKeywordNotAllowed", 0, False),
    # expressions
    ("2 *", "ExpectedValueExpression", 3, True),
    ("()", "ExpectedExpression", 1, False),
    ("(", "ExpectedExpression", 1, True),
    ("(1", "MissingEndParenthesisInExpression", 2, True),
    ("$(1", "MissingEndParenthesisInSubexpression", 3, True),
    ("[x()]", "UnexpectedAttribute", 0, True),
    ("[x()][string]", "UnexpectedAttribute", 0, False),
    ("[x()] 'text'", "UnexpectedAttribute", 0, False),
    ("[ref][ref]$v", "ReferenceNeedsToBeByItselfInTypeSequence", 5, False),
    ("[string][ref]$v", "ReferenceNeedsToBeLastTypeInTypeConversion", 8, False),
    ("[string][ref]$v = 1", "ReferenceNeedsToBeByItselfInTypeConstraint", 8, False),
    ("$p, $q -= 1", "InvalidLeftHandSide", 0, False),
    ("1 = 2", "InvalidLeftHandSide", 0, False),
    ("(Get-Thing) = 2", "InvalidLeftHandSide", 1, False),
    ("3++", "OperatorRequiresVariableOrProperty", 0, False),
    ("@p", "SplattingNotPermitted", 0, False),
    ("Get-Thing @p, @q", "SplattingNotPermittedInArgumentList", 10, False),
    ("foreach (@p in 1) {}", "SplattingNotPermitted", 9, False),
    # hash literals (5.1's ids)
    ("@{ k = 1;", "IncompleteHashLiteral", 8, True),
    ("@{ k = 1 j = 2 }", "IncompleteHashLiteral", 8, False),
    ("@{ k }", "MissingEqualsInHashLiteral", 4, False),
    ("@{ k =", "MissingStatementInHashLiteral", 6, True),
    ("@{ k = 1; K = 2 }", "DuplicateKeyInHashLiteral", 10, False),
    # `u{...} escapes (PowerShell 6's, which pyshell reads)
    ('"`u{}"', "InvalidUnicodeEscapeSequence", 1, False),
    ('"`u{4g}"', "InvalidUnicodeEscapeSequence", 5, False),
    ('"`u{1234567}"', "TooManyDigitsInUnicodeEscapeSequence", 10, False),
    ('"`u{110000}"', "InvalidUnicodeEscapeSequenceValue", 4, False),
    ('"`u41"', "InvalidUnicodeEscapeSequence", 1, False),
    # enum and class definitions
    ("enum", "MissingNameAfterKeyword", 4, True),
    ("enum E", "MissingTypeBody", 6, True),
    ("enum E {", "MissingEndCurlyBrace", 8, True),
    ("enum E { A", "MissingEndCurlyBrace", 8, True),
    ("enum E { A B }", "MissingPropertyTerminator", 10, False),
    ("enum E { A = }", "ExpectedValueExpression", 12, False),
    ("enum E : { A }", "TypeNameExpected", 8, False),
    ("enum E { A; B }", None, 0, False),
    ("[Flags()] enum E { A = 1; B = 2 }", None, 0, False),
    ("[int] enum E { A }", "TypeNotAllowedBeforeStatement", 0, False),
    ("class", "MissingNameAfterKeyword", 5, True),
    ("class A :", "TypeNameExpected", 9, True),
    ("class A", "MissingTypeBody", 7, True),
    ("class A {", "MissingEndCurlyBrace", 9, True),
    ("class A { [int] }", "IncompleteMemberDefinition", 15, False),
    ("class A { static }", "IncompleteMemberDefinition", 16, False),
    ("class A { F }", "MissingMethodParameterList", 11, False),
    ("class A { A() : }", "MissingBaseCtorCall", 15, False),
    ("class A { A() : base }", "MissingMethodParameterList", 20, False),
    ("class A { [int] F()", "MissingFunctionBody", 19, True),
    ("class A { [int] F() {", "MissingEndCurlyBrace", 20, True),
    ("class A { [int]$X 1 }", "MissingPropertyTerminator", 17, False),
    ("class A : B { [int]$X = 1; hidden static [string] F([int]$a) { return 'x' } }", None, 0, False),
]


@pytest.mark.parametrize("text, error_id, offset, incomplete", CASES)
def test_parse_error(text, error_id, offset, incomplete):
    result = parse(text)
    if error_id is None:
        assert result.errors == []
        return
    assert result.errors, f"{text!r} parsed without errors"
    err = result.errors[0]
    assert (err.error_id, err.extent.start, err.incomplete) == (error_id, offset, incomplete), result.errors


def test_messages_are_powershells():
    assert first("for").message == "Missing opening '(' after keyword 'for'."
    assert first("while ($go)").message == "Missing statement body in while loop."
    assert first("Get-Thing -Name:").message == "Parameter -Name: requires an argument."
    assert first("switch (1)").message == "Missing '{' in switch statement."
    assert first("function f { param($p, $p) }").message == "Duplicate parameter $p in parameter list."


def test_errors_reported_while_parsing_on_come_in_order():
    assert errors("switch -nonsense") == [("InvalidSwitchFlag", 7), ("PipelineValueRequired", 16)]
    assert errors("switch -file a (1)") == [("PipelineValueRequired", 15), ("MissingCurlyBraceInSwitchStatement", 18)]
    assert errors("begin process {} end") == [("MissingNamedStatementBlock", 5), ("MissingNamedStatementBlock", 20)]


def test_an_unterminated_string_with_a_bad_escape_reports_the_escape_first():
    assert [e.error_id for e in parse('"`u{12').errors] == ["InvalidUnicodeEscapeSequence",
                                                             "TerminatorExpectedAtEndOfString"]
    assert parse('"`u{12').incomplete


def test_a_word_that_starts_with_digits_is_a_command_name():
    (stmt,) = parse("7zip-it a.txt").tree.end.statements
    assert isinstance(stmt.elements[0], N.Command)
    assert stmt.elements[0].elements[0].value == "7zip-it"
    (stmt,) = parse("7+3").tree.end.statements
    assert isinstance(stmt.elements[0], N.CommandExpression)


def test_pipeline_chains_nest_to_the_left():
    (stmt,) = parse("a && b || c").tree.end.statements
    assert isinstance(stmt, N.PipelineChain) and stmt.operator == "||"
    assert isinstance(stmt.left, N.PipelineChain) and stmt.left.operator == "&&"
    (stmt,) = parse("$r = a &&\n b").tree.end.statements
    assert isinstance(stmt, N.Assignment) and isinstance(stmt.value, N.PipelineChain)


def test_switch_file_takes_a_file_name():
    (stmt,) = parse("switch -file $path { default { 1 } }").tree.end.statements
    assert isinstance(stmt, N.Switch) and stmt.flags == ("file",)
    assert stmt.subject.extent.text == "$path"


def test_a_data_section():
    (stmt,) = parse("data messages -SupportedCommand Format-Thing { 'hi' }").tree.end.statements
    assert isinstance(stmt, N.DataStatement) and stmt.name == "messages"
    assert [c.value for c in stmt.commands] == ["Format-Thing"]
    assert parse("data messages -SupportedCommand Format-Thing { Format-Thing 1 }").errors == []


def test_an_attribute_on_a_variable():
    (stmt,) = parse("[ValidateSet('a', 'b')][string]$v = 'a'").tree.end.statements
    assert isinstance(stmt.target, N.AttributedExpression) and stmt.target.attribute.name == "ValidateSet"
    assert isinstance(stmt.target.child, N.Convert)


def test_param_not_followed_by_a_parenthesis_is_a_command():
    result = parse("param x")
    assert result.errors == []
    assert isinstance(result.tree.end.statements[0].elements[0], N.Command)

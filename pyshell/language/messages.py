"""The texts of parse errors, by error id, as Windows PowerShell 5.1 words them ({0}, {1} are filled
in by `message`). One table, so a rule names only the id and what to fill in."""
from __future__ import annotations

_MESSAGES = {
    # statements
    "MissingOpenParenthesisAfterKeyword": "Missing opening '(' after keyword '{0}'.",
    "MissingEndParenthesisAfterStatement": "Missing closing ')' after expression in '{0}' statement.",
    "MissingLoopStatement": "Missing statement body in {0} loop.",
    "MissingExpressionAfterKeyword": "Missing expression after '{0}' in loop.",
    "MissingVariableNameAfterForeach": "Missing variable name after foreach.",
    "MissingInInForeach": "Missing 'in' after variable in foreach loop.",
    "MissingForeachExpression": "Missing expression in foreach loop.",
    "MissingEndParenthesisAfterForeach": "Missing closing ')' after expression part of foreach loop.",
    "MissingForeachStatement": "Missing statement body in foreach loop.",
    "InvalidForeachFlag": "The parameter {0} is not valid for the foreach statement.",
    "MissingThrottleLimit": "The ThrottleLimit parameter of the foreach statement is missing a value. Supply a "
                            "throttle limit to the parameter.",
    "ParallelNotSupported": "The '-parallel' parameter can be used only within a workflow.",
    "MissingWhileOrUntilInDoWhile": "Missing while or until keyword in do loop.",
    "MissingOpenParenthesisInIfStatement": "Missing '(' after '{0}' in if statement.",
    "IfStatementMissingCondition": "Missing condition in if statement after '{0} ('.",
    "MissingStatementBlock": "Missing statement block after {0} ( condition ).",
    "MissingStatementBlockAfterElse": "Missing statement block after 'else' keyword.",
    "MissingTrapStatement": "The 'trap' statement was incomplete. A trap statement requires a body.",
    "MissingTryStatementBlock": "The Try statement is missing its statement block.",
    "MissingCatchHandlerBlock": "The Catch block is missing its statement block.",
    "MissingFinallyStatementBlock": "The Finally block is missing its statement block.",
    "MissingCatchOrFinally": "The Try statement is missing its Catch or Finally block.",
    "MissingTypeLiteralToken": "Missing type literal.",
    "UsingMustBeAtStartOfScript": "A 'using' statement must appear before any other statements in a script.",
    "MissingUsingStatementDirective": "Missing using directive",
    "MissingUsingItemName": "Missing using name",
    "ControlLeavingFinally": "Flow of control cannot leave a Finally block.",
    "InvalidSwitchFlag": "The parameter {0} is not valid for the switch statement.",
    "MissingFilenameOption": "Cannot process the 'switch' statement because of a missing file name argument to the "
                             "-file option.",
    "PipelineValueRequired": "A switch statement must have one of the following:  '-file file_name' or "
                             "'( expression )'.",
    "MissingEndParenthesisInSwitchStatement": "Missing ')' after expression in switch statement.",
    "MissingCurlyBraceInSwitchStatement": "Missing '{{' in switch statement.",
    "MissingSwitchConditionExpression": "Missing condition in switch statement clause.",
    "MissingSwitchStatementClause": "Missing statement block in switch statement clause.",
    "MultipleSwitchDefaultClauses": "A switch statement can have only one default clause.",
    "MissingNameAfterKeyword": "Missing name after {0} keyword.",
    "MissingFunctionBody": "Missing function body in function declaration.",
    "MissingEndParenthesisInFunctionParameterList": "Missing ')' in function parameter list.",
    "InvalidFunctionParameter": "Parameter declarations are a comma-separated list of variable names with optional "
                                "initializer expressions.",
    "DuplicateFormalParameter": "Duplicate parameter ${0} in parameter list.",
    "OnlyOneParameterListAllowed": "A function cannot have both a parameter list and a param block.",
    "MissingNamedStatementBlock": "Missing statement block after '{0}'.",
    "DuplicateScriptCommandClause": "Script command clause '{0}' has already been defined.",
    "MissingEndCurlyBrace": "Missing closing '}}' in statement block or type definition.",
    "ReservedKeywordNotAllowed": "The '{0}' keyword is not supported in this version of the language.",
    # data sections
    "MissingStatementBlockForDataSection": "The Data section is missing its statement block.",
    "InvalidParameterForDataSectionStatement": 'The "{0}" parameter of the Data section is not valid. The valid '
                                               "Data section parameter is SupportedCommand.",
    "MissingValueForSupportedCommandInDataSectionStatement": "The SupportedCommand parameter of the Data section is "
                                                             "missing a value. Supply a cmdlet or function name to "
                                                             "the parameter.",
    "ScriptBlockNotSupportedInDataSection": "Script block literals are not allowed in restricted language mode or a "
                                            "Data section.",
    "TypeNotAllowedInDataSection": "The type {0} is not allowed in restricted language mode or a Data section.",
    "AttributeNotSupportedInDataSection": "Attributes are not allowed in restricted language mode or a Data section.",
    "FunctionDeclarationNotSupportedInDataSection": "Function declarations are not allowed in restricted language "
                                                    "mode or a Data section.",
    "TrapStatementNotSupportedInDataSection": "The Trap statement is not allowed in restricted language mode or a "
                                              "Data section.",
    "SwitchStatementNotSupportedInDataSection": "The switch statement is not allowed in restricted language mode or "
                                                "a Data section.",
    "DataSectionStatementNotSupportedInDataSection": "The data statement is not allowed in restricted language mode "
                                                     "or another Data section.",
    "ForeachStatementNotSupportedInDataSection": "Foreach statements are not allowed in restricted language mode or "
                                                 "a Data section.",
    "DoWhileStatementNotSupportedInDataSection": "The Do and While statements are not allowed in restricted language "
                                                 "mode or a Data section.",
    "ForWhileStatementNotSupportedInDataSection": "For and While statements are not allowed in restricted language "
                                                  "mode or a Data section.",
    "TryStatementNotSupportedInDataSection": "The Try statement is not allowed in restricted language mode or a Data "
                                             "section.",
    "FlowControlStatementNotSupportedInDataSection": "Flow control statements such as Break, Continue, Return, Exit, "
                                                     "and Throw are not allowed in restricted language mode or a "
                                                     "Data section.",
    "AssignmentStatementNotSupportedInDataSection": "Assignment statements are not allowed in restricted language "
                                                    "mode or a Data section.",
    "DotSourcingNotSupportedInDataSection": "Dot sourcing is not allowed in restricted language mode or a Data "
                                            "section.",
    "RedirectionNotSupportedInDataSection": "Redirection is not allowed in restricted language mode or a Data "
                                            "section.",
    "CmdletNotInAllowedListForDataSection": "The command '{0}' is not allowed in restricted language mode or a Data "
                                            "section.",
    "OperatorNotSupportedInDataSection": "The '{0}' operator is not allowed in restricted language mode or a Data "
                                         "section.",
    "VariableReferenceNotSupportedInDataSection": "A variable that cannot be referenced in restricted language mode "
                                                  "or a Data section is being referenced. Variables that can be "
                                                  "referenced include the following: {0}.",
    "PropertyReferenceNotSupportedInDataSection": "Property references are not allowed in restricted language mode "
                                                  "or a Data section.",
    "MethodCallNotSupportedInDataSection": "Method calls are not allowed in restricted language mode or a Data "
                                           "section.",
    "ArrayReferenceNotSupportedInDataSection": "Array references are not allowed in restricted language mode or a "
                                               "Data section.",
    # pipelines and commands
    "EmptyPipeElement": "An empty pipe element is not allowed.",
    "ExpressionsMustBeFirstInPipeline": "Expressions are only allowed as the first element of a pipeline.",
    "MissingExpression": "Missing expression after '{0}' in pipeline element.",
    "MissingArgument": "Missing argument in parameter list.",
    "ParameterRequiresArgument": "Parameter {0} requires an argument.",
    "InvalidEndOfLine": "The token '{0}' is not a valid statement separator in this version.",
    "UnexpectedToken": "Unexpected token '{0}' in expression or statement.",
    "EmptyPipelineChainElement": "A pipeline chain operator must be followed by a pipeline.",
    # expressions
    "ExpectedValueExpression": "You must provide a value expression following the '{0}' operator.",
    "MissingExpressionAfterOperator": "Missing expression after unary operator '{0}'.",
    "MissingExpressionAfterToken": "Missing expression after '{0}'.",
    "InvalidLeftHandSide": "The assignment expression is not valid. The input to an assignment operator must be an "
                           "object that is able to accept assignments, such as a variable or a property.",
    "OperatorRequiresVariableOrProperty": "The '{0}' operator works only on variables or on properties.",
    "SplattingNotPermitted": "The splatting operator '@' cannot be used to reference variables in an expression. "
                             "'@{0}' can be used only as an argument to a command. To reference variables in an "
                             "expression use '${0}'.",
    "SplattingNotPermittedInArgumentList": "Splatted variables like '@{0}' cannot be part of a comma-separated list "
                                           "of arguments.",
    "UnexpectedAttribute": "Unexpected attribute '{0}'.",
    "TypeNotAllowedBeforeStatement": "Unexpected type [{0}] was found before statement.",
    "ReferenceNeedsToBeByItselfInTypeSequence": "Cannot have two occurrences of [ref] in a type sequence.",
    "ReferenceNeedsToBeLastTypeInTypeConversion": "[ref] can only be the final type in type conversion sequence.",
    "ReferenceNeedsToBeByItselfInTypeConstraint": "Cannot use [ref] with other types in a type constraint.",
    "MissingTypename": "Missing type name after '['.",
    "EndSquareBracketExpectedAtEndOfAttribute": "Missing ] at end of attribute or type literal.",
    "MissingEndParenthesisInExpression": "Missing closing ')' in expression.",
    "MissingEndParenthesisInSubexpression": "Missing closing ')' in subexpression.",
    "ExpectedExpression": "An expression was expected after '('.",
    "MissingArrayIndexExpression": "Array index expression is missing or not valid.",
    "MissingEndSquareBracket": "Missing ']' after array index expression.",
    "IncompleteHashLiteral": "The hash literal was incomplete.",
    "MissingEqualsInHashLiteral": "Missing '=' operator after key in hash literal.",
    "MissingStatementInHashLiteral": "Missing statement after '=' in hash literal.",
    "DuplicateKeyInHashLiteral": "Duplicate keys '{0}' are not allowed in hash literals.",
    "DuplicateNamedArgument": "Duplicate named arguments '{0}' are not allowed.",
    # type definitions (class and enum)
    "MissingTypeBody": "Missing '{0}' body in '{0}' declaration.",
    "MissingPropertyTerminator": "Missing ';' or end-of-line in property definition.",
    "IncompleteMemberDefinition": "Missing a property name or method definition.",
    "MissingMethodParameterList": "Missing '(' in class method parameter list.",
    "MissingBaseCtorCall": "Missing 'base' after ':' in a base class constructor call.",
    "TypeNameExpected": "Type name expected.",
    "DuplicateQualifier": "Duplicate '{0}' qualifier",
    "TooManyTypes": "Only one type may be specified on class members.",
    "MemberAlreadyDefined": "The member '{0}' is already defined.",
    "MethodHasCodePathNotReturn": "Not all code path returns value within method.",
    "VoidMethodHasReturn": "Invalid return statement within void method.",
    "NonVoidMethodMissingReturnValue": "Invalid return statement within non-void method.",
    "ParamBlockNotAllowedInMethod": "A param block is not allowed in a class method.",
    "NamedBlockNotAllowedInMethod": "A named block is not allowed in a class method.",
    "ConstructorCantHaveReturnType": "A constructor cannot specify a return type.",
    "NonStaticMemberAccessInStaticMember": "Cannot access the non-static member '{0}' in a static method or "
                                           "initializer of a static property.",
    "VariableNotLocal": "Variable is not assigned in the method.",
    "LabelNotFound": "Label '{0}' not found inside the method.",
    "InvalidUnderlyingType": "'{0}' is not a valid underlying type for enums. Expected a builtin integral type (one "
                             "of byte, sbyte, short, ushort, int, uint, long or ulong)",
    "EnumeratorValueOutOfBounds": "Enumerator value is either too large or too small for {0}.",
    "EnumeratorValueMustBeConstant": "Enumerator value must be a constant value.",
    "CannotConvertValue": "Cannot convert the value to type \"{0}\".",
    "TypeNotFound": "Unable to find type [{0}].",
    "BaseClassNoDefaultCtor": "Base class '{0}' does not contain a parameterless constructor.",
    # strings (PowerShell 6 and later: pyshell reads `u{...} escapes)
    "InvalidUnicodeEscapeSequence": "The Unicode escape sequence is not valid. A valid sequence is `u{{ followed by "
                                    "one to six hex digits and a closing '}}'.",
    "MissingUnicodeEscapeSequenceTerminator": "The Unicode escape sequence is missing the closing '}}'.",
    "TooManyDigitsInUnicodeEscapeSequence": "The Unicode escape sequence contains more than the maximum of six hex "
                                            "digits between braces.",
    "InvalidUnicodeEscapeSequenceValue": "The Unicode escape sequence value is out of range. The maximum value is "
                                         "0x10FFFF.",
}


def message(error_id: str, *args: object) -> str:
    """The text of a parse error, with its arguments filled in."""
    return _MESSAGES[error_id].format(*args)

"""Engine types scripts name for what they tell about PowerShell itself:

- [System.Management.Automation.Cmdlet]: CommonParameters and OptionalCommonParameters, the names
  of the common parameters every cmdlet and advanced function takes (as Windows PowerShell 5.1 has
  them: no ProgressAction, which is PowerShell 7.4's).
- [System.Management.Automation.Internal.AutomationNull]::Value: the "nothing" a command that
  writes nothing returns.
- [System.Management.Automation.PSParser]::Tokenize(script, [ref]errors): the version 2 tokenizer
  API. It reads the script with pyshell's own parser and answers PSToken objects and the parse
  errors, as PowerShell 3 and later answer it from their parser.
"""
from __future__ import annotations

from pyshell.runtime.values import PSObject, enum_type

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

_NS = "System.Management.Automation"
_RECORDS = ("WarningRecord", "VerboseRecord", "DebugRecord", "InformationRecord", "InformationalRecord")
COMMON_PARAMETERS = ("Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ErrorVariable",
                     "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable")
OPTIONAL_COMMON_PARAMETERS = ("WhatIf", "Confirm", "UseTransaction")

PSTokenType = enum_type(f"{_NS}.PSTokenType", {
    "Unknown": 0, "Command": 1, "CommandParameter": 2, "CommandArgument": 3, "Number": 4, "String": 5,
    "Variable": 6, "Member": 7, "LoopLabel": 8, "Attribute": 9, "Type": 10, "Operator": 11, "GroupStart": 12,
    "GroupEnd": 13, "Keyword": 14, "Comment": 15, "StatementSeparator": 16, "NewLine": 17,
    "LineContinuation": 18, "Position": 19})


def _string_set(names: tuple[str, ...]) -> Any:
    from pyshell.runtime.types import resolve_type
    ref = resolve_type("System.Collections.Generic.HashSet[string]")
    result = ref.statics["new"]()
    for name in names:
        result.add(name)
    return result


def _token_type(tok: Any) -> str:
    from pyshell.language.tokens import KEYWORDS, T
    kind = tok.kind
    if kind is T.VARIABLE:
        return "Variable"
    if kind is T.NUMBER:
        return "Number"
    if kind in (T.STRING, T.EXPANDABLE):
        return "String"
    if kind is T.PARAMETER:
        return "CommandParameter"
    if kind is T.GENERIC:
        return "CommandArgument"
    if kind is T.OPERATOR or kind in (T.PIPE, T.COMMA, T.DOT, T.COLONCOLON, T.AMP, T.REDIRECTION):
        return "Operator"
    if kind in (T.LCURLY, T.LPAREN, T.AT_PAREN, T.DOLLAR_PAREN, T.AT_CURLY, T.LBRACKET):
        return "GroupStart"
    if kind in (T.RCURLY, T.RPAREN, T.RBRACKET):
        return "GroupEnd"
    if kind is T.NEWLINE:
        return "NewLine"
    if kind is T.SEMI:
        return "StatementSeparator"
    if kind is T.LABEL:
        return "LoopLabel"
    if kind is T.COMMENT:
        return "Comment"
    if kind is T.IDENT:
        return "Keyword" if tok.text.lower() in KEYWORDS else "Member"
    return "Unknown"


def _position(extent: Any, start: int, end: int) -> list[tuple[str, Any]]:
    source = extent.source
    line, col = source.line_col(start)
    end_line, end_col = source.line_col(end)
    return [("Start", start), ("Length", end - start), ("StartLine", line), ("StartColumn", col),
            ("EndLine", end_line), ("EndColumn", end_col)]


def _ps_token(tok: Any) -> PSObject:
    extent = tok.extent
    from pyshell.language.tokens import T
    content = tok.text
    if tok.kind is T.STRING and isinstance(tok.value, str):
        content = tok.value                     # a string's content, without its quotes
    elif tok.kind is T.EXPANDABLE and len(content) >= 2:
        content = content[1:-1]
    elif tok.kind is T.VARIABLE:
        content = tok.value.name                # a variable's name, without its $
    return PSObject([("Content", content), ("Type", PSTokenType[_token_type(tok)]),
                     *_position(extent, extent.start, extent.end)],
                    type_names=[f"{_NS}.PSToken", "System.Object"], string_form=f"{_NS}.PSToken")


def _parse_error(error: Any) -> PSObject:
    extent = error.extent
    token = PSObject([("Content", extent.text if hasattr(extent, "text") else ""),
                      ("Type", PSTokenType["Position"]), *_position(extent, extent.start, extent.end)],
                     type_names=[f"{_NS}.PSToken", "System.Object"], string_form=f"{_NS}.PSToken")
    return PSObject([("Token", token), ("Message", error.message)],
                    type_names=[f"{_NS}.PSParseError", "System.Object"], string_form=f"{_NS}.PSParseError")


def tokenize(script: Any, errors: Any = None) -> list:
    """PSParser.Tokenize(string script, out Collection<PSParseError> errors) (or an array of lines)."""
    from pyshell.repl.scan import scan
    from pyshell.runtime.conversion import to_string
    if isinstance(script, (list, tuple)):
        text = "\n".join(to_string(line) for line in script)
    else:
        text = to_string(script)
    result = scan(text)
    tokens = [_ps_token(tok) for tok in sorted(result.tokens, key=lambda t: t.extent.start)]
    found = [_parse_error(e) for e in result.errors]
    if errors is not None and hasattr(errors, "value"):
        errors.value = found
    return tokens


class _EngineType:
    """A static class: nothing converts to it."""

    def __init__(self, name: str):
        self.ps_type_name = name

    def ps_convert(self, value: Any) -> Any:
        from pyshell.runtime.conversion import PSConversionError
        raise PSConversionError(value, self.ps_type_name)


def register(add: Callable[[tuple[str, ...], Any], None]) -> None:
    from pyshell.runtime.types import TypeRef
    from pyshell.runtime.values import AUTOMATION_NULL
    cmdlet = f"{_NS}.Cmdlet"
    add((cmdlet, "Management.Automation.Cmdlet"),
        TypeRef(cmdlet, _EngineType(cmdlet), {"commonparameters": _string_set(COMMON_PARAMETERS),
                                              "optionalcommonparameters": _string_set(OPTIONAL_COMMON_PARAMETERS)},
                lambda value: False))
    null = f"{_NS}.Internal.AutomationNull"
    add((null, "Management.Automation.Internal.AutomationNull"),
        TypeRef(null, _EngineType(null), {"value": AUTOMATION_NULL}, lambda value: False))
    parser = f"{_NS}.PSParser"
    add((parser, "Management.Automation.PSParser"),
        TypeRef(parser, _EngineType(parser), {"tokenize": tokenize}, lambda value: False))
    from pyshell.runtime.streamrecords import RECORD_TYPES
    from pyshell.runtime.types import NamedPSObjectType
    for full in RECORD_TYPES + (f"{_NS}.InformationalRecord",):
        record_type = type(full.rsplit(".", 1)[-1], (NamedPSObjectType,), {"ps_type_name": full})
        add((full, full[len("System."):]), TypeRef(full, record_type, {}, record_type.is_instance))
    add((f"{_NS}.PSTokenType", "Management.Automation.PSTokenType"),
        TypeRef(f"{_NS}.PSTokenType", PSTokenType, {name.lower(): m for name, m in PSTokenType.__members__.items()},
                lambda value: isinstance(value, PSTokenType)))


NAMES = (*(f"{_NS}.{n}" for n in _RECORDS), *(f"Management.Automation.{n}" for n in _RECORDS), f"{_NS}.Cmdlet", "Management.Automation.Cmdlet", f"{_NS}.Internal.AutomationNull",
         "Management.Automation.Internal.AutomationNull", f"{_NS}.PSParser", "Management.Automation.PSParser",
         f"{_NS}.PSTokenType", "Management.Automation.PSTokenType")

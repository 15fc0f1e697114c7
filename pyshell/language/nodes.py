"""The syntax tree. Every node is a frozen record (records.py: a frozen, slotted, keyword-only
class, as a dataclass would be) with the extent of the text it came from.
Names follow PowerShell's AST classes without the "Ast" suffix."""
from __future__ import annotations

from pyshell.language.records import Record, frozen_error
from pyshell.language.source import Extent

TYPE_CHECKING = False       # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any


class Node(Record):
    extent: Extent


# --- script blocks and functions -------------------------------------------------------------

class Attribute(Node):
    name: str                                   # "Parameter", "CmdletBinding", "ValidateSet", ...
    positional: tuple["Node", ...] = ()
    named: tuple[tuple[str, "Node | None"], ...] = ()


class TypeConstraint(Node):
    name: str                                   # as written: "int", "string[]", "System.String"
    # The namespaces `using namespace` put in force where the name was written: a name that is no
    # type of its own is looked for in each (types.resolve_constraint).
    namespaces: tuple[str, ...] = ()


class ParameterDecl(Node):
    name: str
    type: TypeConstraint | None = None
    default: "Node | None" = None
    attributes: tuple[Attribute, ...] = ()
    name_extent: Extent | None = None           # the $name as written
    splat: bool = False                         # written @name (an error the semantic checks report)


class ParamBlock(Node):
    parameters: tuple[ParameterDecl, ...] = ()
    attributes: tuple[Attribute, ...] = ()


class NamedBlock(Node):
    kind: str                                   # "begin", "process", "end"
    statements: tuple["Node", ...] = ()


class ScriptBlock(Node):
    param_block: ParamBlock | None = None
    begin: NamedBlock | None = None
    process: NamedBlock | None = None
    end: NamedBlock | None = None               # also the unnamed body
    is_filter: bool = False
    # A script's `using namespace` statements: while it runs they hold for type names given as text
    # (New-Object's -TypeName), as PowerShell keeps them with the script's scope.
    namespaces: tuple[str, ...] = ()


class FunctionDefinition(Node):
    name: str
    body: ScriptBlock
    is_filter: bool = False
    name_extent: Extent | None = None


# --- type definitions (class and enum) ------------------------------------------------------------

class EnumMember(Node):
    name: str
    value: "Node | None" = None                 # the initializer after `=`, when given


class PropertyMember(Node):
    name: str
    type: TypeConstraint | None = None
    default: "Node | None" = None
    attributes: tuple[Attribute, ...] = ()
    static: bool = False
    hidden: bool = False


class MethodMember(Node):
    """A method, or a constructor when its name is the class's."""
    name: str
    parameters: tuple[ParameterDecl, ...]
    body: ScriptBlock
    return_type: TypeConstraint | None = None
    attributes: tuple[Attribute, ...] = ()
    static: bool = False
    hidden: bool = False
    constructor: bool = False
    base_arguments: "tuple[Node, ...] | None" = None   # `: base(...)` of a constructor
    name_extent: Extent | None = None


class TypeDefinition(Node):
    """`class Name [: Base] { members }` or `enum Name [: type] { members }`."""
    name: str
    kind: str                                   # "class" or "enum"
    members: tuple[Node, ...] = ()
    base_types: tuple[TypeConstraint, ...] = ()  # a class's base class; an enum's underlying type
    attributes: tuple[Attribute, ...] = ()
    name_extent: Extent | None = None


# --- statements --------------------------------------------------------------------------------

class StatementBlock(Node):
    statements: tuple[Node, ...] = ()


class If(Node):
    clauses: tuple[tuple[Node, StatementBlock], ...]
    else_body: StatementBlock | None = None


class While(Node):
    condition: Node
    body: StatementBlock
    label: str | None = None


class DoLoop(Node):
    body: StatementBlock
    condition: Node
    until: bool = False
    label: str | None = None


class For(Node):
    init: Node | None
    condition: Node | None
    step: Node | None
    body: StatementBlock
    label: str | None = None


class ForEach(Node):
    variable: "Variable"
    iterable: Node
    body: StatementBlock
    label: str | None = None


class SwitchClause(Node):
    condition: Node | None                      # None: default
    body: StatementBlock


class Switch(Node):
    subject: Node | None
    clauses: tuple[SwitchClause, ...]
    flags: tuple[str, ...] = ()                 # "regex", "wildcard", "exact", "casesensitive", "file"
    label: str | None = None


class CatchClause(Node):
    types: tuple[TypeConstraint, ...]
    body: StatementBlock


class Try(Node):
    body: StatementBlock
    catches: tuple[CatchClause, ...] = ()
    finally_body: StatementBlock | None = None


class Trap(Node):
    type: TypeConstraint | None
    body: StatementBlock


class FlowStatement(Node):
    kind: str                                   # "break", "continue", "return", "exit", "throw"
    value: Node | None = None                   # label for break/continue; pipeline otherwise


class Assignment(Node):
    target: Node
    operator: str                               # "=", "+=", ...
    value: Node                                 # a statement (pipeline)
    operator_extent: Extent | None = None


class Pipeline(Node):
    elements: tuple[Node, ...]                  # Command or CommandExpression


class PipelineChain(Node):
    """`a && b`, `a || b` (PowerShell 7's chain operators): the right pipeline runs when the left one
    succeeded (&&) or failed (||)."""
    left: Node                                  # Pipeline or PipelineChain
    operator: str                               # "&&" or "||"
    right: Node                                 # Pipeline
    operator_extent: Extent | None = None


class DataStatement(Node):
    """`data [name] [-SupportedCommand a, b] { ... }`: a block in restricted language; its output goes to
    $name, or to the pipeline when no name is given."""
    name: str | None
    commands: tuple[Node, ...]                  # the -SupportedCommand names (besides ConvertFrom-StringData)
    body: "StatementBlock"


class ErrorStatement(Node):
    pass


# --- commands ----------------------------------------------------------------------------------

class Redirection(Node):
    stream: str                                 # "1".."6", "*"
    merge_to: str | None = None                 # "1" for 2>&1
    target: Node | None = None                  # file target
    append: bool = False


class CommandParameter(Node):
    name: str                                   # without the dash
    argument: Node | None = None                # -Name:value
    colon: bool = False


class Command(Node):
    elements: tuple[Node, ...]                  # first: the name (StringConstant or expression)
    invocation: str = ""                        # "", "&" or "."
    redirections: tuple[Redirection, ...] = ()


class CommandExpression(Node):
    expression: Node
    redirections: tuple[Redirection, ...] = ()


# --- expressions ------------------------------------------------------------------------------

class Constant(Node):
    value: Any


class StringConstant(Node):
    value: str
    bare: bool = False                          # a bare word in command mode
    quote: str = ""                             # "'", '"', or "" for bare words


class ExpandableString(Node):
    parts: tuple[Node, ...]                     # StringConstant / Variable / SubExpression pieces
    bare: bool = False


class Variable(Node):
    name: str
    scope: str = ""
    splat: bool = False


class Member(Node):
    target: Node
    member: Node                                # StringConstant for a plain name, else an expression
    static: bool = False


class InvokeMember(Node):
    target: Node
    member: Node
    arguments: tuple[Node, ...] = ()
    static: bool = False


class Index(Node):
    target: Node
    index: Node


class Binary(Node):
    operator: str
    left: Node
    right: Node
    operator_extent: Extent | None = None


class Unary(Node):
    operator: str                               # "!", "not", "-", "+", "bnot", "split", "join", "++", "--", "post++", "post--", ","
    operand: Node


class Convert(Node):
    type: TypeConstraint
    operand: Node


class TypeLiteral(Node):
    type: TypeConstraint


class AttributedExpression(Node):
    """`[ValidateRange(1, 5)]$x`: an attribute on an expression (only a variable may carry one)."""
    attribute: Attribute
    child: Node


class ArrayLiteral(Node):
    elements: tuple[Node, ...]


class ArrayExpression(Node):
    statements: tuple[Node, ...]                # @( ... )


class SubExpression(Node):
    statements: tuple[Node, ...]                # $( ... )


class Paren(Node):
    pipeline: Node                              # ( ... )


class Hashtable(Node):
    pairs: tuple[tuple[Node, Node], ...]


class ScriptBlockExpression(Node):
    body: ScriptBlock


class ParseResult:
    """What `parse` returns: the tree, the errors found, and (when asked for) the tokens. Read-only,
    as the frozen dataclass it was; made once per parse."""

    __slots__ = ("tree", "errors", "tokens")

    def __init__(self, tree: ScriptBlock, errors: list | None = None, tokens: list | None = None):
        object.__setattr__(self, "tree", tree)
        object.__setattr__(self, "errors", [] if errors is None else errors)
        object.__setattr__(self, "tokens", [] if tokens is None else tokens)

    def __setattr__(self, name: str, value: object) -> None:
        raise frozen_error(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise frozen_error(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is ParseResult:
            return (self.tree, self.errors, self.tokens) == (other.tree, other.errors, other.tokens)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.tree, self.errors, self.tokens))

    def __repr__(self) -> str:
        return f"ParseResult(tree={self.tree!r}, errors={self.errors!r}, tokens={self.tokens!r})"

    @property
    def incomplete(self) -> bool:
        return any(e.incomplete for e in self.errors)

"""The checks PowerShell makes on a parsed tree before it runs anything (its SemanticChecks): errors
that are not about the order of tokens but about what they mean where they stand.

    - a parameter declared twice (DuplicateFormalParameter);
    - break, continue or return leaving a finally block (ControlLeavingFinally);
    - something that cannot be assigned to on the left of `=`, `+=`, `++` (InvalidLeftHandSide,
      OperatorRequiresVariableOrProperty);
    - `@name` anywhere but as a command argument (SplattingNotPermitted...);
    - an attribute on anything but a variable (UnexpectedAttribute), and [ref] mixed with other types;
    - a key given twice in a hash literal (DuplicateKeyInHashLiteral);
    - in a data section, anything outside the restricted language;
    - in a class or enum definition, what typecheck.py checks.
"""
from __future__ import annotations

from pyshell.language import nodes as N
from pyshell.language.diagnostics import ParseError
from pyshell.language.messages import message
from pyshell.language.source import Extent

TYPE_CHECKING = False       # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterator

_LOOPS = (N.While, N.DoLoop, N.For, N.ForEach)
_REF_NAMES = ("ref", "system.management.automation.psreference")


# Field annotations that never hold a node: the walk does not look into those fields.
_LEAF_ANNOTATIONS = frozenset({"str", "bool", "str | None", "Extent", "Extent | None", "Any", "tuple[str, ...]"})
_branch_fields: dict[type, tuple[str, ...]] = {}


def branch_fields(cls: type) -> tuple[str, ...]:
    """The fields of a node class that may hold nodes (directly or in tuples), in field order."""
    fields = _branch_fields.get(cls)
    if fields is None:
        annotations: dict[str, object] = {}
        for klass in reversed(cls.__mro__):
            annotations.update(klass.__dict__.get("__annotations__", {}))
        fields = tuple(f for f in cls.__dataclass_fields__
                       if not (isinstance(annotations.get(f), str) and annotations[f] in _LEAF_ANNOTATIONS))
        _branch_fields[cls] = fields
    return fields


def children(node: N.Node) -> Iterator[N.Node]:
    """The nodes directly under `node`, in source order as far as the tree keeps it."""
    for name in branch_fields(node.__class__):
        yield from _nodes_in(getattr(node, name))


def _nodes_in(value: object) -> Iterator[N.Node]:
    if isinstance(value, N.Node):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _nodes_in(item)


def _is_ref(node: N.Node) -> bool:
    return isinstance(node, N.Convert) and node.type.name.strip().lower() in _REF_NAMES


def _pure_expression(pipeline: N.Node) -> N.Node | None:
    """The expression a pipeline is made of alone (no commands, no redirections), else None."""
    if isinstance(pipeline, N.Pipeline) and len(pipeline.elements) == 1:
        el = pipeline.elements[0]
        if isinstance(el, N.CommandExpression) and not el.redirections:
            return el.expression
    return None


_NOTHING = (None, ())       # the plan of a node with no check and nothing under it


class SemanticChecker:
    def __init__(self) -> None:
        self.errors: list[ParseError] = []

    def report(self, error_id: str, extent: Extent, *args: object) -> None:
        self.errors.append(ParseError(error_id, message(error_id, *args), extent))

    # -- the walk --------------------------------------------------------------------------------
    def check(self, tree: N.Node) -> list[ParseError]:
        self.visit(tree, [])
        return self.errors

    def visit(self, node: N.Node, parents: list[N.Node]) -> None:
        """Check `node` and everything under it, depth first in field order. This walk meets every
        node of every script parsed, so it asks each class once (`_plan`) which check it has and
        which of its fields can hold nodes, steps into tuples itself, and does not call itself for
        a node with neither (a constant, a type name)."""
        plans = self._plans
        check, fields = plans.get(node.__class__) or self._plan(node.__class__)
        if check is not None:
            check(self, node, parents)
        if not fields:
            return
        parents.append(node)
        visit, Node, nothing = self.visit, N.Node, _NOTHING
        for name in fields:
            value = getattr(node, name)
            if isinstance(value, Node):
                if plans.get(value.__class__) is not nothing:
                    visit(value, parents)
            elif isinstance(value, tuple):
                for item in value:
                    if isinstance(item, Node):
                        if plans.get(item.__class__) is not nothing:
                            visit(item, parents)
                    elif isinstance(item, tuple):
                        for inner in _nodes_in(item):
                            visit(inner, parents)
        parents.pop()

    _plans: dict[type, tuple] = {}

    @classmethod
    def _plan(cls, node_class: type) -> tuple:
        check = getattr(cls, "v_" + node_class.__name__, None)
        fields = branch_fields(node_class)
        plan = _NOTHING if check is None and not fields else (check, fields)
        cls._plans[node_class] = plan
        return plan

    def v_DataStatement(self, node: N.DataStatement, parents: list[N.Node]) -> None:
        self.restricted(node)

    def v_TypeDefinition(self, node: N.TypeDefinition, parents: list[N.Node]) -> None:
        from pyshell.language.typecheck import check_type_definition
        check_type_definition(node, self.report)

    # -- parameters --------------------------------------------------------------------------------
    def v_ParamBlock(self, node: N.ParamBlock, parents: list[N.Node]) -> None:
        for error_id, p in _parameter_problems(node):
            self.report(error_id, p.name_extent or p.extent, p.name)

    # -- flow out of finally -----------------------------------------------------------------------
    def v_FlowStatement(self, node: N.FlowStatement, parents: list[N.Node]) -> None:
        if node.kind not in ("break", "continue", "return"):
            return
        label: str | None = None
        if node.kind != "return":
            value = node.value
            label = "" if value is None else (value.value if isinstance(value, N.StringConstant) else None)
        child: N.Node = node
        for parent in reversed(parents):
            if isinstance(parent, (N.NamedBlock, N.Trap, N.ScriptBlock)):
                return
            if label is not None and isinstance(parent, _LOOPS) and \
                    (label == "" or label.lower() == (parent.label or "").lower()):
                return
            if isinstance(parent, N.Try) and child is parent.finally_body:
                self.report("ControlLeavingFinally", node.extent)
                return
            child = parent

    # -- assignment targets ------------------------------------------------------------------------
    def v_Assignment(self, node: N.Assignment, parents: list[N.Node]) -> None:
        self.check_target(node.target, node.operator == "=", "InvalidLeftHandSide")

    def v_Unary(self, node: N.Unary, parents: list[N.Node]) -> None:
        if node.operator in ("++", "--", "post++", "post--"):
            self.check_target(node.operand, False, "OperatorRequiresVariableOrProperty",
                              node.operator.removeprefix("post"))

    def check_target(self, target: N.Node, simple: bool, error_id: str, *args: object) -> None:
        if isinstance(target, N.ArrayLiteral):
            if simple:
                for element in target.elements:
                    self.check_target(element, True, error_id, *args)
            else:
                self.report(error_id, target.extent, *args)
            return
        if isinstance(target, N.Paren):
            inner = _pure_expression(target.pipeline)
            if inner is None:
                self.report(error_id, target.pipeline.extent, *args)
            else:
                self.check_target(inner, simple, error_id, *args)
            return
        if isinstance(target, (N.Variable, N.Member, N.InvokeMember, N.Index)):
            return
        if isinstance(target, (N.Convert, N.AttributedExpression)):
            # [int]$x = ...: types and attributes over one assignable thing; [ref] only alone.
            converts = 0
            ref_at: Extent | None = None
            inner: N.Node = target
            while isinstance(inner, (N.Convert, N.AttributedExpression)):
                if isinstance(inner, N.Convert):
                    converts += 1
                    if _is_ref(inner):
                        ref_at = inner.type.extent
                    inner = inner.operand
                else:
                    inner = inner.child
            if ref_at is not None and converts > 1:
                self.report("ReferenceNeedsToBeByItselfInTypeConstraint", ref_at)
                return
            self.check_target(inner, simple, error_id, *args)
            return
        self.report(error_id, target.extent, *args)

    # -- splatting ----------------------------------------------------------------------------------
    def v_Variable(self, node: N.Variable, parents: list[N.Node]) -> None:
        if not node.splat:
            return
        parent = parents[-1] if parents else None
        if isinstance(parent, N.Command) and node in parent.elements:
            return
        if isinstance(parent, N.ArrayLiteral) and len(parents) > 1 and isinstance(parents[-2], N.Command):
            self.report("SplattingNotPermittedInArgumentList", node.extent, node.name)
            return
        self.report("SplattingNotPermitted", node.extent, node.name)

    # -- attributes and types -------------------------------------------------------------------
    def v_AttributedExpression(self, node: N.AttributedExpression, parents: list[N.Node]) -> None:
        if parents and isinstance(parents[-1], (N.AttributedExpression, N.Convert)):
            return      # the outermost attribute speaks for the chain
        inner: N.Node = node
        while isinstance(inner, (N.AttributedExpression, N.Convert)):
            child = inner.child if isinstance(inner, N.AttributedExpression) else inner.operand
            if isinstance(child, N.Variable):
                return
            inner = child
        self.report("UnexpectedAttribute", node.attribute.extent, node.attribute.name)

    def v_Convert(self, node: N.Convert, parents: list[N.Node]) -> None:
        if not _is_ref(node):
            return
        # [ref][ref]$x: the inner [ref] is one too many.
        multiple = False
        child = node.operand
        while isinstance(child, (N.Convert, N.AttributedExpression)):
            if _is_ref(child):
                multiple = True
                self.report("ReferenceNeedsToBeByItselfInTypeSequence", child.type.extent)
            child = child.operand if isinstance(child, N.Convert) else child.child
        if multiple:
            return
        # [int][ref]$x: [ref] must be the outermost conversion (an assignment reports it its own way).
        outer_types = []
        for parent in reversed(parents):
            if isinstance(parent, N.Convert):
                outer_types.append(parent)
            elif not isinstance(parent, N.AttributedExpression):
                break
        if not outer_types or any(_is_ref(p) for p in outer_types):
            return
        for parent in reversed(parents):
            if isinstance(parent, N.Assignment):
                if _contains(parent.target, node):
                    return
                break
            if isinstance(parent, N.CommandExpression):
                break
        self.report("ReferenceNeedsToBeLastTypeInTypeConversion", node.type.extent)

    # -- hash literals -------------------------------------------------------------------------------
    def v_Hashtable(self, node: N.Hashtable, parents: list[N.Node]) -> None:
        for key, text in _duplicate_keys(node):
            self.report("DuplicateKeyInHashLiteral", key.extent, text)

    # -- data sections -------------------------------------------------------------------------------
    def restricted(self, node: N.DataStatement) -> None:
        names = [c.value for c in node.commands if isinstance(c, N.StringConstant)]
        allowed = None if len(names) < len(node.commands) else ["ConvertFrom-StringData"] + names
        self.errors.extend(restricted_language_errors(node.body, allowed))


def _parameter_problems(node: N.ParamBlock) -> Iterator[tuple[str, N.ParameterDecl]]:
    seen: set[str] = set()
    for p in node.parameters:
        key = p.name.lower()
        if key in seen:
            yield "DuplicateFormalParameter", p
        seen.add(key)
        if p.splat:
            yield "SplattingNotPermitted", p


def _duplicate_keys(node: N.Hashtable) -> Iterator[tuple[N.Node, str]]:
    seen: set[str] = set()
    for key, _ in node.pairs:
        if isinstance(key, N.Constant):
            text = str(key.value)
        elif isinstance(key, N.StringConstant):
            text = key.value
        else:
            continue
        if text.lower() in seen:
            yield key, text
        seen.add(text.lower())


# -- which nodes may draw an error --------------------------------------------------------------------

_ASSIGNABLE = (N.Variable, N.Member, N.InvokeMember, N.Index)
_STEP_OPERATORS = ("++", "--", "post++", "post--")

# For each node class a check above looks at, whether a node may draw an error from it (True when it
# cannot be told from the node alone). The parser asks as it makes such nodes, and leaves out the walk
# over a tree in which none may: for most scripts, none. A break, continue or return can only err
# inside a finally block, so a try statement with one stands for them.
MAY_ERR = {
    N.Assignment: lambda n: not isinstance(n.target, _ASSIGNABLE),
    N.Unary: lambda n: n.operator in _STEP_OPERATORS and not isinstance(n.operand, _ASSIGNABLE),
    N.Variable: lambda n: n.splat,
    N.AttributedExpression: lambda n: True,
    N.Convert: _is_ref,
    N.Hashtable: lambda n: next(_duplicate_keys(n), None) is not None,
    N.ParamBlock: lambda n: next(_parameter_problems(n), None) is not None,
    N.DataStatement: lambda n: True,
    N.Try: lambda n: n.finally_body is not None,
    N.TypeDefinition: lambda n: True,
}


def _contains(tree: N.Node, node: N.Node) -> bool:
    if tree is node:
        return True
    return any(_contains(c, node) for c in children(tree))


# -- the restricted language (data sections) ------------------------------------------------------------

_RESTRICTED_VARIABLES = ("psculture", "psuiculture", "true", "false", "null")
# Operators a data section may not use: they set $Matches, build unbounded strings or run code.
_RESTRICTED_OPERATORS = {"match", "notmatch", "cmatch", "cnotmatch", "replace", "creplace", "split", "csplit",
                         "join", "as", "f", ".."}
# Types a data section may convert to: .NET's simple types (a TypeCode other than Object) and their arrays.
_SIMPLE_TYPES = {"bool", "boolean", "char", "sbyte", "byte", "int16", "short", "uint16", "ushort", "int32", "int",
                 "uint32", "uint", "int64", "long", "uint64", "ulong", "single", "float", "double", "decimal",
                 "datetime", "string", "dbnull"}

_STATEMENT_ERRORS = {
    N.ScriptBlockExpression: "ScriptBlockNotSupportedInDataSection",
    N.FunctionDefinition: "FunctionDeclarationNotSupportedInDataSection",
    N.Trap: "TrapStatementNotSupportedInDataSection",
    N.Switch: "SwitchStatementNotSupportedInDataSection",
    N.DataStatement: "DataSectionStatementNotSupportedInDataSection",
    N.ForEach: "ForeachStatementNotSupportedInDataSection",
    N.DoLoop: "DoWhileStatementNotSupportedInDataSection",
    N.For: "ForWhileStatementNotSupportedInDataSection",
    N.While: "ForWhileStatementNotSupportedInDataSection",
    N.Try: "TryStatementNotSupportedInDataSection",
    N.FlowStatement: "FlowControlStatementNotSupportedInDataSection",
    N.Assignment: "AssignmentStatementNotSupportedInDataSection",
    N.Member: "PropertyReferenceNotSupportedInDataSection",
    N.InvokeMember: "MethodCallNotSupportedInDataSection",
    N.Index: "ArrayReferenceNotSupportedInDataSection",
    N.AttributedExpression: "AttributeNotSupportedInDataSection",
    N.Redirection: "RedirectionNotSupportedInDataSection",
}


def _simple_type(name: str) -> bool:
    name = name.strip().lower().removeprefix("system.")
    if name.endswith("[]"):
        name = name[:-2]
    return name in _SIMPLE_TYPES


def restricted_language_errors(tree: N.Node, allowed_commands: list[str] | None) -> list[ParseError]:
    """The errors of a data section's body (or anything else held to the restricted language).
    `allowed_commands` None allows every command (its names are only known when it runs)."""
    errors: list[ParseError] = []

    def report(error_id: str, extent: Extent, *args: object) -> None:
        errors.append(ParseError(error_id, message(error_id, *args), extent))

    def visit(node: N.Node) -> None:
        error_id = _STATEMENT_ERRORS.get(type(node))
        if error_id is not None:
            report(error_id, node.extent)
            if isinstance(node, (N.ScriptBlockExpression, N.FunctionDefinition)):
                return      # what is inside is not looked at
        elif isinstance(node, N.Variable):
            if node.scope or node.name.lower() not in _RESTRICTED_VARIABLES:
                report("VariableReferenceNotSupportedInDataSection", node.extent,
                       "$PSCulture, $PSUICulture, $true, $false, $null")
        elif isinstance(node, N.Binary) and node.operator.lower() in _RESTRICTED_OPERATORS:
            op = node.operator.lower()
            report("OperatorNotSupportedInDataSection", node.operator_extent or node.extent,
                   op if op == ".." else "-" + op)
        elif isinstance(node, N.Unary) and node.operator in ("split", "join", "++", "--", "post++", "post--"):
            op = node.operator.removeprefix("post")
            report("OperatorNotSupportedInDataSection", node.extent, "-" + op if op.isalpha() else op)
        elif isinstance(node, (N.Convert, N.TypeLiteral)) and not _simple_type(node.type.name):
            report("TypeNotAllowedInDataSection", node.type.extent, node.type.name)
        elif isinstance(node, N.Command):
            check_command(node)
        for child in children(node):
            visit(child)

    def check_command(node: N.Command) -> None:
        if node.invocation == ".":
            report("DotSourcingNotSupportedInDataSection", node.extent)
            return
        if allowed_commands is None:
            return
        first = node.elements[0]
        if not isinstance(first, N.StringConstant):
            if node.invocation == "&":
                report("OperatorNotSupportedInDataSection", node.extent, "&")
            else:
                report("CmdletNotInAllowedListForDataSection", node.extent, node.extent.text)
            return
        if not any(first.value.lower() == name.lower() for name in allowed_commands):
            report("CmdletNotInAllowedListForDataSection", node.extent, first.value)

    visit(tree)
    return errors


def semantic_errors(tree: N.Node) -> list[ParseError]:
    return SemanticChecker().check(tree)

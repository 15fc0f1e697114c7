"""The checks PowerShell makes on a class or enum definition before anything runs (its semantic
checks, variable analysis and type definer): each problem is a parse error with PowerShell's id.

    - a member defined twice (MemberAlreadyDefined);
    - an enumerator whose value is not a constant, or does not fit the underlying type;
    - a method whose body has a param block or named blocks, a constructor with a return type;
    - `return` with a value in a void method or without one in a method that returns a value, and
      a method that returns a value on some paths only (MethodHasCodePathNotReturn);
    - a variable a method reads but never assigns (VariableNotLocal): in a method, `$Name` is no
      property and no variable of the caller;
    - `$this` in a static method or a static property's initializer.
"""
from __future__ import annotations

from pyshell.language import nodes as N

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Callable, Iterator

# The enum underlying types PowerShell allows, with their ranges.
UNDERLYING_TYPES = {
    "byte": (0, 2 ** 8 - 1, "System.Byte"), "system.byte": (0, 2 ** 8 - 1, "System.Byte"),
    "sbyte": (-2 ** 7, 2 ** 7 - 1, "System.SByte"), "system.sbyte": (-2 ** 7, 2 ** 7 - 1, "System.SByte"),
    "short": (-2 ** 15, 2 ** 15 - 1, "System.Int16"), "int16": (-2 ** 15, 2 ** 15 - 1, "System.Int16"),
    "system.int16": (-2 ** 15, 2 ** 15 - 1, "System.Int16"),
    "ushort": (0, 2 ** 16 - 1, "System.UInt16"), "uint16": (0, 2 ** 16 - 1, "System.UInt16"),
    "system.uint16": (0, 2 ** 16 - 1, "System.UInt16"),
    "int": (-2 ** 31, 2 ** 31 - 1, "System.Int32"), "int32": (-2 ** 31, 2 ** 31 - 1, "System.Int32"),
    "system.int32": (-2 ** 31, 2 ** 31 - 1, "System.Int32"),
    "uint": (0, 2 ** 32 - 1, "System.UInt32"), "uint32": (0, 2 ** 32 - 1, "System.UInt32"),
    "system.uint32": (0, 2 ** 32 - 1, "System.UInt32"),
    "long": (-2 ** 63, 2 ** 63 - 1, "System.Int64"), "int64": (-2 ** 63, 2 ** 63 - 1, "System.Int64"),
    "system.int64": (-2 ** 63, 2 ** 63 - 1, "System.Int64"),
    "ulong": (0, 2 ** 64 - 1, "System.UInt64"), "uint64": (0, 2 ** 64 - 1, "System.UInt64"),
    "system.uint64": (0, 2 ** 64 - 1, "System.UInt64"),
}

# Variables a method may read without assigning them: automatic ones and the few PowerShell lets
# a class method see (SpecialVariables.IsImplicitVariableAccessibleInClassMethod).
_IMPLICIT = frozenset("""_ psitem args this input pscmdlet psboundparameters myinvocation psscriptroot
pscommandpath true false null lastexitcode error stacktrace outputencoding nestedpromptlevel pwd matches
psapplicationoutputencoding foreach switch ?""".split())
_SCOPES = ("global", "script")
_BINARY = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "bor": lambda a, b: a | b, "band": lambda a, b: a & b, "bxor": lambda a, b: a ^ b,
           "shl": lambda a, b: a << (b & 63), "shr": lambda a, b: a >> (b & 63)}


class NotConstant(Exception):
    pass


class Deferred(Exception):
    """An initializer that names another type's member (`[E2]::A + 1`): known only when it runs."""


# The static members an initializer may name that are known before anything runs.
_KNOWN_STATICS = {(t, m): v for names, lo, hi in ((("int", "int32", "system.int32"), -2 ** 31, 2 ** 31 - 1),
                                                   (("long", "int64", "system.int64"), -2 ** 63, 2 ** 63 - 1))
                  for t in names for m, v in (("minvalue", lo), ("maxvalue", hi))}


def constant_value(node: N.Node) -> object:
    """The value of an enumerator's initializer when it is a constant expression (numbers, strings
    and arithmetic or bitwise operators on them); NotConstant otherwise."""
    if isinstance(node, N.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, N.StringConstant):
        return node.value
    if isinstance(node, N.Paren) and isinstance(node.pipeline, N.Pipeline) and len(node.pipeline.elements) == 1:
        element = node.pipeline.elements[0]
        if isinstance(element, N.CommandExpression) and not element.redirections:
            return constant_value(element.expression)
    if isinstance(node, N.Member) and node.static and isinstance(node.target, N.TypeLiteral) and \
            isinstance(node.member, N.StringConstant):
        known = _KNOWN_STATICS.get((node.target.type.name.strip().lower(), node.member.value.lower()))
        if known is None:
            raise Deferred
        return known
    if isinstance(node, N.Unary) and node.operator in ("-", "+", "bnot"):
        value = constant_value(node.operand)
        if isinstance(value, (int, float)):
            return -value if node.operator == "-" else (~int(value) if node.operator == "bnot" else value)
    if isinstance(node, N.Binary):
        fn = _BINARY.get(node.operator.lower().lstrip("-"))
        if fn is not None:
            left, right = constant_value(node.left), constant_value(node.right)
            if isinstance(left, int) and isinstance(right, int):
                return fn(left, right)
    raise NotConstant


def enumerator_values(node: N.TypeDefinition, report: Callable[..., None] | None = None,
                      evaluate: Callable[[N.Node], int] | None = None) -> list[tuple[str, int]]:
    """The enumerators of an enum with their values (an omitted value is one more than the one
    before, the first is 0), reporting what PowerShell's type definer reports. An initializer
    naming another type's member is worked out by `evaluate` (at run time); before, it and the
    values after it go unchecked."""
    low, high, type_name = UNDERLYING_TYPES.get(node.base_types[0].name.lower() if node.base_types else "int",
                                               UNDERLYING_TYPES["int"])
    out: list[tuple[str, int]] = []
    seen: set[str] = set()
    value = 0
    for member in node.members:
        if not isinstance(member, N.EnumMember):
            continue
        if member.value is not None:
            try:
                given = constant_value(member.value)
                if isinstance(given, str):
                    given = int(given.strip(), 0) if given.strip() else 0
                if isinstance(given, float):
                    if given != int(given):
                        raise ValueError
                    given = int(given)
            except Deferred:
                if evaluate is None:
                    return out
                given = evaluate(member.value)
            except NotConstant:
                if report is not None:
                    report("EnumeratorValueMustBeConstant", member.value.extent)
                given = value
            except ValueError:
                if report is not None:
                    report("CannotConvertValue", member.value.extent, type_name)
                given = value
            value = given
            if report is not None and not low <= value <= high:
                report("EnumeratorValueOutOfBounds", member.value.extent, type_name)
        elif report is not None and value > high:
            report("EnumeratorValueOutOfBounds", member.extent, type_name)
        if member.name.lower() in seen and report is not None:
            report("MemberAlreadyDefined", member.extent, member.name)
        seen.add(member.name.lower())
        out.append((member.name, value))
        value += 1
    return out


def check_type_definition(node: N.TypeDefinition, report: Callable[..., None]) -> None:
    if node.kind == "enum":
        if node.base_types and node.base_types[0].name.lower() not in UNDERLYING_TYPES:
            report("InvalidUnderlyingType", node.base_types[0].extent, node.base_types[0].name)
        enumerator_values(node, report)
        return
    properties: set[str] = set()
    signatures: set[tuple] = set()
    for member in node.members:
        if isinstance(member, N.PropertyMember):
            if member.name.lower() in properties:
                report("MemberAlreadyDefined", member.extent, member.name)
            properties.add(member.name.lower())
            if member.static and member.default is not None:
                _no_this(member.default, report)
        elif isinstance(member, N.MethodMember):
            signature = (member.name.lower(), member.static, member.constructor,
                         tuple((p.type.name.lower() if p.type else "object") for p in member.parameters))
            if signature in signatures:
                report("MemberAlreadyDefined", member.name_extent or member.extent, member.name)
            signatures.add(signature)
            _check_method(member, report)


def _check_method(method: N.MethodMember, report: Callable[..., None]) -> None:
    body = method.body
    if body.param_block is not None:
        report("ParamBlockNotAllowedInMethod", body.param_block.extent)
    if body.begin is not None or body.process is not None:
        first = body.begin or body.process
        report("NamedBlockNotAllowedInMethod", first.extent)
    if method.constructor and method.return_type is not None:
        report("ConstructorCantHaveReturnType", method.return_type.extent)
    statements = body.end.statements if body.end is not None else ()
    void = method.constructor or method.return_type is None or method.return_type.name.lower() in ("void",
                                                                                                    "system.void")
    for flow in _walk(statements, N.FlowStatement):
        if flow.kind != "return":
            continue
        if flow.value is not None and void:
            report("VoidMethodHasReturn", flow.extent)
        elif flow.value is None and not void:
            report("NonVoidMethodMissingReturnValue", flow.extent)
    _check_labels(statements, (), report)
    if not void and not _all_return(statements):
        report("MethodHasCodePathNotReturn", method.name_extent or method.extent)
    assigned = {p.name.lower() for p in method.parameters}
    for node in _walk(statements, (N.Assignment, N.ForEach, N.Unary)):
        if isinstance(node, N.Assignment):
            assigned.update(_targets(node.target))
        elif isinstance(node, N.ForEach):
            assigned.add(node.variable.name.lower())
        elif node.operator in ("++", "--", "post++", "post--"):
            assigned.update(_targets(node.operand))
    for var in _walk(statements, N.Variable):
        key = var.name.lower()
        if var.scope in _SCOPES or (var.scope and var.scope not in ("local", "private")):
            continue
        if key not in assigned and key not in _IMPLICIT:
            report("VariableNotLocal", var.extent)
        if method.static and key == "this":
            report("NonStaticMemberAccessInStaticMember", var.extent, var.name)


def _check_labels(nodes: tuple | list, labels: tuple, report: Callable[..., None]) -> None:
    """`break label` and `continue label` in a method must name a loop of the method around them."""
    from pyshell.language.semantics import children
    for node in nodes:
        if isinstance(node, (N.ScriptBlockExpression, N.FunctionDefinition, N.TypeDefinition)):
            continue
        if isinstance(node, N.FlowStatement) and node.kind in ("break", "continue") and \
                isinstance(node.value, N.StringConstant) and node.value.value.lower() not in labels:
            report("LabelNotFound", node.extent, node.value.value)
        label = getattr(node, "label", None) if isinstance(node, _LOOPS) else None
        _check_labels(list(children(node)), labels + (label.lower(),) if label else labels, report)


_LOOPS = (N.While, N.DoLoop, N.For, N.ForEach, N.Switch)


def _no_this(node: N.Node, report: Callable[..., None]) -> None:
    for var in _walk((node,), N.Variable):
        if var.name.lower() == "this" and not var.scope:
            report("NonStaticMemberAccessInStaticMember", var.extent, var.name)


def _targets(target: N.Node) -> Iterator[str]:
    if isinstance(target, N.Variable):
        yield target.name.lower()
    elif isinstance(target, N.Convert):
        yield from _targets(target.operand)
    elif isinstance(target, N.ArrayLiteral):
        for element in target.elements:
            yield from _targets(element)
    elif isinstance(target, N.Paren) and isinstance(target.pipeline, N.Pipeline):
        for element in target.pipeline.elements:
            if isinstance(element, N.CommandExpression):
                yield from _targets(element.expression)


def _walk(nodes: tuple | list, kinds: type | tuple) -> Iterator:
    """Every node of `kinds` under `nodes`, not looking into script blocks and functions (their
    variables and returns are their own)."""
    from pyshell.language.semantics import children
    stack = list(reversed(nodes))
    while stack:
        node = stack.pop()
        if isinstance(node, kinds):
            yield node
        if isinstance(node, (N.ScriptBlockExpression, N.FunctionDefinition, N.TypeDefinition)):
            continue
        stack.extend(reversed(list(children(node))))


def _all_return(statements: tuple) -> bool:
    """Every path through the statements ends in return, throw or exit (PowerShell's flow analysis:
    a loop or switch may run no iteration, so only if/else, try and do loops count besides)."""
    return any(_returns(s) for s in statements)


def _returns(node: N.Node) -> bool:
    if isinstance(node, N.FlowStatement):
        return node.kind in ("return", "throw", "exit")
    if isinstance(node, N.If):
        return node.else_body is not None and _all_return(node.else_body.statements) and \
            all(_all_return(body.statements) for _, body in node.clauses)
    if isinstance(node, N.Try):
        if node.finally_body is not None and _all_return(node.finally_body.statements):
            return True
        return _all_return(node.body.statements) and all(_all_return(c.body.statements) for c in node.catches)
    if isinstance(node, N.StatementBlock):
        return _all_return(node.statements)
    if isinstance(node, N.DoLoop):      # its body runs at least once
        return _all_return(node.body.statements)
    return False

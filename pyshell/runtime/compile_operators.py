"""Compiling operators: unary and binary operators, increments, casts (`[int]$x`) and the type
operators (-is, -isnot, -as). Mixed into the ExpressionCompiler."""
from __future__ import annotations

from pyshell.errors import ErrorCategory
from pyshell.language import nodes as N
from pyshell.runtime import arith
from pyshell.runtime.compile_support import cast_error, op_error, unwrap
from pyshell.runtime.context import runtime_error
from pyshell.runtime.conversion import PSConversionError, to_bool, to_enum, to_string
from pyshell.runtime.operators import PSOperatorError, compare, join, match, replace, split, split_whitespace
from pyshell.runtime.types import TypeRef, resolve_type
from pyshell.runtime.scriptblock import ScriptBlock
from pyshell.runtime.values import PSEnum
from enum import Flag

_REF_NAMES = ("ref", "system.management.automation.psreference", "management.automation.psreference")

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable
    Expr = Callable[[Any], Any]


class OperatorCompiler:
    """Operators and casts; part of the ExpressionCompiler (compiler.py)."""

    def x_Unary(self, node: N.Unary) -> Expr:
        op = node.operator
        extent = node.extent
        if op in ("++", "--", "post++", "post--"):
            return self.increment(node)
        operand = self.expr(node.operand)
        if op in ("!", "not"):
            return lambda ctx: not to_bool(operand(ctx))
        if op == ",":
            return lambda ctx: [operand(ctx)]

        def unary(ctx: Any) -> Any:
            v = operand(ctx)
            try:
                if op == "-":
                    return arith.negate(v)
                if op == "+":
                    return arith.unary_plus(v)
                if op == "bnot":
                    return arith.bnot(v)
                if op == "split":
                    return split_whitespace(v)
                if op == "join":
                    return join(v, "")
            except (PSOperatorError, PSConversionError) as exc:
                raise op_error(exc, extent) from None
            raise runtime_error(f"Unknown operator {op}", "UnknownOperator", extent)
        return unary

    def increment(self, node: N.Unary) -> Expr:
        op = node.operator
        delta = 1 if op.endswith("++") else -1
        post = op.startswith("post")
        read = self.expr(node.operand)
        write = self.assigner(node.operand)
        extent = node.extent

        def inc(ctx: Any) -> Any:
            old = read(ctx)
            try:
                new = arith.add(old if old is not None else 0, delta)
            except (PSOperatorError, PSConversionError) as exc:
                raise op_error(exc, extent) from None
            write(ctx, new)
            return old if post else new
        return inc

    def x_Convert(self, node: N.Convert) -> Expr:
        if node.type.name.strip().lower() in _REF_NAMES and isinstance(node.operand, N.Variable):
            reference = self.variable_reference(node.operand)
            if reference is not None:
                return reference
        operand = self.expr(node.operand)
        name, namespaces = node.type.name, node.type.namespaces
        extent = node.extent
        holder: list = []

        def cast(ctx: Any) -> Any:
            if not holder:
                holder.append(self.resolve(ctx, name, node.type.extent, namespaces))
            ref = holder[0]
            try:
                return ref.convert(operand(ctx))
            except PSConversionError as exc:
                raise cast_error(exc, extent) from None
        return cast

    @staticmethod
    def variable_reference(node: N.Variable) -> Expr | None:
        """`[ref]$x`: a reference to the variable itself, not to its value (PowerShell's compiler
        special-cases it so). None for $true, $false, $null and a drive's item ($env:x): those are
        converted as values."""
        key, prefix = node.name.lower(), node.scope.lower()
        if key == "psitem":
            key = "_"
        if node.splat or (not prefix and key in ("true", "false", "null")) or \
                prefix not in ("", "global", "script", "local", "private"):
            return None
        extent = node.extent

        def reference(ctx: Any) -> Any:
            from pyshell.runtime.psreference import variable_reference
            found = variable_reference(ctx, key, prefix)
            if found is None:
                raise runtime_error("[ref] cannot be applied to a variable that does not exist.",
                                    "NonExistingVariableReference", extent, ErrorCategory.InvalidOperation)
            return found
        return reference

    def x_Binary(self, node: N.Binary) -> Expr:
        op = node.operator
        left = self.expr(node.left)
        right = self.expr(node.right)
        extent = node.extent
        if op == "and":
            return lambda ctx: to_bool(left(ctx)) and to_bool(right(ctx))
        if op == "or":
            return lambda ctx: to_bool(left(ctx)) or to_bool(right(ctx))
        if op == "xor":
            return lambda ctx: to_bool(left(ctx)) != to_bool(right(ctx))
        if op in ("is", "isnot", "as"):
            return self.type_operator(op, left, right, extent)
        if op in ("match", "cmatch", "notmatch", "cnotmatch"):
            cs = op.startswith("c")
            negate = "not" in op

            def do_match(ctx: Any) -> Any:
                try:
                    result, table = match(left(ctx), right(ctx), cs, negate)
                except PSOperatorError as exc:
                    raise op_error(exc, extent) from None
                if table is not None:
                    ctx.scope.vars["matches"] = table
                return result
            return do_match
        if op in ("split", "csplit"):
            return self.split_operator(op == "csplit", left, right, extent)
        if op in _EQUALITY and isinstance(node.right, (N.StringConstant, N.Constant)):
            value = node.right.value
            if isinstance(value, str) or (type(value) is int):
                return equality_with_constant(op, left, value, extent)
        fn = binary_function(op)
        if fn is None:
            raise TypeError(f"unknown operator {op}")

        def binary(ctx: Any) -> Any:
            try:
                return fn(left(ctx), right(ctx))
            except (PSOperatorError, PSConversionError) as exc:
                raise op_error(exc, extent) from None
        return binary

    def split_operator(self, cs: bool, left: Expr, right: Expr, extent: N.Extent) -> Expr:
        def do_split(ctx: Any) -> Any:
            value, spec = left(ctx), right(ctx)
            first = spec[0] if isinstance(spec, (list, tuple)) and spec else spec
            predicate = None
            if isinstance(first, ScriptBlock):
                def predicate(ch: str) -> bool:
                    return to_bool(unwrap(first.collect(ctx, dollar_under=ch, new_scope=False)))
            try:
                return split(value, spec, cs, predicate)
            except (PSOperatorError, PSConversionError) as exc:
                raise op_error(exc, extent) from None
        return do_split

    def type_operator(self, op: str, left: Expr, right: Expr, extent: N.Extent) -> Expr:
        def typed(ctx: Any) -> Any:
            value = left(ctx)
            t = right(ctx)
            if not isinstance(t, TypeRef):
                ref = resolve_type(to_string(t), ctx.module_types)
                if ref is None and op != "as":
                    # -is converts its right operand to a Type; a name that is none fails that conversion.
                    from pyshell.runtime.typenames import type_name_of
                    error = runtime_error(f'Cannot convert the "{to_string(t)}" value of type "{type_name_of(t)}" '
                                          'to type "System.Type".', "RuntimeException", extent,
                                          ErrorCategory.NotSpecified)
                    error.record.inner_type = "PSInvalidCastException"
                    raise error
                if ref is None:
                    raise runtime_error(f"Unable to find type [{to_string(t)}].", "TypeNotFound", extent)
                t = ref
            if op == "as":
                try:
                    return t.convert(value) if value is not None else None
                except PSConversionError:
                    return None
            result = t.is_instance(value)
            return result if op == "is" else not result
        return typed


_EQUALITY = {"eq": (False, False), "ceq": (False, True), "ne": (True, False), "cne": (True, True)}
_UNKNOWN = object()


def equality_with_constant(op: str, left: Expr, value: str | int, extent: N.Extent) -> Expr:
    """`<expr> -eq <constant>` (and -ne, -ceq, -cne): the same answers as operators.compare, with
    what depends only on the constant worked out once. Such comparisons are what filters such as
    Where-Object {$_.SaslNegotiation -eq "Required"} run for every object.

    A string on the left is compared with the constant's text (lower-cased once for the
    case-insensitive forms); an enum on the left with the member the constant names in that enum
    type, looked up once per type. Any other value goes the general way."""
    negate, case_sensitive = _EQUALITY[op]
    text = value if isinstance(value, str) else to_string(value)
    lowered = text.lower()
    members: dict[type, Any] = {}        # enum type -> the member `value` names there (None: none)
    general = binary_function(op)

    def equality(ctx: Any) -> Any:
        v = left(ctx)
        kind = type(v)
        if kind is str:
            same = v == text or (not case_sensitive and v.lower() == lowered)
        elif isinstance(v, PSEnum):
            member = members.get(kind, _UNKNOWN)
            if member is _UNKNOWN:
                try:
                    member = to_enum(value, kind)
                except PSConversionError:
                    member = None
                members[kind] = member
            same = v is member
        else:
            try:
                return general(v, value)
            except (PSOperatorError, PSConversionError) as exc:
                raise op_error(exc, extent) from None
        return same is not negate
    return equality


def binary_function(op: str) -> Callable[[Any, Any], Any] | None:
    if op in arith.ARITHMETIC:
        return arith.ARITHMETIC[op]
    base = op[1:] if op.startswith("c") and op[1:] in _CASE_FORMS else op
    cs = base != op
    if base in _CMP_NAMES:
        return lambda l, r: compare(base, l, r, cs)
    if base == "replace":
        return lambda l, r: replace(l, r, cs)
    if base == "split":
        return lambda l, r: split(l, r, cs)
    if op == "join":
        return join
    if op == "f":
        from pyshell.runtime.formatop import format_operator_op
        return format_operator_op
    if op in ("band", "bor", "bxor", "shl", "shr"):
        def bits(l: Any, r: Any) -> Any:
            a, b = arith.bit_operand(l), arith.bit_operand(r)
            n = {"band": a & b, "bor": a | b, "bxor": a ^ b, "shl": a << (b & 63), "shr": a >> (b & 63)}[op]
            if isinstance(l, Flag) and type(r) is type(l) and op[0] == "b":
                return type(l)(n)       # two values of one [Flags()] enum combine into a value of it
            if hasattr(type(l), "ps_type_code") or hasattr(type(r), "ps_type_code"):
                from pyshell.runtime.numerics import fit_bitwise
                return fit_bitwise(op, a, b, l, r)
            return n
        return bits
    return None


_CMP_NAMES = frozenset({"eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "contains", "notcontains",
                        "in", "notin"})
_CASE_FORMS = _CMP_NAMES | {"replace", "split", "match", "notmatch"}

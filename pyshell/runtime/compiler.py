"""The compiler: turns expression nodes into Python closures, once.

An expression compiles to `fn(ctx) -> value`; statements (compile_statements.py) compile to
`fn(ctx, emit) -> None`, where `emit` takes each output object. Script blocks that run per object
(Where-Object, ForEach-Object) therefore never walk the tree again.
"""
from __future__ import annotations

from pyshell.errors import ErrorCategory, PSError
from pyshell.language import nodes as N
from pyshell.runtime import arith
from pyshell.runtime.context import runtime_error
from pyshell.runtime.conversion import PSConversionError, to_bool, to_enum, to_string
from pyshell.runtime.members import call_method, get_member, set_member
from pyshell.runtime.operators import PSOperatorError, compare, join, match, replace, split, split_whitespace
from pyshell.runtime.scope import MISSING
from pyshell.runtime.types import ScriptBlockType, TypeRef, resolve_type
from pyshell.runtime.scriptblock import ScriptBlock
from pyshell.runtime.values import AUTOMATION_NULL, PSEnum, PSHashtable, PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable
    Expr = Callable[[Any], Any]


_CONSTANT_VARS = {"true": True, "false": False, "null": None}


def _discard(obj: Any) -> None:
    pass


def unwrap(items: list) -> Any:
    """The value of a collected pipeline: nothing, one object, or an array."""
    if not items:
        return None
    if len(items) == 1:
        return items[0]
    return items


def op_error(exc: Exception, extent: N.Extent) -> PSError:
    if isinstance(exc, PSOperatorError):
        cat = getattr(ErrorCategory, exc.category, ErrorCategory.InvalidOperation)
        error = runtime_error(exc.message, exc.error_id, extent, cat)
        error.record.inner_type = exc.inner
        return error
    if isinstance(exc, PSConversionError):
        return runtime_error(exc.message, "RuntimeException", extent, ErrorCategory.InvalidArgument,
                             "PSInvalidCastException")
    return runtime_error(str(exc), "RuntimeException", extent, ErrorCategory.NotSpecified)


class ExpressionCompiler:
    """Mixed into the Compiler (see compile_statements.py)."""

    def expr(self, node: N.Node) -> Expr:
        method = getattr(self, "x_" + type(node).__name__, None)
        if method is None:
            raise TypeError(f"cannot compile {type(node).__name__} as an expression")
        return method(node)

    # -- leaves --------------------------------------------------------------------------------
    def x_Constant(self, node: N.Constant) -> Expr:
        value = node.value
        return lambda ctx: value

    def x_StringConstant(self, node: N.StringConstant) -> Expr:
        value = node.value
        return lambda ctx: value

    def x_ExpandableString(self, node: N.ExpandableString) -> Expr:
        parts = [self.expr(p) for p in node.parts]

        def expand(ctx: Any) -> str:
            ofs = ctx.ofs
            return "".join(to_string(p(ctx), ofs) for p in parts)
        return expand

    def x_Variable(self, node: N.Variable) -> Expr:
        key = node.name.lower()
        scope = node.scope
        if not scope and key in _CONSTANT_VARS:
            value = _CONSTANT_VARS[key]
            return lambda ctx: value
        if not scope:
            if key in ("_", "psitem"):
                def dollar_under(ctx: Any) -> Any:
                    scope = ctx.scope
                    v = scope.vars.get("_", MISSING)       # usually set in the current scope
                    if v is MISSING:
                        v = scope.lookup("_")
                    return None if v is MISSING else v
                return dollar_under
            if key == "?":
                return lambda ctx: ctx.last_success
            if key == "error":
                return lambda ctx: list(ctx.errors)

            def read(ctx: Any) -> Any:
                v = ctx.scope.lookup(key)
                return None if v is MISSING else v
            return read
        return lambda ctx: ctx.read_var(key, scope)

    def x_TypeLiteral(self, node: N.TypeLiteral) -> Expr:
        ref_holder: list = []
        name = node.type.name
        extent = node.extent

        def type_value(ctx: Any) -> TypeRef:
            if not ref_holder:
                ref_holder.append(self.resolve(ctx, name, extent))
            return ref_holder[0]
        return type_value

    def resolve(self, ctx: Any, name: str, extent: N.Extent) -> TypeRef:
        ref = resolve_type(name, ctx.module_types)
        if ref is None:
            raise runtime_error(f"Unable to find type [{name}].", "TypeNotFound", extent,
                                ErrorCategory.InvalidOperation)
        return ref

    # -- collections ----------------------------------------------------------------------------
    def x_ArrayLiteral(self, node: N.ArrayLiteral) -> Expr:
        items = [self.expr(e) for e in node.elements]
        return lambda ctx: [f(ctx) for f in items]

    def x_ArrayExpression(self, node: N.ArrayExpression) -> Expr:
        body = self.statements(node.statements)

        def array(ctx: Any) -> list:
            out: list = []
            body(ctx, out.append)
            return out
        return array

    def x_SubExpression(self, node: N.SubExpression) -> Expr:
        body = self.statements(node.statements)

        def sub(ctx: Any) -> Any:
            out: list = []
            body(ctx, out.append)
            return unwrap(out)
        return sub

    def x_Paren(self, node: N.Paren) -> Expr:
        return self.value_of_statement(node.pipeline)

    def value_of_statement(self, stmt: N.Node) -> Expr:
        """The value of a statement used as an expression: a lone expression keeps its value as is;
        anything else is run and its output collected."""
        if isinstance(stmt, N.Pipeline) and len(stmt.elements) == 1 and \
                isinstance(stmt.elements[0], N.CommandExpression) and not stmt.elements[0].redirections:
            return self.expr(stmt.elements[0].expression)
        if isinstance(stmt, N.Pipeline) and not stmt.elements:
            return lambda ctx: None
        if isinstance(stmt, N.Assignment):
            # ($x = 5) and $a = $b = 5: an assignment used as a value gives the value assigned.
            assign = self.statement(stmt)
            read = self.expr(stmt.target)

            def assigned(ctx: Any) -> Any:
                assign(ctx, _discard)
                return read(ctx)
            return assigned
        body = self.statement(stmt)

        def collect(ctx: Any) -> Any:
            out: list = []
            body(ctx, out.append)
            return unwrap(out)
        return collect

    def x_Hashtable(self, node: N.Hashtable) -> Expr:
        pairs = [(self.expr(k), self.value_of_statement(v)) for k, v in node.pairs]
        extent = node.extent

        def table(ctx: Any) -> PSHashtable:
            h = PSHashtable()
            for kf, vf in pairs:
                k = kf(ctx)
                if k in h:
                    raise runtime_error(f"Duplicate keys '{to_string(k)}' are not allowed in hash literals.",
                                        "DuplicateKeyInHashLiteral", extent, ErrorCategory.ParserError,
                                        "ParseException")
                h[k] = vf(ctx)
            return h
        return table

    def x_ScriptBlockExpression(self, node: N.ScriptBlockExpression) -> Expr:
        compiled: list = []

        def block(ctx: Any) -> ScriptBlock:
            if not compiled:
                compiled.append(self.script_block(node.body))
            return ScriptBlock(node.body, compiled[0])
        return block

    # -- members ------------------------------------------------------------------------------
    def member_name(self, node: N.Node) -> Expr:
        if isinstance(node, N.StringConstant):
            name = node.value
            return lambda ctx: name
        inner = self.expr(node)
        return lambda ctx: to_string(inner(ctx))

    def x_Member(self, node: N.Member) -> Expr:
        target = self.expr(node.target)
        if node.static:
            name_fn = self.member_name(node.member)
            extent = node.extent

            def static(ctx: Any) -> Any:
                t = target(ctx)
                name = name_fn(ctx).lower()
                if isinstance(t, TypeRef):
                    if name in t.statics:
                        v = t.statics[name]
                        return None if callable(v) else v
                    if name == "name":
                        return t.full_name.rsplit(".", 1)[-1]
                    if name == "fullname":
                        return t.full_name
                    return None
                raise runtime_error(f"Unable to find type [{to_string(t)}].", "TypeNotFound", extent)
            return static
        if isinstance(node.member, N.StringConstant):
            key = node.member.value.lower()
            if _is_dollar_under(node.target):
                return _member_of_dollar_under(key)

            def member(ctx: Any) -> Any:
                obj = target(ctx)
                # The common case: a plain property of an object without Add-Member members
                # (those may hold computed properties, which get_member runs).
                if type(obj) is PSObject and obj._members is None:
                    v = obj._values.get(key, MISSING)
                    if v is not MISSING:
                        return v
                return get_member(obj, key)
            return member
        name_fn = self.member_name(node.member)
        return lambda ctx: get_member(target(ctx), name_fn(ctx))

    def x_InvokeMember(self, node: N.InvokeMember) -> Expr:
        target = self.expr(node.target)
        name_fn = self.member_name(node.member)
        args = [self.expr(a) for a in node.arguments]
        extent = node.extent
        static = node.static

        def invoke(ctx: Any) -> Any:
            obj = target(ctx)
            name = name_fn(ctx)
            values = [a(ctx) for a in args]
            try:
                if isinstance(obj, ScriptBlock) and name.lower() in ("invoke", "invokereturnasis"):
                    return unwrap(obj.collect(ctx, args=values))
                if not static and name.lower() in ("foreach", "where") and values:
                    return collection_method(ctx, obj, name.lower(), values)
                if static and isinstance(obj, TypeRef) and obj.target is ScriptBlockType and \
                        name.lower() == "create" and len(values) == 1:
                    return self.script_block_from_text(ctx, to_string(values[0]))
                if static:
                    if not isinstance(obj, TypeRef):
                        raise LookupError(f"Unable to find type [{to_string(obj)}].")
                    fn = obj.statics.get(name.lower())
                    if not callable(fn):
                        raise LookupError(f"Method invocation failed because [{obj.full_name}] does not contain a "
                                          f"method named '{name}'.")
                    return fn(*values)
                return call_method(obj, name, values)
            except PSError:
                raise
            except LookupError as exc:
                if isinstance(exc, IndexError):       # a method's ArgumentOutOfRangeException
                    raise self._invocation_error(name, values, exc, extent) from None
                msg = exc.args[0] if exc.args else str(exc)
                eid = "InvokeMethodOnNull" if "null-valued" in msg else "MethodNotFound"
                raise runtime_error(msg, eid, extent, ErrorCategory.InvalidOperation) from None
            except TypeError:
                raise runtime_error(f'Cannot find an overload for "{name}" and the argument count: "{len(values)}".',
                                    "MethodCountCouldNotFindBest", extent, ErrorCategory.NotSpecified,
                                    "MethodException") from None
            except (ValueError, ArithmeticError, PSConversionError, PSOperatorError) as exc:
                raise self._invocation_error(name, values, exc, extent) from None
        return invoke

    @staticmethod
    def _invocation_error(name: str, values: list, exc: Exception, extent: Any) -> PSError:
        """A .NET method that threw: PowerShell's MethodInvocationException around the inner one."""
        msg = getattr(exc, "message", None) or (exc.args[0] if exc.args else "")
        if isinstance(exc, ArithmeticError):
            # Python's own words ("Python int too large to convert to C int") are not for the user
            msg = ("Attempted to divide by zero." if isinstance(exc, ZeroDivisionError)
                   else "Arithmetic operation resulted in an overflow.")
        elif not isinstance(msg, str) or not msg:
            msg = f"Exception of type 'System.{_dotnet_exception_id(exc)}' was thrown."
        error = runtime_error(f'Exception calling "{name}" with "{len(values)}" argument(s): "{msg}"',
                              _dotnet_exception_id(exc), extent, ErrorCategory.NotSpecified,
                              "MethodInvocationException")
        error.record.inner_type = _dotnet_exception_id(exc)
        return error

    def script_block_from_text(self, ctx: Any, text: str) -> ScriptBlock:
        """[scriptblock]::Create(text): pyshell code, parsed and compiled like any other."""
        from pyshell.errors import ErrorRecord, ParseException
        from pyshell.language.parser import parse
        result = parse(text)
        if result.errors:
            first = result.errors[0]
            raise ParseException(ErrorRecord(first.message, first.error_id, ErrorCategory.ParserError,
                                             "ParseException", extent=first.extent,
                                             parse_errors=list(result.errors)))
        return ScriptBlock(result.tree, self.script_block(result.tree))

    def x_Index(self, node: N.Index) -> Expr:
        target = self.expr(node.target)
        index = self.expr(node.index)
        extent = node.extent

        def idx(ctx: Any) -> Any:
            obj = target(ctx)
            i = index(ctx)
            if obj is None:
                raise runtime_error("Cannot index into a null array.", "NullArray", extent)
            return index_value(obj, i)
        return idx

    # -- operators ----------------------------------------------------------------------------
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
                    return arith.subtract(0, v)
                if op == "+":
                    return arith.add(0, v) if not isinstance(v, str) else arith.add(0, v)
                if op == "bnot":
                    return ~int(arith.add(0, v))
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
        operand = self.expr(node.operand)
        name = node.type.name
        extent = node.extent
        holder: list = []

        def cast(ctx: Any) -> Any:
            if not holder:
                holder.append(self.resolve(ctx, name, node.type.extent))
            ref = holder[0]
            try:
                return ref.convert(operand(ctx))
            except PSConversionError as exc:
                eid = ("InvalidCastFromStringToInteger" if ref.target is int and isinstance(exc.value, str)
                       else "ConvertToFinalInvalidCastException")
                raise runtime_error(exc.message, eid, extent,
                                    ErrorCategory.InvalidArgument, "PSInvalidCastException") from None
        return cast

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


def collection_method(ctx: Any, obj: Any, name: str, args: list) -> list:
    """The .ForEach() and .Where() methods every value has (PowerShell 4+): always a collection."""
    items = [] if obj is None else (list(obj) if isinstance(obj, (list, tuple)) else [obj])
    first = args[0]
    if isinstance(first, ScriptBlock):
        out: list = []
        for item in items:
            result = first.collect(ctx, dollar_under=item, new_scope=False)
            if name == "foreach":
                out.extend(result)
            elif to_bool(unwrap(result)):
                out.append(item)
        if name == "where" and len(args) > 1:
            mode, count = to_string(args[1]).lower(), int(args[2]) if len(args) > 2 else 0
            if mode == "first":
                out = out[:count or 1]
            elif mode == "last":
                out = out[-(count or 1):]
        return out
    if name == "foreach":
        if isinstance(first, TypeRef):
            return [first.convert(item) for item in items]
        member = to_string(first)
        if len(args) > 1:
            return [call_method(item, member, list(args[1:])) for item in items]
        return [get_member(item, member) for item in items]
    raise LookupError("The Where method needs a script block.")


def _is_dollar_under(node: N.Node) -> bool:
    return isinstance(node, N.Variable) and not node.scope and node.name.lower() in ("_", "psitem")


def _member_of_dollar_under(key: str) -> Expr:
    """`$_.Name`: the current pipeline object's property, read in one step (what a filter or
    ForEach-Object block does for every object). Same answers as Variable + Member."""
    def member(ctx: Any) -> Any:
        scope = ctx.scope
        obj = scope.vars.get("_", MISSING)
        if obj is MISSING:
            obj = scope.lookup("_")
            if obj is MISSING:
                obj = None
        if type(obj) is PSObject and obj._members is None:
            v = obj._values.get(key, MISSING)
            if v is not MISSING:
                return v
        return get_member(obj, key)
    return member


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


def _dotnet_exception_id(exc: Exception) -> str:
    """The FullyQualifiedErrorId of a failed method call: the .NET type of the inner exception."""
    if isinstance(exc, PSConversionError):
        return "MethodArgumentConversionInvalidCastArgument"
    if isinstance(exc, PSOperatorError) and exc.inner:
        return exc.inner
    if isinstance(exc, IndexError):
        return "ArgumentOutOfRangeException"
    if isinstance(exc, ArithmeticError):
        return "DivideByZeroException" if isinstance(exc, ZeroDivisionError) else "OverflowException"
    if isinstance(exc, ValueError):
        return "ArgumentException"
    return "MethodInvocationException"


def index_value(obj: Any, i: Any) -> Any:
    if isinstance(obj, PSHashtable):
        if isinstance(i, (list, tuple)):
            return [obj[k] for k in i]
        return obj[i]
    if isinstance(obj, (list, tuple, str)):
        if isinstance(i, (list, tuple)):
            out = [index_value(obj, j) for j in i]
            return [x for x in out if x is not None] if not isinstance(obj, str) else out
        try:
            n = int(arith.add(0, i))
        except (PSOperatorError, PSConversionError):
            return None
        if -len(obj) <= n < len(obj):
            return obj[n]
        return None
    if isinstance(obj, PSObject):
        if isinstance(i, int) and not isinstance(i, bool) and i in (0, -1):
            return obj          # a single object indexes as a one-element array: (Get-Item x)[0]
        return get_member(obj, to_string(i))
    if isinstance(i, (int,)) and i in (0, -1):
        return obj
    return None


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
        from pyshell.runtime.formatop import format_operator
        return format_operator
    if op in ("band", "bor", "bxor", "shl", "shr"):
        def bits(l: Any, r: Any) -> int:
            a, b = int(arith.add(0, l)), int(arith.add(0, r))
            return {"band": a & b, "bor": a | b, "bxor": a ^ b, "shl": a << (b & 63), "shr": a >> (b & 63)}[op]
        return bits
    return None


_CMP_NAMES = frozenset({"eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "contains", "notcontains",
                        "in", "notin"})
_CASE_FORMS = _CMP_NAMES | {"replace", "split", "match", "notmatch"}

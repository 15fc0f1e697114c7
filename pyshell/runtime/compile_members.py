"""Compiling member access: properties (`$x.Name`, `[T]::Name`), method calls (`$x.Foo(1)`,
`[T]::Foo()`, `.ForEach{}`/`.Where{}`) and indexing (`$x[0]`). Mixed into the ExpressionCompiler."""
from __future__ import annotations

from pyshell.errors import ErrorCategory, PSError
from pyshell.language import nodes as N
from pyshell.runtime import arith, strict
from pyshell.runtime.compile_support import unwrap
from pyshell.runtime.context import runtime_error
from pyshell.runtime.conversion import PSConversionError, to_bool, to_int, to_string
from pyshell.runtime.extended import with_kept_members
from pyshell.runtime.members import call_method, get_member, set_member
from pyshell.runtime.psmethod import method_reference, static_method_reference
from pyshell.runtime.operators import PSOperatorError
from pyshell.runtime.scope import MISSING
from pyshell.runtime.types import PSChar, ScriptBlockType, SessionProperty, TypeRef
from pyshell.runtime.scriptblock import ScriptBlock
from pyshell.runtime.values import InstanceMethod, NetCollection, PSHashtable, PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable
    Expr = Callable[[Any], Any]


class MemberCompiler:
    """Member access, method calls and indexing; part of the ExpressionCompiler (compiler.py)."""

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
                        if isinstance(v, SessionProperty):
                            return v.read(ctx)
                        return static_method_reference(ctx, t, name) if callable(v) else v
                    if name == "name":
                        return t.full_name.rsplit(".", 1)[-1]
                    if name == "fullname":
                        return t.full_name
                    return None
                raise runtime_error(f"Unable to find type [{to_string(t)}].", "TypeNotFound", extent)
            return static
        if isinstance(node.member, N.StringConstant):
            spelt = node.member.value       # as written: a Dictionary's text keys are case-sensitive
            key = spelt.lower()
            extent = node.extent
            if key in ("count", "length"):
                # every single value has a Count and Length of its own, except in strict mode
                def count(ctx: Any) -> Any:
                    obj = target(ctx)
                    if ctx.instance_members is not None:
                        obj = with_kept_members(ctx, obj)
                    if ctx.strict_on:
                        strict.missing_property(ctx, obj, spelt, extent)
                    return get_member(obj, spelt)
                return count
            if _is_dollar_under(node.target):
                return _member_of_dollar_under(spelt, extent)

            def member(ctx: Any) -> Any:
                obj = target(ctx)
                # The common case: a plain property of an object without Add-Member members
                # (those may hold computed properties, which get_member runs).
                if type(obj) is PSObject and obj._members is None:
                    v = obj._values.get(key, MISSING)
                    if v is not MISSING:
                        return v
                elif ctx.instance_members is not None:
                    obj = with_kept_members(ctx, obj)
                v = _get_at(obj, spelt, extent)
                if v is None and obj is not None:
                    v = method_reference(obj, spelt)
                    if v is None and ctx.strict_on:
                        strict.missing_property(ctx, obj, spelt, extent)
                return v
            return member
        name_fn = self.member_name(node.member)
        extent = node.extent

        def dynamic(ctx: Any) -> Any:
            obj = target(ctx)
            name = name_fn(ctx)
            if ctx.instance_members is not None:
                obj = with_kept_members(ctx, obj)
            v = _get_at(obj, name, extent)
            if v is None and obj is not None:
                v = method_reference(obj, name)
            if ctx.strict_on and (v is None or name.lower() in ("count", "length")):
                strict.missing_property(ctx, obj, name, extent)
            return v
        return dynamic

    def x_InvokeMember(self, node: N.InvokeMember) -> Expr:
        target = self.expr(node.target)
        name_fn = self.member_name(node.member)
        args = [self.expr(a) for a in node.arguments]
        extent = node.extent
        static = node.static
        # `([Base]$this).Method()`: on an object of a script class, the method of that class (a
        # base class's own, not the override) - PowerShell's call of a base method.
        cast = _cast_type(node.target) if not static else None

        def invoke(ctx: Any) -> Any:
            obj = target(ctx)
            name = name_fn(ctx)
            values = [a(ctx) for a in args]
            own = None
            if cast is not None and getattr(obj, "ps_class", None) is not None:
                from pyshell.runtime.classes import method_of
                own = method_of(self.resolve(ctx, cast.name, cast.extent, cast.namespaces), name)
            try:
                if own is not None:
                    return own.invoke(obj, values)
                if isinstance(obj, ScriptBlock):
                    lower = name.lower()
                    if lower in ("invoke", "invokereturnasis"):
                        return unwrap(obj.collect(ctx, args=values))
                    if lower == "getnewclosure" and not values:
                        return obj.new_closure(ctx)
                if not static and name.lower() in ("foreach", "where") and values:
                    return psobject_collection(collection_method(ctx, obj, name.lower(), values))
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
                    if getattr(fn, "takes_context", False):     # a static on the session's state
                        return fn(ctx, *values)
                    return fn(*values)
                if ctx.instance_members is not None:
                    kept = with_kept_members(ctx, obj)
                    if kept is not obj:
                        own = kept.ps_extension._members.get(name.lower())
                        if isinstance(own, InstanceMethod):     # a script method Add-Member gave it
                            return own.invoke(kept, values)
                return call_method(obj, name, values)
            except PSError as exc:
                if exc.record.extent.source is None:    # a script class's method could not bind its arguments
                    exc.record.extent = extent
                raise
            except LookupError as exc:
                if isinstance(exc, IndexError):       # a method's ArgumentOutOfRangeException
                    _raise_if_argument_fails(obj, name, static, values, extent)
                    raise self._invocation_error(_shown(name, static), values, exc, extent) from None
                msg = exc.args[0] if exc.args else str(exc)
                eid = "InvokeMethodOnNull" if "null-valued" in msg else "MethodNotFound"
                raise _at_statement(runtime_error(msg, eid, extent, ErrorCategory.InvalidOperation)) from None
            except TypeError:
                _raise_if_argument_fails(obj, name, static, values, extent)
                raise _at_statement(runtime_error(
                    f'Cannot find an overload for "{name}" and the argument count: "{len(values)}".',
                    "MethodCountCouldNotFindBest", extent, ErrorCategory.NotSpecified, "MethodException")) from None
            except (ValueError, ArithmeticError, PSConversionError, PSOperatorError) as exc:
                _raise_if_argument_fails(obj, name, static, values, extent)
                raise self._invocation_error(_shown(name, static), values, exc, extent) from None
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
        error.record.inner_message = msg
        error.record.at_statement = True
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
            v = index_value(obj, i)
            if v is None and ctx.strict_on:
                strict.index_read_nothing(ctx, obj, i, extent)
            return v
        return idx


def _raise_if_argument_fails(obj: Any, name: str, static: bool, values: list, extent: Any) -> None:
    """A failed call whose arguments PowerShell would not have got past: it converts them to the
    parameters' types before calling, so that failure is the one reported (signatures.py)."""
    from pyshell.runtime.signatures import ArgumentFailure, argument_failure, declaration_of
    failure = argument_failure(declaration_of(obj, name, static), values)
    if failure is None:
        return
    error = runtime_error(failure.message(_shown(name, static)), failure.error_id, extent, ErrorCategory.NotSpecified,
                          "MethodException")
    if isinstance(failure, ArgumentFailure):
        error.record.inner_type = "PSInvalidCastException"
    raise error from None


def _cast_type(node: N.Node) -> N.TypeConstraint | None:
    """The type of `[T]$x` or `([T]$x)`, else None."""
    if isinstance(node, N.Paren) and isinstance(node.pipeline, N.Pipeline) and len(node.pipeline.elements) == 1:
        element = node.pipeline.elements[0]
        if isinstance(element, N.CommandExpression) and not element.redirections:
            node = element.expression
    return node.type if isinstance(node, N.Convert) else None


def _shown(name: str, static: bool) -> str:
    """The method a failure names: a constructor reached through ::new by .NET's name for one."""
    return ".ctor" if static and name.lower() == "new" else name


def psobject_collection(items: list) -> Any:
    """What .ForEach() and .Where() give: a Collection[PSObject], as in PowerShell (Where's Split
    mode: one holding the two)."""
    from pyshell.runtime.membertypes import ObjectModelCollection
    from pyshell.runtime.types import PSObjectType
    return ObjectModelCollection([psobject_collection(i) if type(i) is list else i for i in items],
                                 PSObjectType, "System.Management.Automation.PSObject")


def collection_method(ctx: Any, obj: Any, name: str, args: list) -> list:
    """The .ForEach() and .Where() methods every value has (PowerShell 4+): always a collection."""
    items = [] if obj is None else (list(obj) if isinstance(obj, (list, tuple)) else [obj])
    first = args[0]
    if isinstance(first, ScriptBlock):
        if name == "where":
            return _where(ctx, items, first, args[1:])
        out: list = []
        for item in items:
            out.extend(first.collect(ctx, dollar_under=item, new_scope=False))
        return out
    if name == "foreach":
        if isinstance(first, TypeRef):
            return [first.convert(item) for item in items]
        return _for_each_member(items, to_string(first), list(args[1:]))
    raise LookupError("The Where method needs a script block.")


_WHERE_MODES = ("Default", "First", "Last", "SkipUntil", "Until", "Split")


def _where(ctx: Any, items: list, test: ScriptBlock, rest: list) -> list:
    """.Where({...}, mode, count): the items the block passes (Default; First or Last N of them), the
    items from the first that passes on (SkipUntil) or before it (Until), or both the passing and
    the other items (Split, two collections). A count of 0 means no limit."""
    mode = "default"
    if rest:
        from pyshell.runtime.enumparse import parse_enum_text      # a WhereOperatorSelectionMode, as any enum
        members = [(name, i) for i, name in enumerate(_WHERE_MODES)]
        chosen = parse_enum_text(to_string(rest[0]), members, "System.Management.Automation.WhereOperatorSelectionMode",
                                 False, rest[0])
        mode = _WHERE_MODES[chosen].lower()
    count = to_int(rest[1]) if len(rest) > 1 else 0

    def passes(item: Any) -> bool:
        return to_bool(unwrap(test.collect(ctx, dollar_under=item, new_scope=False)))

    out: list = []
    if mode in ("default", "first"):
        limit = count or (1 if mode == "first" else 0)
        for item in items:
            if passes(item):
                out.append(item)
                if limit and len(out) >= limit:
                    break
    elif mode == "last":
        out = [item for item in items if passes(item)][-(count or 1):]
    elif mode == "skipuntil":
        for i, item in enumerate(items):
            if passes(item):
                out = items[i:]
                break
        if count:
            out = out[:count]
    elif mode == "until":
        for item in items:
            if passes(item) or (count and len(out) >= count):
                break
            out.append(item)
    else:                                   # split
        matched, others = [], []
        for item in items:
            if (not count or len(matched) < count) and passes(item):
                matched.append(item)
            else:
                others.append(item)
        return [matched, others]
    return out


def _for_each_member(items: list, member: str, rest: list) -> list:
    """.ForEach('Name', args...), as PowerShell's ForEach operator: each item's property of that
    name, or what its method of that name returns; given arguments, the method is called with them
    or the property is set (to the one argument, or to all of them) and nothing is written. A
    hashtable's key counts as its property."""
    out: list = []
    for item in items:
        if isinstance(item, PSHashtable):
            if not rest:
                out.append(item[member] if member in item else None)
            else:
                item[member] = rest[0] if len(rest) == 1 else rest
            continue
        if item is None:
            if rest:
                raise LookupError("You cannot call a method on a null-valued expression.")
            out.append(None)
            continue
        if not rest:
            value = get_member(item, member)
            if value is None:
                try:
                    value = call_method(item, member, [])
                except LookupError as exc:
                    if isinstance(exc, IndexError):
                        raise
            out.append(value)
            continue
        try:
            out.append(call_method(item, member, rest))
        except LookupError as exc:
            if isinstance(exc, IndexError):
                raise
            if not set_member(item, member, rest[0] if len(rest) == 1 else rest):
                raise LookupError(f"The ForEach() operator could not find a member '{member}' on the target object. "
                                  "Please verify that the named member exists and then try running your script "
                                  "again.") from None
    return out


def _is_dollar_under(node: N.Node) -> bool:
    return isinstance(node, N.Variable) and not node.scope and node.name.lower() in ("_", "psitem")


def _member_of_dollar_under(spelt: str, extent: Any) -> Expr:
    """`$_.Name`: the current pipeline object's property, read in one step (what a filter or
    ForEach-Object block does for every object). Same answers as Variable + Member."""
    key = spelt.lower()

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
        elif ctx.instance_members is not None:
            obj = with_kept_members(ctx, obj)
        v = get_member(obj, spelt)
        if v is None and obj is not None:
            v = method_reference(obj, spelt)
            if v is None and ctx.strict_on:
                strict.missing_property(ctx, obj, spelt, extent)
        return v
    return member


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
            return [index_value(obj, k) for k in i]
        if obj.positional(i):           # [ordered]@{...}[0]: the first entry's value
            entry = obj.at(i)
            return entry[1] if entry is not None else None
        return obj[i]
    if isinstance(obj, NetCollection):
        # A Queue, Stack or HashSet has no indexer: as for any single object, [0] and [-1] are
        # the collection itself and anything else is nothing.
        return obj if isinstance(i, int) and not isinstance(i, bool) and i in (0, -1) else None
    if isinstance(obj, (list, tuple, str)):
        if isinstance(i, (list, tuple)):
            out = [index_value(obj, j) for j in i]
            return [x for x in out if x is not None] if not isinstance(obj, str) else out
        try:
            n = int(arith.add(0, i))
        except (PSOperatorError, PSConversionError):
            own = getattr(type(obj), "ps_index", None)      # a list indexed by name too (Match.Groups)
            return own(obj, i) if own is not None else None
        if -len(obj) <= n < len(obj):
            return PSChar(obj[n]) if isinstance(obj, str) else obj[n]     # a string's element is a [char]
        return None
    if isinstance(obj, PSObject):
        if isinstance(i, int) and not isinstance(i, bool) and i in (0, -1):
            return obj          # a single object indexes as a one-element array: (Get-Item x)[0]
        return get_member(obj, to_string(i))
    own = getattr(type(obj), "ps_index", None)
    if own is not None:                 # a value with an indexer of its own ($sb[0])
        return own(obj, i)
    if isinstance(i, (int,)) and i in (0, -1):
        return obj
    return None


def _get_at(obj: Any, name: str, extent: Any) -> Any:
    """get_member, with a getter's failure (a ScriptProperty that throws, an enumerator's Current
    out of range) placed at the member expression when it has no place of its own."""
    try:
        return get_member(obj, name)
    except PSError as exc:
        if exc.record.extent is None or exc.record.extent.source is None:
            exc.record.extent = extent
        raise


def _at_statement(error: PSError) -> PSError:
    """A method call's failure has no position of its own: PowerShell blames the statement."""
    error.record.at_statement = True
    return error

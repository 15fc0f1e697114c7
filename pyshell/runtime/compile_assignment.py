"""Compiling assignments: `$x = ...`, the compound forms (+= and so on), and the writers for
every kind of target (variables, typed and attributed variables, properties, indexes, and
`$a, $b = ...`). Mixed into the Compiler (compile_statements.py)."""
from __future__ import annotations

from pyshell.errors import ErrorCategory, PSError
from pyshell.language import nodes as N
from pyshell.runtime import arith
from pyshell.runtime.compile_support import cast_error, iterate, op_error
from pyshell.runtime.context import runtime_error
from pyshell.runtime.conversion import PSConversionError, convert_to, to_int, to_string
from pyshell.runtime.members import set_member
from pyshell.runtime.psdebug import trace_set
from pyshell.runtime.scope import PROTECTED, VariableNotWritable, check_writable, set_constraint
from pyshell.runtime.operators import PSOperatorError
from pyshell.runtime.typenames import type_name_of
from pyshell.runtime.values import GenericList, NetCollection, PSHashtable, TypedArray

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable
    Emit = Callable[[Any], None]
    Stmt = Callable[[Any, Emit], None]

# Variables PowerShell makes constant or read-only for every scope; assigning $null discards the value instead.
_NOT_WRITABLE = PROTECTED


def transformation_error(exc: PSConversionError, extent: N.Extent) -> PSError:
    """A value a typed variable cannot take: the ArgumentTransformationMetadataException of the
    variable's type-converter attribute."""
    return runtime_error(exc.message, "RuntimeException", extent, ErrorCategory.MetadataError,
                         "ArgumentTransformationMetadataException")


class AssignmentCompiler:
    """Assignments; part of the Compiler (compile_statements.py)."""

    def s_Assignment(self, node: N.Assignment) -> Stmt:
        value = self.value_of_statement(node.value)
        write = self.assigner(node.target, node.extent)
        op = node.operator
        extent = node.extent
        traced_name = node.target.name if isinstance(node.target, N.Variable) else None
        if op == "=":
            def assign(ctx: Any, emit: Emit) -> None:
                result = value(ctx)
                write(ctx, result)
                if traced_name is not None and ctx.psdebug is not None:
                    trace_set(ctx, traced_name, result)
            return assign
        read = self.expr(node.target)
        fn = {"+=": arith.add, "-=": arith.subtract, "*=": arith.multiply, "/=": arith.divide,
              "%=": arith.modulo}[op]

        def update(ctx: Any, emit: Emit) -> None:
            try:
                result = fn(read(ctx), value(ctx))
                write(ctx, result)
            except (PSOperatorError, PSConversionError) as exc:
                raise op_error(exc, extent) from None
            if traced_name is not None and ctx.psdebug is not None:
                trace_set(ctx, traced_name, result)
        return update

    def assigner(self, target: N.Node, statement: N.Extent | None = None) -> Callable[[Any, Any], None]:
        """The writer for an assignment's target. `statement` is the assignment's extent, which a
        typed variable's failed conversion blames (PowerShell reports it at the statement)."""
        if isinstance(target, N.Variable):
            key = target.name.lower()
            scope = target.scope
            if key == "psitem":
                key = "_"       # $PSItem is $_ (x_Variable reads it so)
            if not scope and key in _NOT_WRITABLE:
                extent = target.extent

                def readonly(ctx: Any, value: Any) -> None:
                    if key == "null":
                        return
                    raise not_writable(target.name, extent)
                return readonly
            if not scope:
                var_extent = target.extent
                statement_extent = statement or var_extent

                def set_local(ctx: Any, value: Any) -> None:
                    s = ctx.scope
                    if s.constraints:
                        ref = s.constraints.get(key)
                        if ref is not None:
                            try:
                                value = ref.convert(value)
                            except PSConversionError as exc:
                                raise transformation_error(exc, statement_extent) from None
                            except ValidationFailure as exc:
                                raise exc.error(var_extent) from None
                            except VariableNotWritable as exc:
                                raise not_writable(exc.name, var_extent) from None
                    s.vars[key] = value
                return set_local
            # An environment variable keeps the spelling it is first given ($env:MyVar).
            name = target.name if scope.lower() == "env" else key
            var_extent = target.extent
            scoped_statement = statement or var_extent

            def set_scoped(ctx: Any, value: Any) -> None:
                try:
                    ctx.set_var(name, value, scope)
                except VariableNotWritable as exc:
                    raise not_writable(exc.name, var_extent) from None
                except PSConversionError as exc:
                    raise transformation_error(exc, scoped_statement) from None
                except ValidationFailure as exc:
                    raise exc.error(var_extent) from None
            return set_scoped
        if isinstance(target, N.Convert):
            inner = self.assigner(target.operand, statement)
            name, namespaces = target.type.name, target.type.namespaces
            ext = target.extent
            failed_at = statement or ext
            to_variable = isinstance(target.operand, N.Variable)

            # `[int]$x = ...` (or `[int]$global:x = ...`): the variable keeps the type as a constraint.
            constrained = target.operand.name.lower() if isinstance(target.operand, N.Variable) and \
                target.operand.scope.lower() in _CONSTRAINABLE_SCOPES else None
            constrained_scope = target.operand.scope.lower() if constrained is not None else ""
            if constrained_scope in ("local", "private"):
                constrained_scope = ""

            def typed(ctx: Any, value: Any) -> None:
                ref = self.resolve(ctx, name, ext, namespaces)
                try:
                    converted = ref.convert(value)
                except PSConversionError as exc:
                    # A variable takes the type as a constraint, whose conversion fails as an argument
                    # transformation; any other target is cast.
                    if to_variable:
                        raise transformation_error(exc, failed_at) from None
                    raise cast_error(exc, failed_at) from None
                if constrained is not None:
                    scope = ctx.target_scope(constrained_scope)
                    try:
                        check_writable(scope, constrained)
                    except VariableNotWritable as exc:
                        raise not_writable(exc.name, ext) from None
                    constraint = variable_constraint(ref)
                    if constraint is not ref:
                        try:
                            converted = constraint.convert(converted)
                        except PSConversionError as exc:
                            raise transformation_error(exc, failed_at) from None
                    scope.vars[constrained] = converted
                    set_constraint(scope, constrained, constraint)
                    if target.operand.scope.lower() == "private":
                        from pyshell.runtime.scope import make_private
                        make_private(scope, constrained)
                else:
                    inner(ctx, converted)
            return typed
        if isinstance(target, N.AttributedExpression):
            return self.attributed_assigner(target)
        if isinstance(target, N.Member):
            obj_fn = self.expr(target.target)
            name_fn = self.member_name(target.member)
            ext = target.extent

            def set_prop(ctx: Any, value: Any) -> None:
                obj = obj_fn(ctx)
                name = name_fn(ctx)
                if ctx.instance_members is not None:     # a string or array given members (extended.py)
                    from pyshell.runtime.extended import with_kept_members
                    obj = with_kept_members(ctx, obj)
                try:
                    ok = set_member(obj, name, value)
                except (PSConversionError, PSOperatorError) as exc:   # a class's typed property
                    raise op_error(exc, ext) from None
                if not ok:
                    raise runtime_error(f"The property '{name}' cannot be found on this object. Verify that the "
                                        "property exists and can be set.", "PropertyAssignmentException", ext,
                                        ErrorCategory.InvalidOperation)
            return set_prop
        if isinstance(target, N.Index):
            obj_fn = self.expr(target.target)
            idx_fn = self.expr(target.index)
            ext = target.extent

            def set_item(ctx: Any, value: Any) -> None:
                obj = obj_fn(ctx)
                i = idx_fn(ctx)
                if isinstance(obj, PSHashtable):
                    if obj.positional(i):       # [ordered]: $o[0] = 'x' sets the first entry's value
                        if not obj.set_at(i, value):
                            raise runtime_error("Index was out of range. Must be non-negative and less than the "
                                                "size of the collection.\r\nParameter name: index",
                                                "ArgumentOutOfRangeException", ext, ErrorCategory.NotSpecified)
                        return
                    try:
                        obj[i] = value
                    except PSConversionError as exc:    # a Dictionary[K,V] converts key and value
                        raise cast_error(exc, ext) from None
                    return
                if isinstance(obj, list) and not isinstance(obj, NetCollection):
                    try:
                        n = to_int(i[0] if isinstance(i, (list, tuple)) and len(i) == 1 else i)
                    except PSConversionError as exc:
                        raise op_error(exc, ext) from None
                    if -len(obj) <= n < len(obj):
                        if isinstance(obj, (TypedArray, GenericList)):     # [int[]]: the value becomes an Int32
                            try:
                                value = convert_to(value, obj.element)
                            except PSConversionError as exc:
                                raise cast_error(exc, ext) from None
                        obj[n] = value
                        return
                    # .NET's own IndexOutOfRangeException, which PowerShell reports as it reports any
                    # .NET exception a script meets: OperationStopped, its type's full name as the id.
                    error = runtime_error("Index was outside the bounds of the array.",
                                          "System.IndexOutOfRangeException", ext, ErrorCategory.OperationStopped,
                                          "IndexOutOfRangeException")
                    error.record.at_statement = True
                    raise error
                if obj is None:
                    raise runtime_error("Cannot index into a null array.", "NullArray", ext)
                raise runtime_error(f"Unable to index into an object of type {type_name_of(obj)}.",
                                    "CannotIndex", ext)
            return set_item
        if isinstance(target, N.ArrayLiteral):
            writers = [self.assigner(e) for e in target.elements]

            def spread(ctx: Any, value: Any) -> None:
                items = iterate(value)
                for i, w in enumerate(writers):
                    if i == len(writers) - 1:
                        rest = items[i:]
                        w(ctx, rest[0] if len(rest) == 1 else (rest or None))
                    else:
                        w(ctx, items[i] if i < len(items) else None)
            return spread
        ext = target.extent

        def invalid(ctx: Any, value: Any) -> None:
            raise runtime_error("The assignment expression is not valid. The input to an assignment operator must be "
                                "an object that is able to accept assignments, such as a variable or a property.",
                                "InvalidLeftHandSide", ext, ErrorCategory.ParserError, "ParseException")
        return invalid

    def attributed_assigner(self, target: N.AttributedExpression) -> Callable[[Any, Any], None]:
        """[ValidateRange(1, 5)][int]$x = 3: the value is converted by the types and checked by the
        validation attributes, now and at every later assignment to $x in this scope."""
        from pyshell.commands.function_metadata import variable_validators
        attrs: list[N.Attribute] = []
        types: list[N.TypeConstraint] = []
        inner: N.Node = target
        while isinstance(inner, (N.AttributedExpression, N.Convert)):
            if isinstance(inner, N.AttributedExpression):
                attrs.append(inner.attribute)
                inner = inner.child
            else:
                types.append(inner.type)
                inner = inner.operand
        if not isinstance(inner, N.Variable) or inner.scope:
            ext = target.extent

            def unsupported(ctx: Any, value: Any) -> None:
                raise runtime_error("pyshell keeps attributes only on local variables ($name, not $scope:name).",
                                    "AttributeOnVariableNotSupported", ext, ErrorCategory.NotImplemented)
            return unsupported
        key = inner.name.lower()
        name = inner.name
        ext = target.extent

        def assign(ctx: Any, value: Any) -> None:
            refs = [self.resolve(ctx, t.name, t.extent, t.namespaces) for t in reversed(types)]
            checks = variable_validators(ctx, attrs, ext)
            constraint = _VariableConstraint(name, refs, checks)
            try:
                value = constraint.convert(value)
            except PSConversionError as exc:
                raise op_error(exc, ext) from None
            except ValidationFailure as exc:
                raise exc.error(ext) from None
            try:
                check_writable(ctx.scope, key)
            except VariableNotWritable as exc:
                raise not_writable(exc.name, ext) from None
            set_constraint(ctx.scope, key, constraint)
            ctx.scope.vars[key] = value
        return assign


_CONSTRAINABLE_SCOPES = ("", "local", "private", "global", "script")


def variable_constraint(ref: Any) -> Any:
    """What a variable typed by `ref` checks on each assignment: the type's conversion, and for
    [ActionPreference] the refusal of Suspend too (PowerShell's ArgumentTypeConverterAttribute)."""
    from pyshell.runtime.preferences import ActionPreference, enum_constraint
    if getattr(ref, "target", None) is ActionPreference:
        return enum_constraint(ActionPreference)
    return ref


def not_writable(name: str, extent: Any) -> PSError:
    return VariableNotWritable(name, extent)


class ValidationFailure(Exception):
    """A value a variable's validation attributes refuse."""

    def __init__(self, name: str, value: Any):
        super().__init__(name)
        self.name, self.value = name, value

    def error(self, extent: Any) -> PSError:
        shown = "$null" if self.value is None else to_string(self.value)
        return runtime_error(f"The variable cannot be validated because the value {shown} is not a valid value for "
                             f"the {self.name} variable.", "ValidateSetFailure", extent, ErrorCategory.MetadataError,
                             "ValidationMetadataException")


class _VariableConstraint:
    """What a variable declared with types and validation attributes accepts: each assignment is
    converted by the types (innermost first) and then checked, as PowerShell's PSVariable does."""

    def __init__(self, name: str, refs: list, checks: list):
        self.name, self.refs, self.checks = name, refs, checks

    def convert(self, value: Any) -> Any:
        for ref in self.refs:
            value = ref.convert(value)
        if any(check(value) is not None for check in self.checks):
            raise ValidationFailure(self.name, value)
        return value

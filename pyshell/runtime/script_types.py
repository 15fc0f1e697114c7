"""Types a script defines: `enum` and `class` statements, made when the statement list holding them
starts to run (compile_typedefs.py) and registered in the session's types, where type literals,
casts, -is/-as, New-Object and parameter types find them.

An enum becomes a PSEnum (values.py) like the enums the modules define, so every conversion and
comparison rule for enums applies to it; a class becomes a ClassType (classes.py).
"""
from __future__ import annotations


from pyshell.errors import ErrorCategory, PSError
from pyshell.language import nodes as N
from pyshell.language.typecheck import enumerator_values
from pyshell.runtime.context import runtime_error
from pyshell.runtime.conversion import PSConversionError, to_int
from pyshell.runtime.values import PSEnum, PSFlagsEnum

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_FLAGS = ("flags", "flagsattribute", "system.flags", "system.flagsattribute")


def make_enum(node: N.TypeDefinition, evaluate: Any = None) -> type:
    values = enumerator_values(node, None, evaluate)
    flags = any(a.name.lower() in _FLAGS for a in node.attributes)
    base = PSFlagsEnum if flags else PSEnum
    try:
        cls = base(node.name, values)  # type: ignore[call-overload]
    except (ValueError, TypeError) as exc:   # a name Python's enums keep for themselves (_x_, mro)
        raise runtime_error(f"Cannot define enum '{node.name}': {exc}.", "TypeCreationError", node.name_extent,
                            ErrorCategory.InvalidOperation) from None
    cls._ps_type_name = node.name  # type: ignore[attr-defined]
    if flags:
        # Python lists only a flag enum's single bits; PowerShell lists every enumerator (None = 0,
        # combinations), and finds each by name.
        cls._member_names_ = list(cls.__members__)  # type: ignore[attr-defined]
    return cls


def define_types(compiler: Any, ctx: Any, nodes: list[N.TypeDefinition]) -> None:
    """Define the enums, then the classes (which may name the enums and one another)."""
    classes = [node for node in nodes if node.kind == "class"]
    pending = [node for node in nodes if node.kind == "enum"]

    def evaluate(expression: N.Node) -> int:
        value = compiler.expr(expression)(ctx)
        try:
            return value.value if isinstance(value, PSEnum) else to_int(value, "System.Int64", -2 ** 63, 2 ** 64 - 1)
        except PSConversionError as exc:
            raise runtime_error(exc.message, "CannotConvertValue", expression.extent,
                                ErrorCategory.InvalidArgument) from None

    # An enumerator may be initialized from another enum's ([E2]::A + 1): each pass defines the
    # enums whose initializers can be worked out, until all are or no more can be.
    while pending:
        failed: list[tuple[N.TypeDefinition, PSError]] = []
        for node in pending:
            try:
                ctx.module_types.define(node.name, make_enum(node, evaluate))
            except PSError as exc:
                failed.append((node, exc))
        if len(failed) == len(pending):
            failed[0][1].script_terminating = True      # as a parse error would, it stops the script
            raise failed[0][1]
        pending = [node for node, _ in failed]
    if classes:
        from pyshell.runtime.classes import define_classes
        try:
            define_classes(compiler, ctx, classes)
        except PSError as exc:
            exc.script_terminating = True
            raise

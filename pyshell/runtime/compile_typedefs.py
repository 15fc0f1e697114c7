"""Compilation of class and enum definitions (a family of the Compiler, see compile_statements.py).

A definition writes nothing where it stands: the statement list that holds it defines its types
before its first statement runs (Compiler.statements), as PowerShell defines a script's types
before running it. The types themselves are made in script_types.py (enums) and classes.py,
imported only when a script first defines one.
"""
from __future__ import annotations

from pyshell.language import nodes as N

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable
    Emit = Callable[[Any], None]
    Stmt = Callable[[Any, Emit], None]


def _nothing(ctx: Any, emit: Emit) -> None:
    pass


class TypeDefinitionCompiler:
    """Mixed into the Compiler."""

    def s_TypeDefinition(self, node: N.TypeDefinition) -> Stmt:
        return _nothing

    def type_definer(self, nodes: list[N.TypeDefinition]) -> Stmt:
        compiler = self

        def define(ctx: Any, emit: Emit) -> None:
            from pyshell.runtime.script_types import define_types
            define_types(compiler, ctx, nodes)
        return define

    def method_body(self, node: N.MethodMember) -> Stmt:
        """A method's statements, in which `return` gives the method's result instead of writing
        it (the ReturnSignal carries the value)."""
        outer = self.__dict__.get("_method_return", False)
        self._method_return = True
        try:
            return self.statements(node.body.end.statements if node.body.end is not None else ())
        finally:
            self._method_return = outer

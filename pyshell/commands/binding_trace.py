"""Trace-Command's ParameterBinding source: how the binder placed each argument.

While `ctx.binding_tracer` holds a :class:`BindingTracer`, every Binder created in the session
reports to it (binder.py calls it at a handful of points, and not at all when it is None). The
lines keep the shape of Windows PowerShell's own trace, so they can be read side by side with it:

    ParameterBinding Information: 0 : BIND NAMED cmd line args [Get-CsXmppAllowedPartner]
    ParameterBinding Information: 0 : BIND POSITIONAL cmd line args [Get-CsXmppAllowedPartner]
    ParameterBinding Information: 0 :     BIND arg [-] to parameter [Identity]
    ParameterBinding Information: 0 :         COERCE arg to [Microsoft.Rtc...XdsGlobalRelativeIdentity]
    ...

Beyond PowerShell's lines it says in plain words which parameter set was chosen and why, and when
no parameter takes a positional argument; those are the questions the trace is read for.
"""
from __future__ import annotations

from pyshell.errors import PSError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

SOURCE = "ParameterBinding"
_INDENT = "    "
_MAX_ARG = 60


def _arg(value: Any) -> str:
    from pyshell.runtime.conversion import to_string
    if value is None:
        return "null"
    if isinstance(value, (list, tuple)):
        from pyshell.runtime.typenames import type_name_of
        return type_name_of(value)
    try:
        text = " ".join(to_string(value).split())
    except Exception:  # noqa: BLE001 - an argument that cannot be shown is shown by its type
        text = type(value).__name__
    return text if len(text) <= _MAX_ARG else text[:_MAX_ARG - 3] + "..."


def _type(target: Any) -> str:
    from pyshell.runtime.conversion import type_display_name
    try:
        return type_display_name(target)
    except Exception:  # noqa: BLE001
        return getattr(target, "__name__", str(target))


def _value_type(value: Any) -> str:
    from pyshell.runtime.typenames import type_name_of
    try:
        return type_name_of(value)
    except Exception:  # noqa: BLE001
        return type(value).__name__


class BindingTracer:
    """Writes ParameterBinding trace lines to each of `sinks` (callables taking one line)."""

    def __init__(self, sinks: list[Callable[[str], None]]):
        self.sinks = sinks
        self._sets_before: list[str] = []

    def line(self, depth: int, message: str) -> None:
        text = f"{SOURCE} Information: 0 : {_INDENT * depth}{message}"
        for sink in self.sinks:
            sink(text)

    # -- command-line arguments ---------------------------------------------------------------------
    def named(self, binder: Any) -> None:
        self.line(0, f"BIND NAMED cmd line args [{binder.command_name}]")

    def positional(self, binder: Any) -> None:
        self.line(0, f"BIND POSITIONAL cmd line args [{binder.command_name}]")

    def bind(self, binder: Any, param: Any, value: Any, do_bind: Callable[[], None]) -> None:
        """One argument to one parameter: conversion, validation, and the outcome."""
        from pyshell.commands.pipeline_binding import fits_exactly
        shown = _arg(value)
        self.line(1, f"BIND arg [{shown}] to parameter [{param.name}]")
        self.line(2, f"COERCE arg to [{_type(param.type)}]")
        same = fits_exactly(param.type, value)
        if same:
            self.line(3, "Parameter and arg types the same, no coercion is needed.")
        else:
            self.line(3, f"Trying to convert argument value from {_value_type(value)} to {_type(param.type)}")
        try:
            do_bind()
        except PSError as exc:
            self.line(2, f"ERROR: {exc.record.message}")
            self.line(2, f"BIND arg [{shown}] to param [{param.name}] SKIPPED")
            raise
        if not same:
            self.line(3, f"CONVERT SUCCESSFUL using LanguagePrimitives.ConvertTo: "
                         f"[{_arg(binder.bound.get(param.name))}]")
        for check in param.validators:
            self.line(2, f"Executing VALIDATION metadata: [{getattr(check, '__name__', 'check')}]")
        self.line(2, f"BIND arg [{shown}] to param [{param.name}] SUCCESSFUL")

    def unbound(self, binder: Any, value: Any) -> None:
        self.line(1, f"No parameter of [{binder.command_name}] is left to take the positional argument "
                     f"[{_arg(value)}]")

    # -- parameter sets and mandatory parameters ---------------------------------------------------------
    def parameter_sets(self, binder: Any, default_chosen: bool) -> None:
        from pyshell.commands.parameters import ALL_SETS
        sets = [s for s in binder.candidates if s != ALL_SETS]
        if not sets:
            return
        if len(sets) == 1:
            why = ("the default parameter set, since more than one fits the arguments" if default_chosen
                   else "the only parameter set that fits the arguments")
            self.line(0, f"PARAMETER SET [{sets[0]}] chosen: {why}")
        else:
            for s in sets:
                self.line(1, f"Remaining valid parameter set: {s}")
            self.line(0, "PARAMETER SET not chosen yet: the pipeline input will decide")

    def mandatory(self, binder: Any) -> None:
        self.line(0, f"MANDATORY PARAMETER CHECK on cmdlet [{binder.command_name}]")

    # -- pipeline input -----------------------------------------------------------------------------------
    def pipeline(self, binder: Any, obj: Any) -> None:
        self.line(0, f"BIND PIPELINE object to parameters: [{binder.command_name}]")
        self._sets_before = list(binder.candidates)
        self.line(1, f"PIPELINE object TYPE = [{_value_type(obj) if obj is not None else 'null'}]")
        if binder.pipeline_bound:
            self.line(1, "RESTORING pipeline parameter's original values")

    def pipeline_bound(self, binder: Any, param: Any, source: Any, value: Any, how: str,
                       property_name: str = "") -> None:
        coercion = "NO COERCION" if value is source else "WITH COERCION"
        self.line(1, f"Parameter [{param.name}] PIPELINE INPUT {how} {coercion}")
        if property_name:
            self.line(2, f"The input object's property [{property_name}] gives the value")
        self.line(1, f"BIND arg [{_arg(value)}] to parameter [{param.name}]")
        self.line(2, f"BIND arg [{_arg(value)}] to param [{param.name}] SUCCESSFUL")

    def pipeline_done(self, binder: Any, bound: bool) -> None:
        if not bound:
            self.line(1, "No parameter takes this object, by value or by property name")
        elif binder.candidates != self._sets_before:
            self.parameter_sets(binder, False)
        self.mandatory(binder)

    # -- the command's life cycle --------------------------------------------------------------------------
    def calling(self, step: str) -> None:
        self.line(0, f"CALLING {step}")

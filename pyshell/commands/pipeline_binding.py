"""The binder's part that runs once per pipeline object: which parameters take input by value and
by property name in the parameter sets still possible, and binding one object to them in
PowerShell's order. Binder (binder.py) mixes it in."""
from __future__ import annotations

from pyshell.commands.parameters import Parameter
from pyshell.commands.script_arguments import NO_PROPERTY, input_property
from pyshell.errors import ErrorRecord, PSError
from pyshell.runtime.conversion import ListOf, PSConversionError
from pyshell.runtime.values import PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any
    from pyshell.language.source import Extent


def fits_exactly(target: Any, value: Any) -> bool:
    """True when `value` is already of the parameter's type (no conversion needed)."""
    if target is object or target is PSObject:
        return True
    if target is str:
        return isinstance(value, str)
    if hasattr(target, "ps_convert"):
        from pyshell.runtime.scriptblock import ScriptBlock
        return getattr(target, "ps_type_name", "") == ScriptBlock.ps_type_name and isinstance(value, ScriptBlock)
    if isinstance(target, type):
        try:
            return isinstance(value, target)
        except TypeError:
            return False
    return False


def _fits_pipeline(target: Any, value: Any) -> bool:
    """`value` needs no conversion for the parameter (an array parameter: every element fits)."""
    if isinstance(target, ListOf):
        if isinstance(value, (list, tuple)):
            return all(fits_exactly(target.item, v) for v in value)
        return fits_exactly(target.item, value)
    return fits_exactly(target, value)


class PipelineBinding:
    """Binding pipeline input: the methods Binder gets from here use its candidates, bound values,
    conversion and null checks."""

    def pipeline_parameters(self) -> tuple[list[Parameter], list[Parameter]]:
        """The parameters that take pipeline input by value, and by property name, in the sets still
        possible; worked out once per set of candidates, not once per object."""
        key = tuple(self.candidates)
        cached = self._pipeline_parameters.get(key)
        if cached is None:
            by_value, by_property_name = [], []
            for p in self.meta.parameters:
                opts = [p.options(s) for s in key if p.in_set(s)]
                if any(o.pipeline for o in opts if o):
                    by_value.append(p)
                if any(o.by_property_name for o in opts if o):
                    by_property_name.append(p)
            cached = self._pipeline_parameters[key] = (by_value, by_property_name)
        return cached

    def bind_pipeline(self, obj: Any) -> bool:
        """Bind one input object; False when no parameter takes it."""
        tracer = self.tracer
        if tracer is not None:
            tracer.pipeline(self, obj)
        for p in self.pipeline_bound:
            setattr(self.command, p.attr, p.default if not p.is_switch else False)
            self.bound.pop(p.name, None)
        self.pipeline_bound = []
        self.pipeline_error = None
        by_value, by_property_name = self.pipeline_parameters()
        done = False
        live = list(self.candidates)        # the sets every parameter bound so far belongs to
        # PowerShell's order: by value, then by property name, each first for values that already
        # have the parameter's type and only then with conversion; so a FileInfo piped to a command
        # whose -Path takes strings binds its PSPath to -LiteralPath rather than its text to -Path.
        for coerce in (False, True):
            for p in by_value:
                if p.name in self.bound or not any(p.in_set(s) for s in live):
                    continue
                if not coerce and not _fits_pipeline(p.type, obj):
                    continue
                try:
                    value = self.to_type(p.type, obj)
                except PSConversionError:
                    continue
                if p.mandatory_somewhere and not self._may_take(p, obj, value):
                    continue
                self._bind_piped(p, obj, value, "ValueFromPipeline")
                live = [s for s in live if p.in_set(s)]
                done = True
            if not by_property_name or obj is None:
                continue
            for p in by_property_name:
                if p.name in self.bound or not any(p.in_set(s) for s in live):
                    continue
                for key in (p.name, *p.aliases):
                    raw = input_property(obj, key)
                    if raw is not NO_PROPERTY:
                        if not coerce and not _fits_pipeline(p.type, raw):
                            break
                        try:
                            value = self.to_type(p.type, raw)
                        except PSConversionError:
                            break
                        if p.mandatory_somewhere and not self._may_take(p, raw, value):
                            break
                        self._bind_piped(p, raw, value, "ValueFromPipelineByPropertyName", key)
                        live = [s for s in live if p.in_set(s)]
                        done = True
                        break
        if done and len(self.candidates) > 1:
            names = {p.name for p in self.pipeline_bound}
            fitting = [s for s in self.candidates if all(
                any(q.name == n and q.in_set(s) for q in self.meta.parameters) for n in names)]
            if fitting:
                self.candidates = fitting[:1] if self.meta.default_set not in fitting else [self.meta.default_set]
        if tracer is not None:
            tracer.pipeline_done(self, done)
        return done

    def _may_take(self, p: Parameter, given: Any, value: Any) -> bool:
        """Whether a mandatory parameter may take this input value (not null or empty); the error
        saying why not is kept for the caller to report if the object binds nowhere."""
        try:
            self._check_null_or_empty(p, given, value, None)
        except PSError as exc:
            self.pipeline_error = self.pipeline_error or exc
            return False
        return True

    def input_not_bound(self, obj: Any, extent: Extent) -> ErrorRecord:
        """The error for an input object no parameter took."""
        if self.pipeline_error is not None:
            return self.pipeline_error.record
        return self.error(
            "The input object cannot be bound to any parameters for the command either because the command does "
            "not take pipeline input or the input and its properties do not match any of the parameters that "
            "take pipeline input.", "InputObjectNotBound", extent, target=obj).record

    def _bind_piped(self, p: Any, raw: Any, value: Any, how: str, *key: str) -> None:
        """Bind `value` (converted from the input `raw`) to `p` until the next input object."""
        if p.type is SwitchParameter and not self.script_parameters:
            value = bool(value)             # a cmdlet's switch is a plain bool
        setattr(self.command, p.attr, value)
        self.bound[p.name] = value
        self.pipeline_bound.append(p)
        if self.tracer is not None:
            self.tracer.pipeline_bound(self, p, raw, value, how, *key)

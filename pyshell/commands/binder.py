"""The parameter binder: named arguments, then positional ones, then the parameter set, then
mandatory parameters; per pipeline object, ByValue and then ByPropertyName. It reads only the
CommandMetadata compiled from the declarations."""
from __future__ import annotations

from pyshell.structs import dataclass
from pyshell.commands.parameters import ALL_SETS, COMMON_PARAMETERS, CommandMetadata, Parameter
from pyshell.commands.pipeline_binding import PipelineBinding, fits_exactly
from pyshell.commands.script_arguments import bool_like, conversion_problem, null_or_empty_problem
from pyshell.errors import ErrorCategory, ErrorRecord, PSError
from pyshell.commands.validators import PositionalRefusal
from pyshell.language.source import Extent
from pyshell.runtime.conversion import ListOf, PSConversionError, convert_to, to_bool, to_string, type_display_name
from pyshell.runtime.values import AUTOMATION_NULL, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_COMMON = {n.lower(): n for n in COMMON_PARAMETERS}
_COMMON_ALIASES = {"ea": "ErrorAction", "ev": "ErrorVariable", "ov": "OutVariable", "wa": "WarningAction",
                   "wv": "WarningVariable", "vb": "Verbose", "db": "Debug", "ob": "OutBuffer", "pv": "PipelineVariable",
                   "infa": "InformationAction", "iv": "InformationVariable"}
_SHOULD_PROCESS = {"whatif": "WhatIf", "confirm": "Confirm", "wi": "WhatIf", "cf": "Confirm"}


# The binding errors of a value the parameter took but refused (a validation or an argument
# transformation); PowerShell reports them at once instead of trying the next parameter.
def binding_exception_type(error_id: str) -> str:
    """The ParameterBindingException subclass PowerShell's binder throws for an error id: a
    validation failure (ValidateSet, ValidateRange, a mandatory parameter given $null...) is a
    ParameterBindingValidationException, a failed argument transformation (a function's typed
    parameter) a ParameterBindingArgumentTransformationException; CategoryInfo names it."""
    if error_id.startswith("ParameterArgumentValidationError"):
        return "ParameterBindingValidationException"
    if error_id.startswith("ParameterArgumentTransformationError"):
        return "ParameterBindingArgumentTransformationException"
    return "ParameterBindingException"


_REFUSALS = ("ParameterArgumentValidationError", "ParameterArgumentTransformationError")


@dataclass
class Arg:
    """One command-line element after evaluation."""

    kind: str                     # "param" or "value" ("extra": undeclared names kept for $args)
    value: Any = None
    extent: Extent | None = None
    name: str = ""                # for "param": the name as typed (no dash)
    has_value: bool = False       # for "param": -Name:value
    bare: bool = False            # for "value": a bare word (the text is in value)


class Binder(PipelineBinding):
    def __init__(self, meta: CommandMetadata, command: Any, command_name: str, extent: Extent, context: Any,
                 qualifier: str = "", allow_extra: bool = False, supports_should_process: bool = False,
                 script_parameters: bool = False):
        self.meta = meta
        self.command = command            # the object that receives bound values as attributes
        self.command_name = command_name
        self.extent = extent
        self.context = context
        self.qualifier = qualifier        # the ",Type" suffix of error ids
        self.activity: str | None = None  # CategoryInfo's [..] when it is not command_name
        self.allow_extra = allow_extra
        self.should_process = supports_should_process
        self.script_parameters = script_parameters   # a function's or script's param() block
        self.bound: dict[str, Any] = {}
        self.common: dict[str, Any] = {}
        self.extra: list[Any] = []
        self.candidates: list[str] = list(meta.effective_sets())
        self.pipeline_bound: list[Parameter] = []
        self.pipeline_error: PSError | None = None    # why the last input object did not bind, if known
        self._pipeline_parameters: dict[tuple, tuple[list[Parameter], list[Parameter]]] = {}
        self.position = 1                 # this command's place in its pipeline, for prompts
        self.tracer = getattr(context, "binding_tracer", None)   # Trace-Command (binding_trace.py)

    # -- errors ------------------------------------------------------------------------------------
    def error(self, message: str, error_id: str, extent: Extent | None, category: ErrorCategory =
              ErrorCategory.InvalidArgument, hint: str = "", target: Any = None) -> PSError:
        fqid = f"{error_id},{self.qualifier}" if self.qualifier else error_id
        return PSError(ErrorRecord(message=message, error_id=fqid, category=category,
                                   exception_type=binding_exception_type(error_id), command_name=self.command_name,
                                   extent=extent or self.extent, hint=hint, target=target, activity=self.activity))

    def hint_for(self, param: Parameter, argument: Any) -> str:
        hook = getattr(type(self.command), "binding_hint", None)
        if hook is None:
            return ""
        try:
            return hook(self.context, param.name, argument) or ""
        except Exception:  # noqa: BLE001 - a hint must never turn into an error of its own
            return ""

    # -- command line ---------------------------------------------------------------------------
    def bind_arguments(self, args: list[Arg]) -> None:
        if self.tracer is not None:
            self.tracer.named(self)
        positional: list[Arg] = []      # the arguments named binding leaves, in order
        i = 0
        while i < len(args):
            a = args[i]
            if a.kind == "value":
                positional.append(a)
                i += 1
                continue
            try:
                param = self.resolve_name(a)
            except PSError as exc:
                if not self.allow_extra:
                    if self.meta.takes_remaining and exc.record.error_id.startswith("NamedParameterNotFound"):
                        # Left for a ValueFromRemainingArguments parameter, which takes "-name" as text.
                        positional.append(a)
                        i += 1
                        continue
                    raise
                # A simple function gets the names it does not declare in $args, as typed, in
                # their place among the arguments no position takes.
                text = [f"-{a.name}:", a.value] if a.has_value else [f"-{a.name}"]
                positional.append(Arg("extra", text, a.extent))
                i += 1
                continue
            if param is None:        # a common parameter, handled
                i += 1 + self._consume_common(a, args, i)
                continue
            if a.has_value:
                value, vext = a.value, a.extent
            elif param.is_switch:
                value, vext = True, a.extent
            else:
                if i + 1 >= len(args) or args[i + 1].kind != "value":
                    raise self.error(f"Missing an argument for parameter '{param.name}'. Specify a parameter of type "
                                     f"'{type_display_name(param.type)}' and try again.", "MissingArgument", a.extent)
                value, vext = args[i + 1].value, args[i + 1].extent
                i += 1
            if param.name in self.bound:
                raise self.error(f"Cannot bind parameter because parameter '{param.name}' is specified more than once. "
                                 "To provide multiple values to parameters that can accept multiple values, use the "
                                 'array syntax. For example, "-parameter value1,value2,value3".',
                                 "ParameterAlreadyBound", a.extent)
            self.set_value(param, value, vext)
            self.narrow(param)
            i += 1
        if self.tracer is not None:
            self.tracer.positional(self)
        self.bind_positional(positional)

    def resolve_name(self, a: Arg) -> Parameter | None:
        matches = self.meta.lookup(a.name)
        if len(matches) == 1:
            return matches[0]
        low = a.name.lower()
        if not matches:
            common = _COMMON.get(low) or _COMMON_ALIASES.get(low)
            if common is None:
                prefixed = [n for k, n in _COMMON.items() if k.startswith(low)]
                if len(prefixed) > 1:
                    names = " ".join(f"-{n}" for n in prefixed)
                    raise self.error(f"Parameter cannot be processed because the parameter name '{a.name}' is "
                                     f"ambiguous. Possible matches include: {names}.", "AmbiguousParameter", a.extent)
                common = prefixed[0] if prefixed else None
            if common is None and self.should_process:
                common = _SHOULD_PROCESS.get(low) or next((n for k, n in _SHOULD_PROCESS.items()
                                                           if len(k) > 2 and k.startswith(low)), None)
            if common is not None:
                a.name = common
                return None
            raise self.error(f"A parameter cannot be found that matches parameter name '{a.name}'.",
                             "NamedParameterNotFound", a.extent)
        names = " ".join(f"-{p.name}" for p in matches)
        raise self.error(f"Parameter cannot be processed because the parameter name '{a.name}' is ambiguous. "
                         f"Possible matches include: {names}.", "AmbiguousParameter", a.extent)

    def _consume_common(self, a: Arg, args: list[Arg], i: int) -> int:
        name = a.name
        if name in ("Verbose", "Debug", "WhatIf", "Confirm"):
            self.common[name] = bool(a.value) if a.has_value else True
            return 0
        if a.has_value:
            self.common[name] = a.value
            return 0
        if i + 1 >= len(args) or args[i + 1].kind != "value":
            raise self.error(f"Missing an argument for parameter '{name}'. Specify a parameter of type "
                             "'System.Object' and try again.", "MissingArgument", a.extent)
        self.common[name] = args[i + 1].value
        return 1

    def narrow(self, param: Parameter) -> None:
        if ALL_SETS in param.set_options:
            return
        self.candidates = [s for s in self.candidates if param.in_set(s)]

    def set_value(self, param: Parameter, value: Any, extent: Extent | None) -> None:
        if self.tracer is not None:
            self.tracer.bind(self, param, value, lambda: self._set_value(param, value, extent))
        else:
            self._set_value(param, value, extent)

    def _set_value(self, param: Parameter, value: Any, extent: Extent | None) -> None:
        if (param.mandatory_somewhere and not param.allow_null and not self.script_parameters
                and (value is None or value is AUTOMATION_NULL)):
            # A cmdlet's parameter is given $null unconverted: its validators see $null, and then
            # the mandatory parameter refuses it (below), as PowerShell's binder has it.
            converted = None
        else:
            converted = self.convert(param, value, extent)
        for check in param.validators:
            problem = check(converted, self.context) if getattr(check, "wants_context", False) else check(converted)
            if problem:
                error = self.error(f"Cannot validate argument on parameter '{param.name}'. {problem}",
                                   "ParameterArgumentValidationError", extent, ErrorCategory.InvalidData,
                                   hint=self.hint_for(param, value))
                error.passed_over = isinstance(problem, PositionalRefusal)
                raise error
        if param.mandatory_somewhere:
            self._check_null_or_empty(param, value, converted, extent)
        setattr(self.command, param.attr, converted)
        self.bound[param.name] = converted

    def _check_null_or_empty(self, param: Parameter, given: Any, value: Any, extent: Extent | None) -> None:
        """A mandatory parameter's refusal of null and empty values. A function's typed parameter
        has converted the value first ($null to [string] is an empty string); a cmdlet's parameter
        receives $null as null, whatever its type, as PowerShell's binder passes it on."""
        if not self.script_parameters and (given is None or given is AUTOMATION_NULL):
            value = None
        problem = null_or_empty_problem(param, value)
        if problem is not None:
            raise self.error(problem[0], problem[1], extent, ErrorCategory.InvalidData)

    def convert(self, param: Parameter, value: Any, extent: Extent | None) -> Any:
        target = param.type
        if target is SwitchParameter:
            # A function's or script's switch holds a SwitchParameter; a cmdlet's, a plain bool.
            present = to_bool(value)
            return SwitchParameter.of(present) if self.script_parameters else present
        if target is bool and isinstance(value, SwitchParameter):
            value = value.is_present        # -Enabled:$Force
        if self.script_parameters:
            # A function's parameters are checked more strictly (script_arguments.py).
            problem = conversion_problem(param, value, advanced=not self.allow_extra)
            if problem is not None:
                raise self.error(problem, "ParameterArgumentTransformationError", extent, ErrorCategory.InvalidData)
        elif target is bool and value is not None and not bool_like(value):
            # PowerShell's binder names the argument's type, not its value, and adds nothing after
            # the sentence (its CannotConvertArgument text with an empty reason): a CSV's "True" is
            # 'System.String' here.
            from pyshell.runtime.typenames import type_name_of
            raise self.error(f"Cannot convert '{type_name_of(value)}' to the type 'System.Boolean' required by "
                             f"parameter '{param.name}'. ", "CannotConvertArgument", extent,
                             hint=self.hint_for(param, value))
        try:
            return self.to_type(target, value)
        except PSConversionError as exc:
            if self.script_parameters:
                # A function's typed parameter converts through its type constraint, which PowerShell
                # reports as an argument transformation.
                raise self.error(f"Cannot process argument transformation on parameter '{param.name}'. "
                                 f"{exc.message}", "ParameterArgumentTransformationError", extent,
                                 ErrorCategory.InvalidData) from None
            raise self.error(f"Cannot bind parameter '{param.name}'. {exc.message}",
                             "CannotConvertArgumentNoMessage", extent, hint=self.hint_for(param, value)) from None

    def to_type(self, target: Any, value: Any) -> Any:
        """`value` converted to a parameter's type. [T[]]$null is $null, but the Python cmdlets
        take an array parameter as a list, so they get an empty one (PowerShell would bind $null,
        or refuse it for a mandatory parameter); a function's parameter gets $null."""
        if (value is None or value is AUTOMATION_NULL) and isinstance(target, ListOf) and not self.script_parameters:
            return []
        return convert_to(value, target)

    def bind_positional(self, positional: list[Arg]) -> None:
        """Each position in turn takes the next argument not named; what is left goes to the
        ValueFromRemainingArguments parameter, or is an error."""
        if not positional:
            return
        # Each position's parameters in the command's own order of parameters, whatever set they
        # come from, as PowerShell's EvaluateUnboundPositionalParameters walks them.
        slots: dict[int, list[Parameter]] = {}
        for s in self.candidates:
            for p in self.meta.positional(s):
                pos = p.options(s).position
                if p.name not in self.bound and not p.remaining and p not in slots.setdefault(pos, []):
                    slots[pos].append(p)
        order = self.meta.parameter_order
        for taking in slots.values():
            if len(taking) > 1:
                taking.sort(key=lambda q: order[id(q)])
        left: list[Arg] = []            # arguments no position took, in order
        failed: PSError | None = None   # why the first of them could not be bound, if it was tried
        idx = 0
        default = self.meta.default_set
        for pos in sorted(slots):
            options = [p for p in slots[pos]
                       if p.name not in self.bound and any(p.in_set(s) for s in self.candidates)]
            if not options:
                continue
            a = None
            while idx < len(positional):
                a = positional[idx]
                idx += 1
                if a.kind == "value":
                    break
                # An unknown -name: it and the value after it are not positional (a simple
                # function's undeclared -name, bound for $args, takes no value with it).
                left.append(a)
                if a.kind == "param" and not a.has_value and idx < len(positional) and positional[idx].kind == "value":
                    left.append(positional[idx])
                    idx += 1
                a = None
            if a is None:
                break
            # PowerShell tries the parameters that take the value without coercion first.
            options.sort(key=lambda q: (not fits_exactly(q.type, a.value), not (default and q.in_set(default))))
            first_error: PSError | None = None
            for p in options:
                try:
                    self.set_value(p, a.value, a.extent)
                except PSError as exc:
                    if exc.record.error_id.startswith(_REFUSALS) and not getattr(exc, "passed_over", False):
                        # The parameter took the value and then refused it: PowerShell stops there.
                        raise
                    # A value of the wrong type: another parameter at this position (in another
                    # set) may take it.
                    first_error = first_error or exc
                    continue
                self.narrow(p)
                break
            else:
                if first_error is not None and not self.meta.takes_remaining:
                    raise first_error
                failed = failed or first_error
                left.append(a)
        left.extend(positional[idx:])
        if left:
            self.bind_remaining(left, failed, positional)

    def bind_remaining(self, left: list[Arg], failed: PSError | None, positional: list[Arg]) -> None:
        if not self.candidates:
            raise self.error("Parameter set cannot be resolved using the specified named parameters.",
                             "AmbiguousParameterSet", self.extent)
        rest = [p for p in self.meta.parameters
                if p.remaining and p.name not in self.bound and any(p.in_set(s) for s in self.candidates)]
        if len(rest) > 1:
            raise self.error("Parameter set cannot be resolved using the specified named parameters.",
                             "AmbiguousParameterSet", self.extent, ErrorCategory.MetadataError)
        if rest:
            # ValueFromRemainingArguments: every argument left, as one array; an unknown -name as its text.
            values: list[Any] = []
            for a in left:
                if a.kind == "value":
                    if a.value is not AUTOMATION_NULL:
                        values.append(a.value)
                    continue
                values.append(f"-{a.name}:" if a.has_value else f"-{a.name}")
                if a.has_value and a.value is not AUTOMATION_NULL:
                    values.append(a.value)
            value: Any = values
            if self.script_parameters and len(values) == 1 and isinstance(values[0], (list, tuple)):
                value = values[0]           # f 1,2: the array itself, not an array holding it
            self.set_value(rest[0], value, left[0].extent if len(left) == 1 else self.extent)
            self.narrow(rest[0])
            return
        for a in left:
            if a.kind == "extra":
                self.extra.extend(a.value)
                continue
            if a.kind != "value":
                raise self.error(f"A parameter cannot be found that matches parameter name '{a.name}'.",
                                 "NamedParameterNotFound", a.extent)
            if failed is not None:
                raise failed
            if not self.allow_extra:
                if self.tracer is not None:
                    self.tracer.unbound(self, a.value)
                raise self.error(f"A positional parameter cannot be found that accepts argument "
                                 f"'{to_string(a.value)}'.", "PositionalParameterNotFound", self.extent,
                                 hint=self.stray_dash_hint(positional, a))
            self.extra.append(a.value)

    def stray_dash_hint(self, positional: list[Arg], failed: Arg) -> str:
        """The docs' `- Filter "*.org"`: a lone dash, then a word that names a parameter."""
        idx = positional.index(failed)
        if idx == 0 or not failed.bare:
            return ""
        prev = positional[idx - 1]
        if not (prev.bare and isinstance(prev.value, str) and len(prev.value) == 1 and prev.value in "-\u2013\u2014\u2015"):
            return ""
        matches = self.meta.lookup(str(failed.value))
        if len(matches) != 1:
            return ""
        rest = positional[idx + 1:idx + 2]
        example = f"-{matches[0].name}" + (f' "{to_string(rest[0].value)}"' if rest else "")
        return (f"There is a space between '-' and '{failed.value}', so PowerShell read them as two separate values. "
                f"Did you mean {example}?")

    # -- parameter set and mandatory parameters --------------------------------------------------
    def resolve_set(self, expects_input: bool) -> None:
        if self.context is not None and self.context.get_var("psdefaultparametervalues"):
            from pyshell.commands.default_values import apply_default_values
            apply_default_values(self, expects_input)
        if not self.candidates:
            raise self.error("Parameter set cannot be resolved using the specified named parameters.",
                             "AmbiguousParameterSet", self.extent)
        if len(self.candidates) > 1:
            default = self.meta.default_set
            if default in self.candidates and not (expects_input and self._input_goes_elsewhere(default)):
                chosen = default
            elif expects_input and any(p.takes_pipeline for p in self.meta.parameters):
                chosen = None
            else:
                satisfied = [s for s in self.candidates if not self.missing_mandatory(s, False)]
                if len(satisfied) == 1:
                    chosen = satisfied[0]
                else:
                    raise self.error("Parameter set cannot be resolved using the specified named parameters.",
                                     "AmbiguousParameterSet", self.extent)
            if chosen is not None:
                self.candidates = [chosen]
            if self.tracer is not None:
                self.tracer.parameter_sets(self, chosen is not None and chosen == default)
        elif self.tracer is not None:
            self.tracer.parameter_sets(self, False)
        if len(self.candidates) == 1:
            self.check_mandatory(self.candidates[0], expects_input)

    def _input_goes_elsewhere(self, default: str) -> bool:
        """True when a candidate set other than the default takes pipeline input the default set does
        not (Set-CsXmppAllowedPartner's -Instance): PowerShell then waits for the input to pick the set."""
        for p in self.meta.parameters:
            if p.name in self.bound:
                continue
            elsewhere = any(p.in_set(s) and s != default and (p.options(s).pipeline or p.options(s).by_property_name)
                            for s in self.candidates)
            opts = p.options(default) if p.in_set(default) else None
            if elsewhere and not (opts and (opts.pipeline or opts.by_property_name)):
                return True
        return False

    def missing_mandatory(self, set_name: str, expects_input: bool) -> list[Parameter]:
        missing = []
        for p in self.meta.parameters:
            if not p.in_set(set_name) or p.name in self.bound:
                continue
            opts = p.options(set_name)
            if opts.mandatory and not (expects_input and (opts.pipeline or opts.by_property_name)):
                missing.append(p)
        return missing

    def check_mandatory(self, set_name: str, expects_input: bool) -> None:
        if self.tracer is not None:
            self.tracer.mandatory(self)
        missing = self.missing_mandatory(set_name, expects_input)
        if missing:
            from pyshell.commands.prompting import can_prompt, prompt_for_missing
        if missing and can_prompt(self.context):
            # An interactive session asks for them, as the console host does (see prompting.py).
            prompt_for_missing(self, missing)
            missing = self.missing_mandatory(set_name, expects_input)
        if missing:
            names = ", ".join(p.name for p in missing)
            raise self.error(f"Cannot process command because of one or more missing mandatory parameters: {names}.",
                             "MissingMandatoryParameter", self.extent)

    @property
    def set_name(self) -> str:
        return self.candidates[0] if len(self.candidates) == 1 else (self.meta.default_set or ALL_SETS)

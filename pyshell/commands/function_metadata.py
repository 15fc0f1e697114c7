"""Parameters of functions and scripts: a `param()` block compiled into the same CommandMetadata
that cmdlets declare, so that functions bind exactly as cmdlets do."""
from __future__ import annotations

from pyshell.commands.parameters import ALL_SETS, CommandMetadata, Parameter, SetOptions, compile_metadata
from pyshell.commands.script_validators import FACTORIES, AttributeArgumentError
from pyshell.errors import ErrorCategory, ErrorRecord, PSError
from pyshell.language import nodes as N
from pyshell.runtime.conversion import to_bool, to_string
from pyshell.runtime.values import SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable


def is_advanced(block: N.ScriptBlock) -> bool:
    pb = block.param_block
    if pb is None:
        return False
    if any(a.name.lower() == "cmdletbinding" for a in pb.attributes):
        return True
    return any(a.name.lower() == "parameter" for p in pb.parameters for a in p.attributes)


def build_metadata(ctx: Any, name: str, block: N.ScriptBlock) -> CommandMetadata:
    decls = block.param_block.parameters if block.param_block else ()
    evaluate = _evaluator(ctx)
    params: list[Parameter] = []
    # Positions are given in declaration order unless some parameter names a position or a
    # parameter set, or [CmdletBinding(PositionalBinding=$false)] says not to.
    automatic_positions = _positional_binding(block, evaluate)
    for decl in decls:
        for attr in decl.attributes:
            if attr.name.lower() == "parameter" and any(k.lower() in ("position", "parametersetname")
                                                        for k, _ in attr.named):
                automatic_positions = False
    next_position = 0
    for decl in decls:
        ptype: Any = object
        if decl.type is not None:
            from pyshell.runtime.types import resolve_in     # only a typed parameter needs the type table
            ref = resolve_in(decl.type.name, decl.type.namespaces, ctx.module_types)
            if ref is None:
                raise PSError(ErrorRecord(f"Unable to find type [{decl.type.name}].", "TypeNotFound",
                                          ErrorCategory.InvalidOperation, extent=decl.type.extent))
            ptype = ref.target
        sets: dict[str, SetOptions] = {}
        aliases: list[str] = []
        validators: list[Callable[[Any], str | None]] = []
        help_text = ""
        remaining = False
        allows: set[str] = set()
        for attr in decl.attributes:
            aname = attr.name.lower()
            if aname == "parameter":
                named = {k.lower(): (evaluate(v) if v is not None else True) for k, v in attr.named}
                position = named.get("position")
                set_name = to_string(named.get("parametersetname", ALL_SETS)) or ALL_SETS
                sets[set_name] = SetOptions(
                    position=int(position) if position is not None else None,
                    mandatory=to_bool(named.get("mandatory", False)),
                    pipeline=to_bool(named.get("valuefrompipeline", False)),
                    by_property_name=to_bool(named.get("valuefrompipelinebypropertyname", False)))
                help_text = to_string(named.get("helpmessage", "")) or help_text
                remaining = remaining or to_bool(named.get("valuefromremainingarguments", False))
            elif aname in _ALLOWS:
                allows.add(aname)
            elif aname == "alias":
                aliases.extend(to_string(evaluate(v)) for v in attr.positional)
            elif aname in _VALIDATORS:
                validators.append(_VALIDATORS[aname]([evaluate(v) for v in attr.positional]))
            elif aname in FACTORIES:
                validators.append(_made(aname, attr, evaluate))
        if not sets:
            sets = {ALL_SETS: SetOptions()}
        if automatic_positions and ptype is not SwitchParameter:
            sets = {s: SetOptions(next_position, o.mandatory, o.pipeline, o.by_property_name) if o.position is None
                    else o for s, o in sets.items()}
            next_position += 1
        p = Parameter(ptype, name=decl.name, sets=sets, aliases=tuple(aliases), help=help_text,
                      validators=tuple(validators), remaining=remaining, allow_null="allownull" in allows,
                      allow_empty_string="allowemptystring" in allows,
                      allow_empty_collection="allowemptycollection" in allows)
        p.attr = decl.name.lower()
        params.append(p)
    default_set = None
    should_process = False
    impact = "Medium"
    if block.param_block:
        for attr in block.param_block.attributes:
            if attr.name.lower() == "cmdletbinding":
                for k, v in attr.named:
                    key = k.lower()
                    if key == "defaultparametersetname" and v is not None:
                        default_set = to_string(evaluate(v))
                    elif key == "supportsshouldprocess":
                        should_process = v is None or to_bool(evaluate(v))
                    elif key == "confirmimpact" and v is not None:
                        impact = _confirm_impact(evaluate(v), v)
    named_sets = {s for p in params for s in p.set_options if s != ALL_SETS}
    if len(named_sets) > MAX_PARAMETER_SETS:
        raise PSError(ErrorRecord("Cannot get or run the command. The maximum number of parameter sets for this "
                                  "command has been exceeded.", "ParsingTooManyParameterSets",
                                  ErrorCategory.MetadataError, "ParsingMetadataException",
                                  extent=block.param_block.extent))
    if default_set not in named_sets:
        default_set = None
    meta = compile_metadata(name, params, default_set)
    meta.supports_should_process = should_process
    meta.confirm_impact = impact
    return meta


# PowerShell keeps a command's parameter sets as the bits of a 32-bit flag.
MAX_PARAMETER_SETS = 32
_ALLOWS = ("allownull", "allowemptystring", "allowemptycollection")


def _positional_binding(block: N.ScriptBlock, evaluate: Callable[[N.Node], Any]) -> bool:
    for attr in block.param_block.attributes if block.param_block else ():
        if attr.name.lower() == "cmdletbinding":
            for k, v in attr.named:
                if k.lower() == "positionalbinding":
                    return v is None or to_bool(evaluate(v))
    return True


_IMPACTS = ("None", "Low", "Medium", "High")


def _confirm_impact(value: Any, node: N.Node) -> str:
    """ConfirmImpact='High' (or [ConfirmImpact]::High): one of the four levels, as PowerShell
    converts the attribute's argument to its ConfirmImpact enum."""
    text = to_string(getattr(value, "name", value)).strip()
    for level in _IMPACTS:
        if text.lower() == level.lower():
            return level
    raise PSError(ErrorRecord(
        f'Cannot convert value "{text}" to type "System.Management.Automation.ConfirmImpact". Error: "Unable to '
        f"match the identifier name {text} to a valid enumerator name. Specify one of the following enumerator "
        f'names and try again:\n{", ".join(_IMPACTS)}"', "InvalidCastFromStringToEnum",
        ErrorCategory.InvalidArgument, "PSInvalidCastException", extent=node.extent))


def _evaluator(ctx: Any) -> Callable[[N.Node], Any]:
    def evaluate(node: N.Node) -> Any:
        return ctx.compiler.expr(node)(ctx)
    return evaluate


def _validate_set(values: list[Any]) -> Callable[[Any], str | None]:
    allowed = [to_string(v) for v in values]

    def check(value: Any) -> str | None:
        items = value if isinstance(value, list) else [value]
        for item in items:
            if to_string(item).lower() not in (a.lower() for a in allowed):
                return (f'The argument "{to_string(item)}" does not belong to the set "{",".join(allowed)}" specified '
                        "by the ValidateSet attribute. Supply an argument that is in the set and then try the command "
                        "again.")
        return None
    return check


def _validate_not_null_or_empty(values: list[Any]) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if value is None or value == "" or (isinstance(value, list) and not value):
            return ("The argument is null or empty. Provide an argument that is not null or empty, and then try the "
                    "command again.")
        return None
    return check


def _validate_not_null(values: list[Any]) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if value is None:
            return ("The argument is null. Provide a valid value for the argument, and then try running the command "
                    "again.")
        return None
    return check


def _validate_range(values: list[Any]) -> Callable[[Any], str | None]:
    from pyshell.runtime.operators import ps_compare
    lo, hi = values[0], values[1]

    def check(value: Any) -> str | None:
        items = value if isinstance(value, list) else [value]
        for item in items:
            if ps_compare(item, lo) < 0:
                return (f"The {to_string(item)} argument is less than the minimum allowed range of {to_string(lo)}. "
                        f"Supply an argument that is greater than or equal to {to_string(lo)} and then try the "
                        "command again.")
            if ps_compare(item, hi) > 0:
                return (f"The {to_string(item)} argument is greater than the maximum allowed range of "
                        f"{to_string(hi)}. Supply an argument that is less than or equal to {to_string(hi)} and then "
                        "try the command again.")
        return None
    return check


_VALIDATORS = {"validateset": _validate_set, "validatenotnullorempty": _validate_not_null_or_empty,
               "validatenotnull": _validate_not_null, "validaterange": _validate_range}


# Attributes a variable may carry that change nothing pyshell checks (they describe parameters).
_PASSIVE_ATTRIBUTES = {"parameter", "alias", "allownull", "allowemptystring", "allowemptycollection",
                       "cmdletbinding", "outputtype", "supportswildcards"}


def variable_validators(ctx: Any, attributes: list[N.Attribute], extent: Any) -> list[Callable[[Any], str | None]]:
    """The checks the validation attributes on a variable make ([ValidateRange(1, 5)]$x = 3)."""
    evaluate = _evaluator(ctx)
    checks: list[Callable[[Any], str | None]] = []
    for attr in attributes:
        key = attr.name.lower().removesuffix("attribute")
        if key in _VALIDATORS:
            checks.append(_VALIDATORS[key]([evaluate(v) for v in attr.positional]))
        elif key in FACTORIES:
            check = _made(key, attr, evaluate)
            if getattr(check, "wants_context", False):
                check = _with_context(check, ctx)
            checks.append(check)
        elif key not in _PASSIVE_ATTRIBUTES:
            raise PSError(ErrorRecord(f"Unable to find type [{attr.name}].", "TypeNotFound",
                                      ErrorCategory.InvalidOperation, extent=attr.extent))
    return checks


def _made(key: str, attr: N.Attribute, evaluate: Callable[[N.Node], Any]) -> Callable[..., str | None]:
    """A ValidatePattern/Length/Count/Script check (script_validators.py); an attribute whose own
    arguments are unusable is an error of the declaration."""
    try:
        return FACTORIES[key]([evaluate(v) for v in attr.positional])
    except AttributeArgumentError as exc:
        raise PSError(ErrorRecord(exc.message, exc.error_id, ErrorCategory.MetadataError,
                                  "ValidationMetadataException", extent=attr.extent)) from None


def _with_context(check: Callable[..., str | None], ctx: Any) -> Callable[[Any], str | None]:
    return lambda value: check(value, ctx)

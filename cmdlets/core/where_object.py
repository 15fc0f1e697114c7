"""Where-Object: keep the input objects for which a condition holds."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory, PSError
from pyshell.runtime.conversion import to_bool, to_string
from pyshell.runtime.members import get_member
from pyshell.runtime.operators import PSOperatorError, compare, match
from pyshell.runtime.scope import MISSING, restore_variable
from pyshell.runtime.types import ScriptBlockType, resolve_type
from pyshell.runtime.values import AUTOMATION_NULL, PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

SCRIPT_BLOCK_SET = "ScriptBlockSet"

# (switch name, parameter set, operator, case-sensitive) — the simplified syntax's comparisons,
# generated from the same operators the language uses.
_OPERATORS = [
    ("EQ", "EqualSet", "eq"), ("NE", "NotEqualSet", "ne"), ("GT", "GreaterThanSet", "gt"),
    ("LT", "LessThanSet", "lt"), ("GE", "GreaterOrEqualSet", "ge"), ("LE", "LessOrEqualSet", "le"),
    ("Like", "LikeSet", "like"), ("NotLike", "NotLikeSet", "notlike"), ("Match", "MatchSet", "match"),
    ("NotMatch", "NotMatchSet", "notmatch"), ("Contains", "ContainsSet", "contains"),
    ("NotContains", "NotContainsSet", "notcontains"), ("In", "InSet", "in"), ("NotIn", "NotInSet", "notin"),
]
SWITCHES: list[tuple[str, str, str, bool]] = []
for _name, _set, _op in _OPERATORS:
    SWITCHES.append((_name, _set, _op, False))
    SWITCHES.append(("C" + _name, "CaseSensitive" + _set, _op, True))
SWITCHES += [("Is", "IsSet", "is", False), ("IsNot", "IsNotSet", "isnot", False), ("Not", "Not", "not", False)]
OPERATOR_SETS = [s for _, s, _, _ in SWITCHES]


class WhereObject(Cmdlet):
    """Selects objects from a collection based on their property values."""

    verb, noun = "Where", "Object"
    default_set = "EqualSet"
    passes_input_through = True
    implementing_type = "Microsoft.PowerShell.Commands.WhereObjectCommand"
    description = ("Where-Object passes on only the objects for which a condition is true. Give the condition as a "
                   "script block, where $_ (or $PSItem) is the current object, or in the simplified form: a property "
                   "name, a comparison switch such as -EQ or -Match, and a value. Comparisons ignore case unless "
                   "you use the C form of the switch (-CEQ, -CMatch, ...).")

    input_object = Parameter(PSObject, pipeline=True, help="The object to test. Usually it arrives through the pipeline.")
    filter_script = Parameter(ScriptBlockType, sets={SCRIPT_BLOCK_SET: SetOptions(position=0, mandatory=True)},
                              help="The condition, as a script block. $_ is the object being tested.")
    property = Parameter(str, sets={s: SetOptions(position=0, mandatory=True) for s in OPERATOR_SETS},
                         help="The property whose value is compared (simplified syntax).")
    value = Parameter(object, sets={s: SetOptions(position=1) for s in OPERATOR_SETS if s != "Not"},
                      help="The value the property is compared with (simplified syntax).")
    for _name, _set, _op, _cs in SWITCHES:
        _aliases = ("I" + _name,) if not _cs and _op not in ("is", "isnot", "not") else ()
        locals()[_name.lower()] = Parameter(
            SwitchParameter, name=_name, aliases=_aliases, sets={_set: SetOptions(mandatory=_name != "EQ")},
            help=f"Keep objects whose property value {'does not satisfy' if _op == 'not' else 'satisfies'} "
                 f"-{_op if _op != 'not' else 'the property'}{' (case-sensitive)' if _cs else ''}.")
    del _name, _set, _op, _cs, _aliases

    examples = (
        Example('Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"}',
                "Keeps the XMPP partners that require SASL negotiation."),
        Example("Get-CsXmppAllowedPartner | Where-Object SaslNegotiation -eq Required",
                "The same filter in the simplified syntax."),
        Example('Get-CsAdminRole | Where-Object {$_.Cmdlets –match "Get-CsXmppAllowedPartner"}',
                "Finds the RBAC roles that may run Get-CsXmppAllowedPartner (the dash before match is an en dash, "
                "as printed in the Lync documentation)."),
        Example("1, 5, 12, 3 | Where-Object {$_ -gt 4}", "Keeps the numbers greater than 4.", "5\n12\n"),
    )

    _BY_SET = {s: (op, cs) for _, s, op, cs in SWITCHES}

    def begin(self) -> None:
        self._predicate = None
        if self.filter_script is not None:
            self._block = self.filter_script.block
        else:
            self._block = None
            self._op, self._cs = "eq", False
            self._truthiness = True     # no operator switch given (or given as :$false): test the property
            for name, _set, op, cs in SWITCHES:
                if self.bound_parameters.get(name) is True:
                    self._op, self._cs = op, cs
                    self._truthiness = False
            if self._op == "not":
                self._truthiness = False
            self._value_given = self.is_bound(WhereObject.value)
            self.check_operands()

    def check_operands(self) -> None:
        """An operator needs -Value; -Value needs an operator (PowerShell's two errors)."""
        if not self._value_given and not self._truthiness and self._op != "not":
            self.throw_terminating(self.error_record(
                "The specified operator requires both the -Property and -Value parameters. Provide values for both "
                "parameters, and then try the command again.", "ValueNotSpecifiedForWhereObject",
                ErrorCategory.InvalidArgument, exception_type="ArgumentException"))
        if self._value_given and self._truthiness:
            self.throw_terminating(self.error_record(
                "An operator is required to compare the two specified values. Include a valid operator in the "
                "command, and then try the command again. For example, Get-Process | Where-Object -Property Name "
                "-eq Idle", "OperatorNotSpecified", ErrorCategory.InvalidArgument, exception_type="ArgumentException"))

    def process(self) -> None:
        obj = self.input_object
        if self._block is not None:
            if self.test_block(obj):
                self.runtime.emit(obj)
        elif self.test_property(obj):
            self.write_object(obj)

    def process_batch(self, objs: list | tuple) -> None:
        """All the input objects of a list at once (pipeline.CmdletProcessor.process_records):
        the same tests, output and errors as process() for each object in turn."""
        ctx = self.runtime.context
        fast = self._block.single_expression if self._block is not None else None
        if fast is None or ctx.psdebug is not None:
            for obj in objs:
                self.input_object = None if obj is AUTOMATION_NULL else obj
                self.process()
            return
        emit = self.runtime.emit
        vars_ = ctx.scope.vars
        saved = vars_.get("_", MISSING)
        try:
            for obj in objs:
                if obj is AUTOMATION_NULL:
                    obj = None
                vars_["_"] = obj
                try:
                    value = fast(ctx)
                except PSError as exc:
                    if ctx.try_depth or exc.script_terminating:
                        raise
                    ctx.report_error(exc.record)
                    continue
                if value is True or (value is not False and to_bool(value)):
                    # The commands downstream see $_ as it was before this one set it.
                    if saved is MISSING:
                        del vars_["_"]
                    else:
                        vars_["_"] = saved
                    emit(obj)
        finally:
            restore_variable(vars_, "_", saved)

    def test_block(self, obj: Any) -> bool:
        fast = self._block.single_expression
        ctx = self.runtime.context
        if fast is None or ctx.psdebug is not None:   # Set-PSDebug traces the block's lines
            out = self.run_script_block(self.filter_script, dollar_under=obj, own_errors=True)
            return to_bool(out[0] if len(out) == 1 else out)
        # The common case, one expression such as {$_.SaslNegotiation -eq "Required"}: evaluate it
        # directly, without collecting output.
        vars_ = ctx.scope.vars
        saved = vars_.get("_", MISSING)
        vars_["_"] = obj
        try:
            value = fast(ctx)
            return value if value is True or value is False else to_bool(value)
        except PSError as exc:
            if ctx.try_depth or exc.script_terminating:
                raise
            ctx.report_error(exc.record)
            return False
        finally:
            restore_variable(vars_, "_", saved)

    def test_property(self, obj: Any) -> bool:
        try:
            return self._test_property(obj)
        except PSOperatorError as exc:
            # The comparison itself cannot be made (a -match pattern that is not a regular
            # expression): the command stops, with the operator's own message and id.
            category = getattr(ErrorCategory, exc.category, ErrorCategory.InvalidOperation)
            raise PSError(self.error_record(exc.message, exc.error_id, category, target=self.value)) from None

    def _test_property(self, obj: Any) -> bool:
        actual = get_member(obj, self.property) if obj is not None else None
        op = self._op
        if op == "not":
            return not to_bool(actual)
        if self._truthiness:
            return to_bool(actual)
        value = self.value
        if op in ("is", "isnot"):
            ref = value if hasattr(value, "is_instance") else resolve_type(_type_text(value), self.context.module_types)
            result = bool(ref and ref.is_instance(actual))
            return result if op == "is" else not result
        if op in ("match", "notmatch"):
            result, table = match(actual, value, self._cs, op == "notmatch")
            if table is not None:
                self.context.scope.vars["matches"] = table
            return to_bool(result)
        return to_bool(compare(op, actual, value, self._cs))


def _type_text(value: Any) -> str:
    """A type named by text, as .NET's string-to-Type conversion reads it: '[int]' as well as 'int'."""
    text = to_string(value).strip()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1].strip()
    return text

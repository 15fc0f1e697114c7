"""ForEach-Object: run script blocks for each input object, or read a member of each."""
from __future__ import annotations

from cmdlets.core.property_expressions import property_names, read_property
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory, PSError
from pyshell.runtime.compile_statements import statement_error
from pyshell.runtime.conversion import ListOf, PSConversionError
from pyshell.runtime.members import STRING_METHODS, call_method, hashtable_methods
from pyshell.runtime.operators import PSOperatorError, has_wildcards, wildcard_match
from pyshell.runtime.types import ScriptBlockType
from pyshell.runtime.scope import MISSING, restore_variable
from pyshell.runtime.values import AUTOMATION_NULL, PSHashtable, PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

SCRIPT_BLOCK_SET = "ScriptBlockSet"
MEMBER_SET = "PropertyAndMethodSet"

# Methods every value has, and those of strings, spelt as .NET spells them (for wildcard names and
# for error messages); pyshell.runtime.members decides what each one does.
_COMMON_METHODS = ("ToString", "GetType")
_STRING_METHOD_NAMES = ("ToUpper", "ToLower", "ToUpperInvariant", "ToLowerInvariant", "Trim", "TrimStart", "TrimEnd",
                        "Contains", "StartsWith", "EndsWith", "Replace", "Split", "Substring", "IndexOf",
                        "LastIndexOf", "PadLeft", "PadRight", "Insert", "Remove", "ToCharArray", "Equals")
_LIST_METHODS = ("Contains", "IndexOf")


def method_names(obj: Any) -> list[str]:
    table = getattr(type(obj), "ps_method_table", None)
    if table is not None:
        names = [name for name, _, _ in table(obj).values()]
        return names + [m for m in _COMMON_METHODS if m not in names]
    if isinstance(obj, str):
        return [n for n in _STRING_METHOD_NAMES if n.lower() in STRING_METHODS] + list(_COMMON_METHODS)
    if isinstance(obj, PSHashtable):
        return [name for name, kind, _, _ in hashtable_methods(obj).values() if kind == "Method"] + list(_COMMON_METHODS)
    if isinstance(obj, (list, tuple)):
        return list(_LIST_METHODS) + list(_COMMON_METHODS)
    return list(_COMMON_METHODS)


class ForEachObject(Cmdlet):
    """Performs an operation against each item in a collection of input objects."""

    verb, noun = "ForEach", "Object"
    default_set = SCRIPT_BLOCK_SET
    implementing_type = "Microsoft.PowerShell.Commands.ForEachObjectCommand"
    description = ("ForEach-Object runs a script block once for every object that comes down the pipeline; inside "
                   "it, $_ (or $PSItem) is the current object, and whatever the block writes goes on down the "
                   "pipeline. -Begin runs once before the first object and -End once after the last, both in the "
                   "caller's scope, so variables set in one are seen by the others. Unnamed script blocks after the "
                   "first are taken as begin, process and end in that order. With -MemberName instead of a script "
                   "block, the command reads that property of each object, or calls that method (with "
                   "-ArgumentList as its arguments), and writes the result.")

    input_object = Parameter(PSObject, pipeline=True, help="The object to process. Usually it arrives through the pipeline.")
    begin_block = Parameter(ScriptBlockType, name="Begin", sets=(SCRIPT_BLOCK_SET,),
                      help="A script block to run once, before the first input object.")
    process_blocks = Parameter(ListOf(ScriptBlockType), name="Process", sets={SCRIPT_BLOCK_SET: SetOptions(position=0, mandatory=True)},
                                allow_null=True, allow_empty_collection=True,
                        help="The script block to run for each input object; $_ is the object.")
    end_block = Parameter(ScriptBlockType, name="End", sets=(SCRIPT_BLOCK_SET,),
                    help="A script block to run once, after the last input object.")
    remaining_scripts = Parameter(ListOf(ScriptBlockType), sets=(SCRIPT_BLOCK_SET,), remaining=True,
                                   allow_null=True, allow_empty_collection=True,
                                  help="Takes the unnamed script blocks that follow the first one. With -Process, "
                                       "they are the begin, process and end blocks, in that order.")
    member_name = Parameter(str, sets={MEMBER_SET: SetOptions(position=0, mandatory=True)},
                            help="The property to read, or the method to call, on each input object. Wildcards are "
                                 "allowed when they match exactly one member.")
    argument_list = Parameter(ListOf(object), sets=(MEMBER_SET,), remaining=True, aliases=("Args",),
                              help="The arguments for the method named by -MemberName.")

    examples = (
        Example("1..3 | ForEach-Object { $_ * 2 }", "Doubles each number.", "2\n4\n6\n"),
        Example("1..4 | ForEach-Object -Begin { $sum = 0 } -Process { $sum += $_ } -End { \"Total: $sum\" }",
                "Adds the numbers up: -Begin sets the total to zero, -End writes it.", "Total: 10\n"),
        Example('"Lync", "Server" | ForEach-Object ToUpper', "Calls the ToUpper method of each string.",
                "LYNC\nSERVER\n"),
        Example('"a,b", "c" | ForEach-Object Split ","', "Calls Split with an argument; each result is written as "
                "its own object.", "a\nb\nc\n"),
        Example("Get-CsAdminRole | ForEach-Object Identity", "Writes the Identity of each RBAC role."),
    )

    # -- the script block set -------------------------------------------------------------------------
    def begin(self) -> None:
        self._scripts: list[Any] = []
        if self.parameter_set_name == MEMBER_SET:
            return
        # The unnamed blocks are process, then the remaining ones; -Begin goes first when named.
        scripts = []
        if self.is_bound(ForEachObject.begin_block):
            scripts.append(self.begin_block)
        scripts.extend(self.process_blocks or [])
        scripts.extend(self.remaining_scripts or [])
        end_script = self.end_block
        start, stop = (1 if len(scripts) > 1 else 0), len(scripts)
        if not self.is_bound(ForEachObject.end_block) and len(scripts) > 2:
            stop = len(scripts) - 1
            end_script = scripts[stop]
        self._scripts = scripts[start:stop]
        self._end_script = end_script
        if stop >= 2 and scripts[0] is not None:
            self.run_script_block(scripts[0], emit=self.write_object, own_errors=True)

    def process(self) -> None:
        if self.parameter_set_name == MEMBER_SET:
            self.process_member(self.input_object)
            return
        if self._single_expression() is not None and self.runtime.context.psdebug is None:
            self.process_batch((self.input_object,))
            return
        obj = self.input_object
        for block in self._scripts:
            if block is not None:
                self.run_script_block(block, dollar_under=obj, emit=self.write_object, own_errors=True)

    def process_batch(self, objs: list | tuple) -> None:
        """All the input objects of a list at once (pipeline.CmdletProcessor.process_records).
        A single script block that is one expression, such as {$_} or {$_.Name}, is evaluated
        directly for each object, with $_ set and $args empty as run_script_block sets them; its
        value is written as the statement would write it. Anything else goes through process()."""
        ctx = self.runtime.context
        fast = self._single_expression()
        if fast is None or ctx.psdebug is not None:
            for obj in objs:
                self.input_object = None if obj is AUTOMATION_NULL else obj
                self.process()
            return
        emit = self.runtime.emit
        vars_ = ctx.scope.vars
        saved_under = vars_.get("_", MISSING)
        saved_args = vars_.get("args", MISSING)
        try:
            for obj in objs:
                vars_["_"] = None if obj is AUTOMATION_NULL else obj
                vars_["args"] = []
                try:
                    value = fast(ctx)
                except PSError as exc:
                    statement_error(ctx, exc)
                    continue
                if isinstance(value, (list, tuple)):
                    for item in value:
                        emit(item)
                elif value is not AUTOMATION_NULL:
                    emit(value)
        finally:
            restore_variable(vars_, "_", saved_under)
            restore_variable(vars_, "args", saved_args)

    def record_stream(self) -> Any:
        """Objects one at a time from the command before this one: a single-expression block is
        evaluated for each as process_batch does, without the calls process() would add."""
        fast = self._single_expression()
        if fast is None or self.parameter_set_name == MEMBER_SET:
            return None
        ctx = self.runtime.context
        emit = self.runtime.emit

        # The steps of process_batch's loop for one object, written out again on purpose: this runs
        # once per object per stage, and a helper shared by the two would add a call to each.
        def one(obj: Any) -> None:
            if ctx.psdebug is not None:
                self.input_object = None if obj is AUTOMATION_NULL else obj
                self.process()
                return
            vars_ = ctx.scope.vars
            saved_under = vars_.get("_", MISSING)
            saved_args = vars_.get("args", MISSING)
            vars_["_"] = None if obj is AUTOMATION_NULL else obj
            vars_["args"] = []
            try:
                value = fast(ctx)
            except PSError as exc:
                statement_error(ctx, exc)
                return
            finally:
                restore_variable(vars_, "_", saved_under)
                restore_variable(vars_, "args", saved_args)
            if isinstance(value, (list, tuple)):
                for item in value:
                    emit(item)
            elif value is not AUTOMATION_NULL:
                emit(value)
        return one

    def _single_expression(self) -> Any:
        """The compiled expression of the one process block, when that block is one expression."""
        scripts = self._scripts
        if len(scripts) == 1 and scripts[0] is not None:
            return scripts[0].block.single_expression
        return None

    def end(self) -> None:
        if self.parameter_set_name == MEMBER_SET:
            return
        if self._end_script is not None:
            self.run_script_block(self._end_script, emit=self.write_object, own_errors=True)

    # -- the member set -------------------------------------------------------------------------------
    def process_member(self, obj: Any) -> None:
        name = self.member_name
        args = list(self.argument_list or [])
        if obj is None:
            if args:
                self.write_error(self.error_record("You cannot call a method on a null-valued expression.",
                                                   "InvokeMethodOnNull", ErrorCategory.InvalidArgument,
                                                   exception_type="PSArgumentException"))
            else:
                self.write_object(None)
            return
        if args:
            self.call_with_arguments(obj, name, args)
            return
        if isinstance(obj, PSHashtable) and name in obj:
            self.write_unrolled(obj[name])
            return
        props = property_names(obj)
        methods = method_names(obj)
        if has_wildcards(name):
            matches = [n for n in props + methods if wildcard_match(name, n)]
            unique = list(dict.fromkeys(matches))
            if len(unique) > 1:
                listed = "".join(f" {n}" for n in unique)
                self.write_error(self.error_record(
                    f'Input name "{name}" is ambiguous. It can be resolved to multiple matched members. Possible '
                    f"matches include:{listed}.", "AmbiguousPropertyOrMethodName", ErrorCategory.InvalidArgument,
                    target=obj, exception_type="PSArgumentException"))
                return
            if not unique:
                self.write_object(None)   # no such member: $null, as $obj.NoSuchMember gives
                return
            name = unique[0]
        found, value, _ = read_property(obj, name)
        if found:
            self.write_unrolled(value)
            return
        method = next((m for m in methods if m.lower() == name.lower()), None)
        if method is None:
            self.write_object(None)
            return
        self.invoke(obj, method, [])

    def call_with_arguments(self, obj: Any, name: str, args: list[Any]) -> None:
        methods = method_names(obj)
        if has_wildcards(name):
            matches = [m for m in methods if wildcard_match(name, m)]
        else:
            matches = [m for m in methods if m.lower() == name.lower()]
        if len(matches) > 1:
            listed = "".join(f" {n}" for n in matches)
            self.write_error(self.error_record(
                f'Input name "{name}" is ambiguous. It can be resolved to multiple matched methods. Possible matches '
                f"include:{listed}.", "AmbiguousMethodName", ErrorCategory.InvalidArgument, target=obj,
                exception_type="PSArgumentException"))
            return
        if not matches:
            self.write_error(self.error_record(f'Input name "{name}" cannot be resolved to a method.', "MethodNotFound",
                                               ErrorCategory.InvalidArgument, target=obj,
                                               exception_type="PSArgumentException"))
            return
        self.invoke(obj, matches[0], args)

    def invoke(self, obj: Any, method: str, args: list[Any]) -> None:
        try:
            result = call_method(obj, method, args)
        except (TypeError, LookupError, ValueError, ArithmeticError, PSConversionError, PSOperatorError) as exc:
            self.method_failed(obj, method, args, exc)
            return
        self.write_unrolled(result)

    def method_failed(self, obj: Any, method: str, args: list[Any], exc: Exception) -> None:
        """The error a failed call writes: an argument that does not convert to its parameter first
        (named by its position, as a call through PowerShell's adapter names it), then a missing
        overload, then what the method itself threw."""
        from pyshell.runtime.signatures import argument_failure, declaration_of
        failure = argument_failure(declaration_of(obj, method, False), args)
        if failure is not None:         # an argument that does not convert, or no overload for them
            message, exception_type = failure.message(method, by_position=True), "MethodException"
        elif isinstance(exc, TypeError):
            message = f'Cannot find an overload for "{method}" and the argument count: "{len(args)}".'
            exception_type = "MethodException"
        else:
            reason = getattr(exc, "message", None) or exc
            message = f'Exception calling "{method}" with "{len(args)}" argument(s): "{reason}"'
            exception_type = "MethodInvocationException"
        self.write_error(self.error_record(message, "MethodInvocationError", ErrorCategory.InvalidOperation,
                                           target=obj, exception_type=exception_type))

    def write_unrolled(self, value: Any) -> None:
        """Write a value, one object per element when it is a collection (a string is one object)."""
        if isinstance(value, (list, tuple)):
            for item in value:
                self.write_object(item)
        else:
            self.write_object(value)

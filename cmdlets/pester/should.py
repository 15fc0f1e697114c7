"""Should: Pester's assertion. The input arrives through the pipeline; an operator switch says
what to check. A failed assertion is a terminating error, so the test that made it fails."""
from __future__ import annotations

from cmdlets.pester.assertions import OPERATORS, show
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory, ErrorRecord, PSError
from pyshell.runtime.conversion import to_string
from pyshell.runtime.errorobjects import error_object
from pyshell.runtime.scriptblock import ScriptBlock
from pyshell.runtime.types import TypeRef, resolve_type
from pyshell.runtime.values import SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

THROW = "Throw"
_NO_EXPECTED = {"BeNullOrEmpty", "BeTrue", "BeFalse", "Exist"}
_ALL = tuple(OPERATORS) + (THROW,)


def _failure(message: str, extent: Any = None) -> PSError:
    record = ErrorRecord(message, "PesterAssertionFailed", ErrorCategory.InvalidResult, "RuntimeException")
    if extent is not None:
        record.extent = extent
    return PSError(record, script_terminating=True)


class Should(Cmdlet):
    """Checks a value in a test and fails the test when the check does not hold (Pester)."""

    command_word = "Should"
    description = ("Pipe the value to check into Should and name the check with a switch: -Be, -BeExactly, "
                   "-BeNullOrEmpty, -HaveCount, -Throw, -BeOfType, -Contain, -Match, -MatchExactly, -BeLike, "
                   "-BeLikeExactly, -BeTrue, -BeFalse, -BeGreaterThan, -BeLessThan, -BeGreaterOrEqual, "
                   "-BeLessOrEqual, -BeIn or -Exist. -Not turns the check around. -Be, -BeExactly, -HaveCount, "
                   "-BeNullOrEmpty and -Contain look at everything that was piped in at once; the other checks "
                   "look at each value in turn.")

    actual_value = Parameter(object, pipeline=True, help="The value to check (usually piped in).")
    expected_value = Parameter(object, sets={op: SetOptions(position=0) for op in OPERATORS if op not in _NO_EXPECTED},
                               help="The value to compare with.")
    expected_message = Parameter(str, sets={THROW: SetOptions(position=0)},
                                 help="With -Throw: text the error's message must contain.")
    error_id = Parameter(str, sets=(THROW,), help="With -Throw: text the error's FullyQualifiedErrorId must contain.")
    exception_type = Parameter(object, sets=(THROW,), help="With -Throw: the type the exception must have.")
    pass_thru = Parameter(SwitchParameter, sets=(THROW,), help="With -Throw: write the error that was thrown.")
    negate = Parameter(SwitchParameter, name="Not", help="Turn the check around.")
    because = Parameter(str, help="A reason, added to the failure message.")
    for _op in _ALL:
        locals()[_op.lower()] = Parameter(SwitchParameter, name=_op, sets={_op: SetOptions(mandatory=True)},
                                          help=f"Check with -{_op}.")
    del _op

    examples = (
        Example('Describe "s" { It "adds" { 1 + 1 | Should -Be 2 } }', "A passing check."),
        Example('Describe "s" { It "throws" { { throw "boom" } | Should -Throw "boom" } }',
                "Checks that a script block throws."),
    )

    def begin(self) -> None:
        self.items: list[Any] = []

    def process(self) -> None:
        if self.is_bound(Should.actual_value):
            self.items.append(self.actual_value)

    def end(self) -> None:
        op = self.parameter_set_name
        if op == THROW:
            self.check_throw()
            return
        check, whole = OPERATORS[op]
        expected = self.expected_value
        reason = self.because or ""
        kwargs: dict[str, Any] = {}
        if op == "BeOfType":
            kwargs["resolve"] = self.resolve_type
        if whole:
            actual = None if not self.items else (self.items[0] if len(self.items) == 1 else self.items)
            if op == "HaveCount":
                actual = self.items
            message = check(actual, expected, self.negate, reason, **kwargs)
            if message:
                raise self.fail(message)
            return
        for item in self.items or [None]:
            message = check(item, expected, self.negate, reason, **kwargs)
            if message:
                raise self.fail(message)

    def fail(self, message: str) -> PSError:
        return _failure(message, self.runtime.extent)

    def resolve_type(self, value: Any) -> TypeRef | None:
        if isinstance(value, TypeRef):
            return value
        name = to_string(value).strip()
        if name.startswith("[") and name.endswith("]"):
            name = name[1:-1]       # -BeOfType [int]: in argument mode the type literal arrives as text
        return resolve_type(name, self.context.module_types)

    def check_throw(self) -> None:
        block = self.items[0] if self.items else None
        if not isinstance(block, ScriptBlock):
            raise self.fail(f"Expected a script block to run, but got {show(block)}.")
        ctx = self.context
        thrown = None
        ctx.try_depth += 1
        try:
            block.invoke(ctx, lambda obj: None)
        except PSError as exc:
            thrown = exc.record
        finally:
            ctx.try_depth -= 1
        reason = f", because {self.because}" if self.because else ""
        if self.negate:
            if thrown is not None:
                where = f" from {thrown.extent.source.name or '<No file>'}:{thrown.extent.start_line} char:{thrown.extent.start_column}" \
                    if thrown.extent.source else ""
                raise self.fail(f"Expected no exception to be thrown{reason}, but an exception \"{thrown.message}\" "
                               f"was thrown{where}.")
            return
        if thrown is None:
            raise self.fail(f"Expected an exception, to be thrown{reason}, but no exception was thrown.")
        if self.expected_message and self.expected_message.lower() not in thrown.message.lower():
            raise self.fail(f"Expected an exception with message like '{self.expected_message}' to be thrown{reason}, "
                           f"but the message was '{thrown.message}'.")
        if self.error_id and self.error_id.lower() not in thrown.error_id.lower():
            raise self.fail(f"Expected an exception with FullyQualifiedErrorId '{self.error_id}' to be thrown{reason}, "
                           f"but the FullyQualifiedErrorId was '{thrown.error_id}'.")
        if self.exception_type is not None:
            wanted = self.exception_type.full_name if isinstance(self.exception_type, TypeRef) \
                else to_string(self.exception_type)
            short = wanted.rsplit(".", 1)[-1].lower()
            if short not in (thrown.exception_type.lower(), "exception", "systemexception"):
                raise self.fail(f"Expected an exception of type [{wanted}] to be thrown{reason}, but the exception "
                               f"type was [{thrown.exception_type}].")
        if self.pass_thru:
            self.write_object(error_object(thrown))

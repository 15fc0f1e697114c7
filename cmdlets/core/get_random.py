"""Get-Random: a random number, or objects picked at random from a collection."""
from __future__ import annotations

from cmdlets.core._random import INT32_MAX, SessionRandom
from cmdlets.core.session_state import core_state
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.commands.validators import validate_range
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf, PSConversionError, format_double, scan_number, to_float
from pyshell.runtime.typenames import INT32_MIN, INT64_MAX, Int64

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

NUMBER, LIST_ITEM = "RandomNumberParameterSet", "RandomListItemParameterSet"


def _operand(value: Any) -> Any:
    """A bound as 5.1 reads it: text as a number literal ('1kb', '+100'), anything else as it is."""
    if isinstance(value, str):
        number = scan_number(value)
        return value if number is None else number
    return value


def _is_int(value: Any) -> bool:
    """An Int32 (or no bound): an [int64] of a small value is still an Int64."""
    return value is None or (type(value) is int and INT32_MIN <= value <= INT32_MAX)


def _is_int64(value: Any) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool))


class GetRandom(Cmdlet):
    """Gets a random number, or selects objects randomly from a collection."""

    verb, noun = "Get", "Random"
    implementing_type = "Microsoft.PowerShell.Commands.GetRandomCommand"
    output_types = ("System.Int32", "System.Int64", "System.Double")
    description = ("Get-Random writes a random whole number from 0 up to (not including) Int32's maximum, or from "
                   "-Minimum up to -Maximum. If either bound is a fraction the result is a Double. Given objects "
                   "(through the pipeline or -InputObject) it picks one of them, or -Count of them in random order "
                   "without repeats. Numbers come from the system's cryptographic source until -SetSeed seeds the "
                   "session's generator, after which the sequence repeats Windows PowerShell's for that seed.")

    maximum = Parameter(object, sets={NUMBER: SetOptions(position=0)},
                        help="The upper bound, not included (Int32's maximum unless given; Double's if -Minimum is "
                             "a fraction).")
    minimum = Parameter(object, sets=(NUMBER,), help="The lower bound, included (0 unless given).")
    input_object = Parameter(ListOf(object), sets={LIST_ITEM: SetOptions(position=0, mandatory=True, pipeline=True)},
                             help="The objects to choose from. Usually they arrive through the pipeline.")
    count = Parameter(int, validators=(validate_range(1),),
                      help="How many numbers to write, or how many of the objects to pick (all of them, shuffled, "
                           "when Count is at least their number).")
    set_seed = Parameter(int, help="Seeds the session's generator, so that this and later Get-Random commands give "
                                   "a repeatable sequence.")

    examples = (
        Example("Get-Random -Maximum 100", "A whole number from 0 to 99."),
        Example("Get-Random -Minimum 10.7 -Maximum 20.93", "A Double between the two bounds."),
        Example("Get-Random -Maximum 100 -SetSeed 23; Get-Random -Maximum 100; Get-Random -Maximum 100",
                "A seed makes the sequence repeatable (these are the numbers Windows PowerShell gives).",
                "32\n25\n93\n"),
        Example("1, 2, 3, 5, 8, 13 | Get-Random -Count 3", "Three of the numbers, in random order."),
        Example("Get-CsAdminRole | Get-Random", "One RBAC role, picked at random."),
    )

    def begin(self) -> None:
        state = core_state(self.context)
        if self.set_seed is not None:
            state.random = SessionRandom(self.set_seed)
        self._rng: SessionRandom = state.random
        self._list_mode = self.parameter_set_name != NUMBER or isinstance(self.maximum, (list, tuple))
        if isinstance(self.maximum, (list, tuple)):
            self.input_object = list(self.maximum)
        self._chosen: list[Any] = []
        self._seen = 0
        if not self._list_mode:
            for _ in range(self.count or 1):
                self.write_object(self._number())

    def _number(self) -> Any:
        high, low = _operand(self.maximum), _operand(self.minimum)
        if _is_int(high) and _is_int(low):
            lo = 0 if low is None else low
            hi = INT32_MAX if high is None else high
            self._check(lo, hi)
            return self._rng.next_range(lo, hi)
        if _is_int64(high) and _is_int64(low):
            lo = 0 if low is None else low
            hi = INT64_MAX if high is None else high
            self._check(lo, hi)
            return Int64(self._rng.next_int64(lo, hi))
        try:
            lo = 0.0 if low is None else to_float(low)
            hi = 1.7976931348623157e308 if high is None else to_float(high)
        except PSConversionError as exc:
            self.throw_terminating(self.error_record(exc.message, "System.Management.Automation.PSInvalidCastException",
                                                     ErrorCategory.NotSpecified,
                                                     exception_type="PSInvalidCastException"))
            raise AssertionError("unreachable")
        self._check(lo, hi)
        return self._rng.next_float(lo, hi)

    def _check(self, low: Any, high: Any) -> None:
        if low >= high:
            text = (lambda v: format_double(v) if isinstance(v, float) else str(v))
            self.throw_terminating(self.error_record(
                f"The Minimum value ({text(low)}) cannot be greater than or equal to the Maximum value ({text(high)}).",
                "MinGreaterThanOrEqualMax", ErrorCategory.InvalidArgument, exception_type="ArgumentException"))

    def process(self) -> None:
        if not self._list_mode or self.input_object is None:
            return
        want = self.count or 1
        for item in self.input_object:
            if self._seen < want:
                self._chosen.append(item)
            elif self._rng.next_range(0, self._seen + 1) < want:
                self._chosen[self._rng.next_range(0, len(self._chosen))] = item
            self._seen += 1

    def end(self) -> None:
        if not self._list_mode:
            return
        chosen = self._chosen
        n = len(chosen)
        for i in range(n):
            j = self._rng.next_range(i, n)
            chosen[i], chosen[j] = chosen[j], chosen[i]
        for item in chosen:
            self.write_object(item)

"""The preference variables' types: ActionPreference ($ErrorActionPreference, $WarningPreference,
$VerbosePreference, $DebugPreference, $ProgressPreference, $InformationPreference) and ConfirmImpact
($ConfirmPreference).

As in PowerShell, the global variables hold values of these enums and convert what is assigned to
them, so `$ErrorActionPreference = "stop"` stores Stop and a misspelt value is refused at once. Only
the global variables are typed: a script or function that assigns its own copy gets a plain variable,
which is what PowerShell does too. The engine reads every preference through its name (str() of an
enum member is its name), so the values work wherever text did."""
from __future__ import annotations

TYPE_CHECKING = False       # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

from pyshell.runtime.values import enum_type

_NS = "System.Management.Automation"

ActionPreference = enum_type(f"{_NS}.ActionPreference",
                             {"SilentlyContinue": 0, "Stop": 1, "Continue": 2, "Inquire": 3, "Ignore": 4,
                              "Suspend": 5})
ConfirmImpact = enum_type(f"{_NS}.ConfirmImpact", {"None": 0, "Low": 1, "Medium": 2, "High": 3})

# The preference variables (keys as the scopes store them), their types and starting values.
DEFAULTS: dict[str, tuple[Any, str]] = {
    "erroractionpreference": (ActionPreference, "Continue"),
    "warningpreference": (ActionPreference, "Continue"),
    "verbosepreference": (ActionPreference, "SilentlyContinue"),
    "debugpreference": (ActionPreference, "SilentlyContinue"),
    "progresspreference": (ActionPreference, "Continue"),
    "informationpreference": (ActionPreference, "SilentlyContinue"),
    "confirmpreference": (ConfirmImpact, "High"),
}

TYPES = {"ActionPreference": ActionPreference, "ConfirmImpact": ConfirmImpact}


class _EnumConstraint:
    """What a typed preference variable accepts: anything that converts to its enum."""

    __slots__ = ("target",)

    def __init__(self, target: Any):
        self.target = target

    def convert(self, value: Any) -> Any:
        from pyshell.runtime.conversion import convert_to
        result = convert_to(value, self.target)
        if self.target is ActionPreference and result is ActionPreference["Suspend"]:
            # Suspend is for workflows: a preference variable refuses it (ArgumentTypeConverterAttribute).
            raise reserved_value_error(result)
        return result


RESERVED_MESSAGE = ("The {0} ActionPreference value is reserved for future use and is not supported at this time. "
                    'For more information about preference variables, see the Help topic, "about_Preference_Variables."')
RESERVED_REPLACED = ("The {0} ActionPreference value is reserved for future use and is not supported at this time. "
                     "It has been replaced in your {1} variable by the default value of {2}. For more information "
                     'about preference variables, see the Help topic, "about_Preference_Variables."')


def reserved_value_error(value: Any) -> Exception:
    from pyshell.runtime.conversion import PSConversionError

    class ReservedPreference(PSConversionError):
        @property
        def message(self) -> str:
            return RESERVED_MESSAGE.format(value)
    return ReservedPreference(value, f"{_NS}.ActionPreference", error_id="InvalidActionPreference")


def enum_constraint(enum: Any) -> _EnumConstraint:
    return _EnumConstraint(enum)


def install(scope: Any) -> None:
    """Give the global scope its typed preference variables."""
    for key, (enum, start) in DEFAULTS.items():
        scope.vars[key] = enum[start]
        scope.constraints[key] = _EnumConstraint(enum)

"""CommandInfo.Parameters: a cmdlet's parameters as PowerShell lists them, a case-blind
Dictionary[string, ParameterMetadata] that also holds the common parameters (and WhatIf and
Confirm for a cmdlet that supports them), so `(Get-Command X).Parameters.Keys` lists every name a
command line may use."""
from __future__ import annotations

from pyshell.commands.parameters import ALL_SETS, COMMON_PARAMETERS
from pyshell.runtime.values import PSHashtable, SwitchParameter, property_in

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

PARAMETER_METADATA = "System.Management.Automation.ParameterMetadata"
ALL_SETS_NAME = "__AllParameterSets"

# The common parameters' types and aliases, as PowerShell declares them.
_COMMON = {
    "Verbose": ("System.Management.Automation.SwitchParameter", ("vb",)),
    "Debug": ("System.Management.Automation.SwitchParameter", ("db",)),
    "ErrorAction": ("System.Management.Automation.ActionPreference", ("ea",)),
    "WarningAction": ("System.Management.Automation.ActionPreference", ("wa",)),
    "InformationAction": ("System.Management.Automation.ActionPreference", ("infa",)),
    "ErrorVariable": ("System.String", ("ev",)),
    "WarningVariable": ("System.String", ("wv",)),
    "InformationVariable": ("System.String", ("iv",)),
    "OutVariable": ("System.String", ("ov",)),
    "OutBuffer": ("System.Int32", ("ob",)),
    "PipelineVariable": ("System.String", ("pv",)),
}
_SHOULD_PROCESS = {"WhatIf": ("System.Management.Automation.SwitchParameter", ("wi",)),
                   "Confirm": ("System.Management.Automation.SwitchParameter", ("cf",))}


class ParameterMetadata:
    """One parameter's metadata. Its ParameterType is made when read: Get-Command writes a
    dictionary of these for every cmdlet, and most are never looked into."""

    ps_type_name = PARAMETER_METADATA
    __slots__ = ("name", "type_name", "aliases", "sets", "switch")

    def __init__(self, name: str, type_name: str, aliases: tuple[str, ...], sets: list[str], switch: bool):
        self.name, self.type_name, self.aliases, self.sets, self.switch = name, type_name, aliases, sets, switch

    def ps_properties(self) -> list[tuple[str, Any]]:
        from pyshell.runtime.typeinfo import type_object
        return [("Name", self.name), ("ParameterType", type_object(self.type_name)),
                ("ParameterSets", PSHashtable((s, None) for s in self.sets)), ("IsDynamic", False),
                ("Aliases", list(self.aliases)), ("Attributes", []), ("SwitchParameter", self.switch)]

    def ps_property_definitions(self) -> list[tuple[str, str]]:
        return [("Aliases", "System.Collections.ObjectModel.Collection[string] Aliases {get;}"),
                ("Attributes", "System.Collections.ObjectModel.Collection[System.Attribute] Attributes {get;}"),
                ("IsDynamic", "bool IsDynamic {get;set;}"), ("Name", "string Name {get;set;}"),
                ("ParameterSets", "System.Collections.Generic.Dictionary[string,System.Management.Automation."
                                  "ParameterSetMetadata] ParameterSets {get;}"),
                ("ParameterType", "type ParameterType {get;set;}"), ("SwitchParameter", "bool SwitchParameter {get;}")]

    def ps_property(self, key: str) -> Any:
        return property_in(self.ps_properties(), key)

    def ps_to_string(self) -> str:
        return PARAMETER_METADATA


def parameters_of(cls: Any) -> Any:
    """The Parameters dictionary of a cmdlet class."""
    from pyshell.runtime.collectiontypes import StringComparer
    from pyshell.runtime.conversion import type_display_name
    from pyshell.runtime.dictionarytypes import GenericDictionary
    table = GenericDictionary(str, object, "System.String", PARAMETER_METADATA, StringComparer("OrdinalIgnoreCase"))
    for p in cls.metadata.parameters:
        sets = [ALL_SETS_NAME if s == ALL_SETS else s for s in p.set_options]
        table[p.name] = ParameterMetadata(p.name, type_display_name(p.type), tuple(p.aliases), sets,
                                  p.type is SwitchParameter)
    extra = dict(_COMMON, **(_SHOULD_PROCESS if cls.supports_should_process else {}))
    for name in (*COMMON_PARAMETERS, *(k for k in extra if k not in COMMON_PARAMETERS)):
        type_name, aliases = extra[name]
        table[name] = ParameterMetadata(name, type_name, aliases, [ALL_SETS_NAME], type_name.endswith("SwitchParameter"))
    return table

"""The types of the core module that scripts may name in type literals and parameter types."""
from __future__ import annotations

from cmdlets.core._commands import CommandTypes
from cmdlets.core._filesystem import TYPES as _FILESYSTEM_TYPES
from cmdlets.core._variables import ScopedItemOptions, SessionStateEntryVisibility
from cmdlets.core.test_path import TestPathType
from cmdlets.core.write_host import ConsoleColor
from pyshell.runtime.executionpolicy import TYPES as _POLICY_TYPES
from pyshell.runtime.moduletypes import object_types
from pyshell.runtime.preferences import TYPES as _PREFERENCE_TYPES
from pyshell.runtime.psmembers import PSMemberTypes

TYPES = {**_FILESYSTEM_TYPES, **_PREFERENCE_TYPES, **_POLICY_TYPES, "CommandTypes": CommandTypes, "ConsoleColor": ConsoleColor,
         "PSMemberTypes": PSMemberTypes,
         "ScopedItemOptions": ScopedItemOptions, "SessionStateEntryVisibility": SessionStateEntryVisibility,
         "TestPathType": TestPathType}

# The .NET classes core cmdlets' output stands for (PSObjects carrying the class's name): each is a
# type literal, so `$m -is [Microsoft.PowerShell.Commands.MatchInfo]` holds as in PowerShell.
_COMMANDS = "Microsoft.PowerShell.Commands."
TYPES.update(object_types(*(_COMMANDS + name for name in (
    "MatchInfo", "MatchInfoContext", "GroupInfo", "MemberDefinition", "HistoryInfo", "GenericMeasureInfo",
    "TextMeasureInfo", "MeasureInfo"))))

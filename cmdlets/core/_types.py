"""The types of the core module that scripts may name in type literals and parameter types."""
from __future__ import annotations

from cmdlets.core._commands import CommandTypes
from cmdlets.core._filesystem import TYPES as _FILESYSTEM_TYPES
from pyshell.runtime.preferences import TYPES as _PREFERENCE_TYPES

TYPES = {**_FILESYSTEM_TYPES, **_PREFERENCE_TYPES, "CommandTypes": CommandTypes}

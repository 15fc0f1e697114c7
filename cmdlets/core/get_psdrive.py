"""Get-PSDrive: the drives of the session, the file system's and the session-state ones (Alias:,
Env:, Function:, Variable:), as PSDriveInfo objects."""
from __future__ import annotations

import os
import shutil

from cmdlets.core._providers import drive_info, providers
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.format.views import Column, View
from pyshell.runtime.conversion import ListOf, to_string
from pyshell.runtime.location import (Drive, IS_WINDOWS, current_drive, drive_not_found, native_drive_of,
                                      provider_object)
from pyshell.runtime.values import PSObject
from pyshell.runtime.wildcards import has_wildcards, wildcard_match

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

DRIVE_INFO = "System.Management.Automation.PSDriveInfo"
_GB = 1024 ** 3
NAME_SET, LITERAL_SET = "Name", "LiteralName"


def _gigabytes(key: str) -> Any:
    """A size column of the drive view: gigabytes with two decimals, blank for a drive with no sizes."""
    def column(drive: Any) -> str:
        used, free = drive.get("Used"), drive.get("Free")
        if not used and not free:
            return ""
        return f"{(drive.get(key) or 0) / _GB:.2f}"
    return column


def _provider_name(drive: Any) -> str:
    provider = drive.get("Provider")
    if isinstance(provider, PSObject):
        return to_string(provider.get("Name"))
    return to_string(provider).rsplit("\\", 1)[-1]


# PowerShellCore.format.ps1xml's "drive" table.
VIEWS = (View(DRIVE_INFO, "table", name="drive",
              columns=(Column("Name", width=10), Column("Used (GB)", _gigabytes("Used"), width=13, alignment="Right"),
                       Column("Free (GB)", _gigabytes("Free"), width=13, alignment="Right"),
                       Column("Provider", _provider_name, width=13), Column("Root", width=35),
                       Column("CurrentLocation", alignment="Right"))),)


def file_system_drive(ctx: Any, drive: Drive) -> PSObject:
    """A file-system drive with its sizes and, for the drive of the current location, where in it
    the session stands (relative to its root, as PowerShell shows it)."""
    try:
        usage = shutil.disk_usage(drive.root)
        used, free = usage.used, usage.free
    except OSError:
        used = free = 0
    here = ""
    if current_drive(ctx) == drive:     # each drive keeps its own location, as in PowerShell
        relative = os.path.relpath(ctx.location, drive.root)
        here = "" if relative == "." else relative
    return PSObject([("Used", used), ("Free", free), ("CurrentLocation", here), ("Name", drive.name),
                     ("Provider", provider_object()), ("Root", drive.root), ("Description", drive.description),
                     ("Credential", None), ("DisplayRoot", None)],
                    type_names=[DRIVE_INFO, "System.Object"], string_form=drive.name)


def session_drives(ctx: Any) -> list[PSObject]:
    """Every drive of the session, sorted by name as Get-PSDrive lists them."""
    drives: dict[str, PSObject] = {}
    natives = [native_drive_of(ctx.location)]
    if IS_WINDOWS:
        natives += [Drive(letter, f"{letter}:\\") for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                    if os.path.isdir(f"{letter}:\\")]
    for drive in natives + list(getattr(ctx, "drives", {}).values()):
        drives.setdefault(drive.name.lower(), file_system_drive(ctx, drive))
    for provider in providers().values():
        drives.setdefault(provider.drive.lower(), drive_info(provider))
    return [drives[key] for key in sorted(drives)]


class GetPSDrive(Cmdlet):
    """Gets drives in the current session."""

    verb, noun = "Get", "PSDrive"
    implementing_type = "Microsoft.PowerShell.Commands.GetPSDriveCommand"
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113327"
    output_types = (DRIVE_INFO,)
    default_set = NAME_SET
    description = ("Get-PSDrive lists the drives a path can start with: the file system's (with the space used "
                   "and free on each), the drives the session added (such as Pester's TestDrive:), and the "
                   "drives through which the session's own state is reached as items: Alias:, Env: (the "
                   "environment variables), Function: and Variable:. -Name picks drives by name, wildcards "
                   "allowed; a name without wildcards that matches no drive is an error. -PSProvider picks them "
                   "by provider (FileSystem, Alias, Environment, Function, Variable).")

    name = Parameter(ListOf(str), sets={NAME_SET: SetOptions(position=0, pipeline=True, by_property_name=True)},
                     help="The names of the drives to get, without the colon; wildcards are allowed.")
    literal_name = Parameter(ListOf(str), sets={LITERAL_SET: SetOptions(position=0, mandatory=True,
                                                                        by_property_name=True)},
                             help="The names of the drives to get, used exactly as typed.")
    ps_provider = Parameter(ListOf(str), name="PSProvider",
                            help="Only the drives of these providers (FileSystem, Environment, ...); wildcards "
                                 "are allowed.")
    scope = Parameter(str, help="Accepted for compatibility: pyshell's drives belong to the whole session.")

    examples = (
        Example("Get-PSDrive -PSProvider Environment, Variable | Select-Object Name, Root",
                "The drives through which environment variables and variables are read as items.",
                "\nName     Root\n----     ----\nEnv          \nVariable     \n\n\n"),
        Example("Get-ChildItem Env:PATH", "One environment variable, read through the Env: drive."),
    )

    def process(self) -> None:
        drives = session_drives(self.context)
        if self.ps_provider:
            drives = [d for d in drives if any(wildcard_match(p, _provider_name(d), strict=False)
                                               for p in self.ps_provider)]
        literal = self.is_bound(GetPSDrive.literal_name)
        wanted = (self.literal_name if literal else self.name) or []
        if not wanted:
            for drive in drives:
                self.write_object(drive)
            return
        for name in wanted:
            name = name.rstrip(":")
            if literal or not has_wildcards(name):
                found = [d for d in drives if to_string(d.get("Name")).lower() == name.lower()]
                if not found:
                    self.write_error(drive_not_found(name).record(self))
            else:
                found = [d for d in drives if wildcard_match(name, to_string(d.get("Name")), strict=False)]
            for drive in found:
                self.write_object(drive)

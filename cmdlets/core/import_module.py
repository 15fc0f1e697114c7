"""Import-Module: the modules pyshell has are loaded at start, so importing one is accepted."""
from __future__ import annotations

from cmdlets.core.get_module import listed_modules
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.values import SwitchParameter

# Names under which scripts import the Lync management module.
_ALSO_KNOWN_AS = {"skypeforbusiness": "lync", "lyncserver": "lync", "lynconline": "lync"}


class ImportModule(Cmdlet):
    """Adds a module's commands to the session (pyshell's modules are always loaded)."""

    verb, noun = "Import", "Module"
    implementing_type = "Microsoft.PowerShell.Commands.ImportModuleCommand"
    description = ("Scripts written for the Lync Server Management Shell often begin with Import-Module Lync (or "
                   "SkypeForBusiness). pyshell loads its modules when a session starts, so such a line succeeds and "
                   "changes nothing. A module pyshell does not have is an error, as in PowerShell.")

    name = Parameter(ListOf(str), position=0, mandatory=True, pipeline=True,
                     help="The name of the module to import, such as Lync or SkypeForBusiness.")
    force = Parameter(SwitchParameter, help="Accepted for compatibility; the module is already loaded.")
    pass_thru = Parameter(SwitchParameter, help="Writes the module (a PSModuleInfo, as Get-Module gives it).")
    disable_name_checking = Parameter(SwitchParameter, help="Accepted for compatibility.")

    examples = (
        Example("Import-Module Lync", "Accepted: the Lync module is loaded already.", ""),
        Example("Import-Module SkypeForBusiness", "The same, under the module's later name.", ""),
    )

    def process(self) -> None:
        listed = {info.get("Name").lower(): info for info in listed_modules(self.context)}
        for requested in self.name:
            key = requested.strip().lower()
            key = _ALSO_KNOWN_AS.get(key, key)
            if key in listed:
                if self.pass_thru:
                    self.write_object(listed[key])
                continue
            self.write_error(self.error_record(
                f"The specified module '{requested}' was not loaded because no valid module file was found in any "
                "module directory.", "Modules_ModuleNotFound", ErrorCategory.ResourceUnavailable, target=requested,
                exception_type="FileNotFoundException"))

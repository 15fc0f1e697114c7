"""The seam between the item cmdlets and PowerShell's session-state drives (Env:, Variable:,
Function:, Alias:).

A session-state drive is flat: its root is the one container and every item (an environment
variable, a variable, a function, an alias) is a leaf named by the text after the drive's colon.
`session_target` tells whether a path the user typed lands on such a drive; when it does not, the
item cmdlets go on with the file system exactly as before, so that path pays one pattern match.

Each drive kind is a `SessionProvider` (cmdlets/core/_session_providers.py) that lists, gets,
sets and removes items; the helpers below do what every cmdlet needs on top of that: wildcard
matching, the PS* properties PowerShell adds to each item, and the errors, in PowerShell's words.
"""
from __future__ import annotations

import re

from pyshell.errors import ErrorCategory
from pyshell.language import patterns
from pyshell.runtime.location import SESSION_STATE_DRIVES, path_not_found, split_qualifier
from pyshell.runtime.values import PSObject
from pyshell.runtime.wildcards import has_wildcards, wildcard_match
from pyshell.structs import dataclass

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Iterator

CORE = "Microsoft.PowerShell.Core\\"

# Environment::PATH, Microsoft.PowerShell.Core\Variable::x
_PROVIDER_QUALIFIED = patterns.compile(r"^(?:Microsoft\.PowerShell\.Core\\)?(Environment|Variable|Function|Alias)::",
                                       re.IGNORECASE)


class SessionProvider:
    """One kind of session-state drive. Subclasses answer for their own table of items."""

    name = ""                 # the provider's name (Environment)
    drive = ""                # its drive's name (Env)

    @property
    def full_name(self) -> str:
        return CORE + self.name

    # -- what a subclass gives ---------------------------------------------------------------
    def table(self, ctx: Any) -> dict[str, Any]:
        """name (as shown) -> the raw item, for every item the drive holds."""
        raise NotImplementedError

    def get(self, ctx: Any, name: str) -> Any:
        """The raw item called `name` (any case), or None."""
        wanted = name.lower()
        for shown, raw in self.table(ctx).items():
            if shown.lower() == wanted:
                return raw
        return None

    def shown_name(self, ctx: Any, name: str, raw: Any) -> str:
        return name

    def make_object(self, ctx: Any, name: str, raw: Any) -> Any:
        """The object Get-Item writes for an item."""
        raise NotImplementedError

    def value_of(self, raw: Any) -> Any:
        """What Get-Content reads from an item (and Copy-Item copies)."""
        return raw

    def set(self, cmdlet: Any, name: str, value: Any) -> Any:
        """Create or change an item; the raw item, or None after reporting why not."""
        raise NotImplementedError

    def remove(self, cmdlet: Any, name: str, force: bool) -> bool:
        """Delete an item; False after reporting why not."""
        raise NotImplementedError

    def can_rename(self, cmdlet: Any, name: str, raw: Any, force: bool) -> bool:
        return True

    # -- shared --------------------------------------------------------------------------------
    def item(self, ctx: Any, name: str, raw: Any, drive: bool = True) -> Any:
        """The item's object with the notes PowerShell's provider layer adds to it (PSPath, PSDrive,
        PSProvider, PSIsContainer) ahead of its own properties. These providers have no parents, so
        no PSParentPath or PSChildName; an item reached by a provider-qualified path (`drive` False)
        has no PSDrive either."""
        obj = self.make_object(ctx, name, raw)
        if not isinstance(obj, PSObject):
            return obj
        shown = self.shown_name(ctx, name, raw)
        notes = [("PSPath", f"{self.full_name}::{shown}")]
        if drive:
            notes.append(("PSDrive", drive_info(self)))
        notes += [("PSProvider", provider_info(self)), ("PSIsContainer", False)]
        return PSObject(notes + [(n, v) for n, v in obj.properties() if n.lower() not in _NOTE_KEYS],
                        type_names=obj.type_names, string_form=obj.string_form)


_NOTE_KEYS = ("pspath", "psdrive", "psprovider", "psiscontainer")


@dataclass(frozen=True)
class SessionTarget:
    """A path on a session-state drive: the provider and the item's name ('' for the drive itself)."""

    provider: SessionProvider
    name: str
    qualified: bool = False         # named through the provider (Environment::PATH): no drive

    @property
    def is_root(self) -> bool:
        return self.name == ""


def providers() -> dict[str, SessionProvider]:
    from cmdlets.core._session_providers import PROVIDERS
    return PROVIDERS


def session_target(ctx: Any, path: Any) -> SessionTarget | None:
    """Where `path` lands when it is on a session-state drive (env:PATH, Variable:\\x,
    Environment::PATH, or a relative name while the location is such a drive); None otherwise."""
    text = "" if path is None else str(path)
    m = _PROVIDER_QUALIFIED.match(text)
    if m is not None:
        by_name = {p.name.lower(): p for p in providers().values()}
        return SessionTarget(by_name[m.group(1).lower()], _item_name(text[m.end():]), qualified=True)
    drive, rest = split_qualifier(text)
    if drive is not None:
        key = drive.lower()
        if key not in _DRIVES or key in getattr(ctx, "drives", {}):
            return None
        return SessionTarget(providers()[key], _item_name(rest))
    here = getattr(ctx, "provider_location", None)
    if here:
        if text.startswith(("/", "\\", "~")) or is_file_system_qualified(text):
            return None
        return SessionTarget(providers()[here.lower()], _item_name(text))
    return None


_DRIVES = tuple(SESSION_STATE_DRIVES)


def is_file_system_qualified(text: str) -> bool:
    return text.lower().startswith(("filesystem::", "microsoft.powershell.core\\filesystem::"))


def _item_name(rest: str) -> str:
    name = rest.strip("\\/")
    return "" if name in (".", "") else name


def unescape(text: str) -> str:
    from cmdlets.core._filesystem import unescape as fs_unescape
    return fs_unescape(text)


def matching(ctx: Any, target: SessionTarget, literal: bool) -> tuple[list[tuple[str, Any]], bool]:
    """(name, raw item) for each item a path names, and whether it had wildcards. Wildcard matches
    come sorted by name; a plain name gives its item, or nothing when there is none."""
    provider = target.provider
    if literal or not has_wildcards(target.name):
        name = target.name if literal else unescape(target.name)
        raw = provider.get(ctx, name)
        return ([] if raw is None else [(provider.shown_name(ctx, name, raw), raw)]), False
    found = [(n, raw) for n, raw in provider.table(ctx).items() if wildcard_match(target.name, n, strict=False)]
    return sorted(found, key=lambda pair: pair[0].lower()), True


def all_items(ctx: Any, provider: SessionProvider) -> list[tuple[str, Any]]:
    """Every item of a drive, sorted by name ignoring case (as Get-ChildItem lists a drive's root)."""
    return sorted(provider.table(ctx).items(), key=lambda pair: pair[0].lower())


def existing_items(cmdlet: Any, target: SessionTarget, literal: bool) -> list[tuple[str, Any]]:
    """The items a path names; a plain name with nothing there is reported (PathNotFound)."""
    found, wild = matching(cmdlet.context, target, literal)
    if not found and not wild:
        cmdlet.write_error(path_not_found(target.name).record(cmdlet))
    return found


def name_kept(name: str, include: Any, exclude: Any, filter: str | None = None) -> bool:
    from cmdlets.core._filesystem import name_selected
    return name_selected(name, filter, include, exclude)


def not_supported(cmdlet: Any, operation: str = "") -> None:
    """What a provider answers for an operation it does not have."""
    cmdlet.write_error(cmdlet.error_record("Provider operation stopped because the provider does not support this "
                                           "operation.", "NotSupported", ErrorCategory.NotImplemented,
                                           exception_type="PSNotSupportedException"))


def argument_error(cmdlet: Any, message: str, target: Any) -> None:
    cmdlet.write_error(cmdlet.error_record(message, "Argument", ErrorCategory.InvalidArgument, target=target,
                                           exception_type="PSArgumentException"))


def each_target(cmdlet: Any, paths: Any, literal: bool) -> Iterator[tuple[str, SessionTarget | None]]:
    """Each path given to a command (empty ones reported, as the binder does) with where it lands on
    a session-state drive, or None for a file system path."""
    from cmdlets.core._filesystem import given_paths
    ctx = cmdlet.context
    for given in given_paths(cmdlet, paths, literal):
        yield given, session_target(ctx, given)


# -- drive and provider objects -------------------------------------------------------------------

def drive_info(provider: SessionProvider) -> PSObject:
    return PSObject([("Name", provider.drive), ("Root", ""), ("Description", _DESCRIPTIONS[provider.name]),
                     ("Provider", provider.full_name), ("CurrentLocation", "")],
                    type_names=["System.Management.Automation.PSDriveInfo", "System.Object"],
                    string_form=provider.drive)


def provider_info(provider: SessionProvider) -> PSObject:
    return PSObject([("Name", provider.name),
                     ("ImplementingType", f"Microsoft.PowerShell.Commands.{provider.name}Provider"),
                     ("ModuleName", "Microsoft.PowerShell.Core"), ("PSSnapIn", "Microsoft.PowerShell.Core"),
                     ("Drives", [provider.drive])],
                    type_names=["System.Management.Automation.ProviderInfo", "System.Object"],
                    string_form=provider.full_name)


_DESCRIPTIONS = {"Environment": "Drive containing a view of the environment variables for the process.",
                 "Variable": "Drive containing a view of those variables stored in session state.",
                 "Function": "Drive containing a view of the functions stored in session state.",
                 "Alias": "Drive containing a view of the aliases stored in session state."}

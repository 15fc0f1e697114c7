"""The session's current location and drives: how PowerShell paths become file system paths.

Every session keeps its own current location (`ExecutionContext.location`, an absolute native path)
and never changes the process's working directory, so several sessions in one process stay
independent. Relative paths everywhere (the file cmdlets, Out-File, script paths) are taken from it.

A path the user types may be:

- drive-qualified: `C:\\Windows`, `TestDrive:\\data.txt`, `TestDrive:` (the drive's root);
- provider-qualified: `Microsoft.PowerShell.Core\\FileSystem::/tmp/x` or `FileSystem::/tmp/x`;
- home-relative: `~`, `~/notes.txt`;
- absolute: `/tmp/x` (POSIX), `\\\\server\\share` (Windows), `\\x` (the current drive's root, Windows);
- relative to the current location: `data`, `.\\data`, `..\\data`.

Both `\\` and `/` separate names, as in PowerShell. A name followed by a colon is a drive: an
unknown one is PowerShell's DriveNotFound error. The native drives are implied (`/` on POSIX, the
letters that exist on Windows); others, such as Pester's `TestDrive:`, are added to `ctx.drives`.
A location reached through such a drive is shown through it (`TestDrive:\\sub`), as PowerShell
shows it, while the items found there carry their native paths.
"""
from __future__ import annotations

import os
import re
from pyshell.structs import dataclass
from pyshell.language import patterns
from pyshell.errors import ErrorCategory, ErrorRecord

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

IS_WINDOWS = os.name == "nt"
SEP = os.sep
PROVIDER = "Microsoft.PowerShell.Core\\FileSystem"
PROVIDER_PREFIX = PROVIDER + "::"

# Compiled through the installation's pattern cache: a start pays no re.compile for them.
_PROVIDER_QUALIFIED = patterns.compile(r"^(?:Microsoft\.PowerShell\.Core\\)?FileSystem::", re.IGNORECASE)
# A drive name: anything but the characters PowerShell forbids in one (; ~ / \ . :).
_DRIVE_QUALIFIED = patterns.compile(r"^([^;~/\\.:]+):(.*)$", re.DOTALL)


@dataclass(frozen=True)
class Drive:
    name: str
    root: str                  # the native directory the drive starts at
    description: str = ""
    native: bool = True        # the operating system's own drive: its paths are shown as they are

    @property
    def qualifier(self) -> str:
        return "" if self.native and not IS_WINDOWS else f"{self.name}:"


class PathProblem(Exception):
    """A path that cannot be used, with PowerShell's error id, message and category. Commands turn
    it into an ErrorRecord of their own (see `record`)."""

    def __init__(self, message: str, error_id: str, category: ErrorCategory, exception_type: str, target: Any):
        super().__init__(message)
        self.message = message
        self.error_id = error_id
        self.category = category
        self.exception_type = exception_type
        self.target = target

    def record(self, cmdlet: Any) -> ErrorRecord:
        return cmdlet.error_record(self.message, self.error_id, self.category, target=self.target,
                                   exception_type=self.exception_type)


def drive_not_found(name: str) -> PathProblem:
    return PathProblem(f"Cannot find drive. A drive with the name '{name}' does not exist.", "DriveNotFound",
                       ErrorCategory.ObjectNotFound, "DriveNotFoundException", name)


# The drives of PowerShell's session-state providers (cmdlets/core/_providers.py serves their items).
# What they hold is not a file: a command that opens a file there is refused, as PathUtils does.
SESSION_STATE_DRIVES = {"env": "Environment", "variable": "Variable", "function": "Function", "alias": "Alias"}


def not_a_file_system(provider: str) -> PathProblem:
    return PathProblem(f"Cannot open file because the current provider (Microsoft.PowerShell.Core\\{provider}) cannot "
                       "open a file.", "ReadWriteFileNotFileSystemProvider", ErrorCategory.InvalidArgument,
                       "PSInvalidOperationException", None)


def path_not_found(path: str) -> PathProblem:
    return PathProblem(f"Cannot find path '{path}' because it does not exist.", "PathNotFound",
                       ErrorCategory.ObjectNotFound, "ItemNotFoundException", path)


@dataclass(frozen=True)
class Resolved:
    """A path resolved against the session: where it is on disk and how PowerShell shows it. A
    location at the root of a session-state drive (Env:, Variable:, Function:, Alias:) names that
    drive in `session_drive`; `native` then keeps the file-system location under it."""

    native: str                # absolute, normalised, as the operating system names it
    drive: Drive
    session_drive: str = ""

    @property
    def ps_path(self) -> str:
        if self.session_drive:
            return f"{self.session_drive}:{SEP}"
        return show(self.native, self.drive)


# The providers of the session-state drives, by drive name (what PathInfo.Provider names).
_SESSION_PROVIDERS = {"env": "Environment", "variable": "Variable", "function": "Function", "alias": "Alias"}


def here(ctx: Any) -> Resolved:
    """The session's current location."""
    return Resolved(ctx.location, current_drive(ctx), ctx.provider_location or "")


# -- drives ---------------------------------------------------------------------------------------

def native_drive_of(native: str) -> Drive:
    """The operating system's drive holding an absolute native path."""
    if IS_WINDOWS:
        head, _ = os.path.splitdrive(native)
        if len(head) == 2 and head[1] == ":":
            return Drive(head[0].upper(), head[0].upper() + ":\\")
        return Drive(head or "\\", (head or "") + "\\")      # a UNC share: its own root
    return Drive("/", "/")


def find_drive(ctx: Any, name: str) -> Drive | None:
    """The drive called `name` (any case): one the session added, else a native one that exists."""
    added = getattr(ctx, "drives", {}).get(name.lower())
    if added is not None:
        return added
    if IS_WINDOWS:
        if len(name) == 1 and name.isalpha() and os.path.isdir(name + ":\\"):
            return Drive(name.upper(), name.upper() + ":\\")
        return None
    return Drive("/", "/") if name == "/" else None


def add_drive(ctx: Any, name: str, root: str, description: str = "") -> Drive:
    drive = Drive(name, os.path.abspath(root), description, native=False)
    ctx.drives[name.lower()] = drive
    return drive


def remove_drive(ctx: Any, name: str) -> None:
    """Forget a drive the session added. A current location reached through it moves to the
    native path it stood for."""
    drive = ctx.drives.pop(name.lower(), None)
    if drive is not None and ctx.location_drive and ctx.location_drive.lower() == name.lower():
        ctx.location_drive = ""
        _publish(ctx)


def current_drive(ctx: Any) -> Drive:
    if ctx.location_drive:
        drive = find_drive(ctx, ctx.location_drive)
        if drive is not None and _inside(ctx.location, drive.root):
            return drive
    return native_drive_of(ctx.location)


# -- resolving --------------------------------------------------------------------------------------

def _native_separators(text: str) -> str:
    return text.replace("/", "\\") if IS_WINDOWS else text.replace("\\", "/")


def _inside(native: str, root: str) -> bool:
    root = root.rstrip(SEP) + SEP
    return native == root.rstrip(SEP) or native.startswith(root) or native + SEP == root


def _join_under(root: str, rest: str) -> str:
    """`rest` below `root`; `..` never climbs above the root (as at a drive's root in PowerShell)."""
    parts = [p for p in _native_separators(rest).split(SEP) if p not in ("", ".")]
    kept: list[str] = []
    for part in parts:
        if part == "..":
            if kept:
                kept.pop()
        else:
            kept.append(part)
    return os.path.join(root, *kept) if kept else root


def _normal(native: str) -> str:
    out = os.path.normpath(native)
    if not IS_WINDOWS and out.startswith("//"):
        out = "/" + out.lstrip("/")
    return out


def split_qualifier(path: str) -> tuple[str | None, str]:
    """(drive name, rest) when `path` starts with `Name:`, else (None, path)."""
    m = _DRIVE_QUALIFIED.match(path)
    if m is None:
        return None, path
    return m.group(1), m.group(2)


def is_provider_qualified(path: str) -> bool:
    return _PROVIDER_QUALIFIED.match(path) is not None


def resolve(ctx: Any, path: str) -> Resolved:
    """Where `path` points, whether or not anything is there. Raises PathProblem (DriveNotFound)."""
    text = "" if path is None else str(path)
    m = _PROVIDER_QUALIFIED.match(text)
    if m is not None:
        native = _normal(_native_separators(text[m.end():]) or SEP)
        if not os.path.isabs(native):
            native = _normal(os.path.join(ctx.location, native))
        return Resolved(native, native_drive_of(native))
    name, rest = split_qualifier(text)
    if name is not None:
        drive = find_drive(ctx, name)
        if drive is None:
            provider = SESSION_STATE_DRIVES.get(name.lower())
            raise drive_not_found(name) if provider is None else not_a_file_system(provider)
        return Resolved(_join_under(drive.root, rest), drive)
    if text == "~" or text.startswith(("~/", "~\\")):
        native = _normal(os.path.join(os.path.expanduser("~"), _native_separators(text[2:])))
        return Resolved(native, native_drive_of(native))
    converted = _native_separators(text)
    if IS_WINDOWS and converted.startswith("\\\\"):
        native = _normal(converted)
        return Resolved(native, native_drive_of(native))
    if converted.startswith(SEP):
        if IS_WINDOWS:
            drive = current_drive(ctx)
            return Resolved(_join_under(drive.root, converted), drive)
        native = _normal(converted)
        return Resolved(native, native_drive_of(native))
    if ctx.provider_location:
        # relative to a session-state drive's location (after `cd Env:`): not a file
        raise not_a_file_system(SESSION_STATE_DRIVES[ctx.provider_location.lower()])
    drive = current_drive(ctx)
    if not drive.native:
        relative = os.path.relpath(ctx.location, drive.root)
        base = "" if relative == "." else relative
        return Resolved(_join_under(drive.root, os.path.join(base, converted)), drive)
    return Resolved(_normal(os.path.join(ctx.location, converted)), drive)


def native_path(ctx: Any, path: str) -> str:
    """The absolute file system path for what the user typed (raises PathProblem)."""
    return resolve(ctx, path).native


def show(native: str, drive: Drive | None) -> str:
    """A native path as PowerShell shows it through `drive` (`TestDrive:\\x` for an added drive)."""
    if drive is None or drive.native or not _inside(native, drive.root):
        return native
    relative = os.path.relpath(native, drive.root)
    return f"{drive.name}:{SEP}" + ("" if relative == "." else relative)


def provider_path(native: str) -> str:
    """The provider-qualified form PowerShell puts in PSPath."""
    return PROVIDER_PREFIX + native


# -- the current location ----------------------------------------------------------------------------

def location_text(ctx: Any) -> str:
    """The current location as Get-Location and the prompt show it."""
    return here(ctx).ps_path


def set_location(ctx: Any, resolved: Resolved) -> None:
    if resolved.session_drive:
        ctx.provider_location = resolved.session_drive      # the file-system location stays under it
    else:
        ctx.location = resolved.native
        ctx.location_drive = "" if resolved.drive.native else resolved.drive.name
        ctx.provider_location = None
    _publish(ctx)


def _publish(ctx: Any) -> None:
    """$PWD and $ExecutionContext.SessionState.Path.CurrentLocation follow the location (a
    PathInfo, as in PowerShell); CurrentFileSystemLocation stays on the file system while the
    location is on a session-state drive."""
    info = path_info(ctx, here(ctx))
    ctx.global_scope.vars["pwd"] = info
    path = ctx.path_intrinsics
    if path is not None:
        path.set("CurrentLocation", info)
        path.set("CurrentFileSystemLocation", info if not ctx.provider_location else
                 path_info(ctx, Resolved(ctx.location, current_drive(ctx))))


def drive_object(drive: Drive) -> Any:
    from pyshell.runtime.values import PSObject
    return PSObject([("Name", drive.name), ("Root", drive.root), ("Description", drive.description),
                     ("Provider", PROVIDER), ("CurrentLocation", "")],
                    type_names=["System.Management.Automation.PSDriveInfo", "System.Object"], string_form=drive.name)


def provider_object() -> Any:
    from pyshell.runtime.values import PSObject
    return PSObject([("Name", "FileSystem"), ("ImplementingType", "Microsoft.PowerShell.Commands.FileSystemProvider"),
                     ("ModuleName", "Microsoft.PowerShell.Core"), ("PSSnapIn", "Microsoft.PowerShell.Core")],
                    type_names=["System.Management.Automation.ProviderInfo", "System.Object"], string_form=PROVIDER)


PATH_INFO = "System.Management.Automation.PathInfo"


def path_info(ctx: Any, resolved: Resolved) -> Any:
    """A PathInfo: what Get-Location, Resolve-Path and $PWD give (its string is the path)."""
    from pyshell.runtime.values import PSObject
    shown = resolved.ps_path
    if resolved.session_drive:
        name = resolved.session_drive
        provider = "Microsoft.PowerShell.Core\\" + _SESSION_PROVIDERS.get(name.lower(), name)
        drive = PSObject([("Name", name), ("Root", ""), ("Description", ""), ("Provider", provider),
                          ("CurrentLocation", "")],
                         type_names=["System.Management.Automation.PSDriveInfo", "System.Object"], string_form=name)
        return PSObject([("Drive", drive), ("Provider", provider), ("ProviderPath", ""), ("Path", shown)],
                        type_names=[PATH_INFO, "System.Object"], string_form=shown, equals_by_string=True)
    return PSObject([("Drive", drive_object(resolved.drive)), ("Provider", provider_object()),
                     ("ProviderPath", resolved.native), ("Path", shown)],
                    type_names=[PATH_INFO, "System.Object"], string_form=shown, equals_by_string=True)


# -- Push-Location's stacks ---------------------------------------------------------------------------

DEFAULT_STACK = "default"


def stack_not_found(name: str) -> PathProblem:
    return PathProblem(f"Cannot find location stack '{name}'. It does not exist or it is not a container.",
                       "StackNotFound", ErrorCategory.ObjectNotFound, "ItemNotFoundException", name)


def push_location(ctx: Any, stack_name: str | None = None) -> None:
    """Put the current location on a stack (the default one unless named)."""
    key = (stack_name or ctx.default_stack).lower()
    ctx.location_stacks.setdefault(key, []).append(here(ctx))


def pop_location(ctx: Any, stack_name: str | None = None) -> Resolved | None:
    """Take the newest location off a stack; None when the default stack is empty. A named stack
    that does not exist is StackNotFound; one that empties goes away (unless it is the default)."""
    name = stack_name or ctx.default_stack
    key = name.lower()
    entries = ctx.location_stacks.get(key)
    if not entries:
        if stack_name and key != DEFAULT_STACK and key != ctx.default_stack.lower():
            raise stack_not_found(stack_name)
        return None
    top = entries.pop()
    if not entries and key != DEFAULT_STACK:
        del ctx.location_stacks[key]
    return top


def location_stack(ctx: Any, stack_name: str | None = None) -> list[Resolved]:
    """A stack's entries, newest first (StackNotFound for a named stack that does not exist)."""
    key = (stack_name or ctx.default_stack).lower()
    if key not in ctx.location_stacks:
        if stack_name and key != DEFAULT_STACK:
            raise stack_not_found(stack_name)
        return []
    return list(reversed(ctx.location_stacks[key]))


def set_default_stack(ctx: Any, stack_name: str | None) -> None:
    """Set-Location -StackName: the stack Push-Location and Pop-Location use by default (it must
    exist, unless it is the default stack)."""
    name = stack_name or DEFAULT_STACK
    if name.lower() != DEFAULT_STACK and name.lower() not in ctx.location_stacks:
        raise stack_not_found(name)
    ctx.default_stack = name


def initialise(ctx: Any, directory: str | None = None) -> None:
    """Give a new session its location (the process's working directory) and $PWD."""
    ctx.location = _normal(os.path.abspath(directory or os.getcwd()))
    ctx.location_drive = ""
    ctx.provider_location = None
    _publish(ctx)

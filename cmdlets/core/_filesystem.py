"""The FileSystem provider the item cmdlets share: file and directory objects as PowerShell shows
them (System.IO.FileInfo / DirectoryInfo), path wildcards, directory listings and their display.

Paths are resolved against the session (pyshell/runtime/location.py). As in Windows PowerShell 5.1:

- a listing gives a directory's subdirectories first, then its files, each sorted by name ignoring
  case; hidden items (on POSIX, names that start with a dot) only with -Force;
- wildcards in a path (`*`, `?`, `[a-z]`; a backtick escapes) match names ignoring case, and skip
  hidden items unless -Force; a wildcard path that matches nothing is not an error, a plain path
  that does not exist is PathNotFound;
- -Filter takes only `*` and `?` and is applied by the provider; -Include and -Exclude are
  wildcard patterns matched against item names.

An item's Mode is 5.1's six letters: d(irectory) a(rchive) r(ead-only) h(idden) s(ystem)
l(ink). POSIX files have no archive bit; they are shown with it, as Windows gives every new file.
"""
from __future__ import annotations

import datetime as _dt
import enum
import os
import re
import stat as _stat
from pyshell.errors import ErrorCategory
from pyshell.format.views import Column, View
from pyshell.runtime.conversion import to_string
from pyshell.runtime.location import (IS_WINDOWS, PATH_INFO, PROVIDER_PREFIX, Drive, PathProblem, Resolved,
                                      drive_object, native_drive_of, path_not_found, provider_object, provider_path,
                                      resolve)
from pyshell.runtime.types import NamedPSObjectType
from pyshell.runtime.values import ComputedProperty, PSEnum, PSObject
from pyshell.runtime.wildcards import has_wildcards, wildcard_match

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Iterable, Iterator

FILE_INFO = "System.IO.FileInfo"
DIRECTORY_INFO = "System.IO.DirectoryInfo"
FILE_SYSTEM_INFO = "System.IO.FileSystemInfo"
_BASE_TYPES = [FILE_SYSTEM_INFO, "System.MarshalByRefObject", "System.Object"]

# System.IO.FileAttributes, in the order .NET lists a combination.
_ATTRIBUTE_BITS = (("ReadOnly", 0x1), ("Hidden", 0x2), ("System", 0x4), ("Directory", 0x10), ("Archive", 0x20),
                   ("Device", 0x40), ("Normal", 0x80), ("Temporary", 0x100), ("SparseFile", 0x200),
                   ("ReparsePoint", 0x400), ("Compressed", 0x800), ("Offline", 0x1000),
                   ("NotContentIndexed", 0x2000), ("Encrypted", 0x4000))
READ_ONLY, HIDDEN, SYSTEM, DIRECTORY, ARCHIVE, REPARSE_POINT = 0x1, 0x2, 0x4, 0x10, 0x20, 0x400


# -- attributes ------------------------------------------------------------------------------------

def attribute_mask(native: str, st: os.stat_result, link: bool) -> int:
    """The FileAttributes of an item: Windows's own bits, or their POSIX equivalents."""
    win = getattr(st, "st_file_attributes", None)
    if win is not None:
        return int(win)
    is_dir = _stat.S_ISDIR(st.st_mode)
    mask = DIRECTORY if is_dir else ARCHIVE
    if not st.st_mode & _stat.S_IWUSR:
        mask |= READ_ONLY
    if os.path.basename(native).startswith(".") and native != os.sep:
        mask |= HIDDEN
    if link:
        mask |= REPARSE_POINT
    return mask


def attributes_text(mask: int) -> str:
    names = [name for name, bit in _ATTRIBUTE_BITS if mask & bit]
    return ", ".join(names) if names else "0"


def mode_text(mask: int) -> str:
    return "".join(letter if mask & bit else "-" for letter, bit in
                   (("d", DIRECTORY), ("a", ARCHIVE), ("r", READ_ONLY), ("h", HIDDEN), ("s", SYSTEM),
                    ("l", REPARSE_POINT)))


def is_hidden(native: str) -> bool:
    """Hidden (or system) as a listing without -Force decides it."""
    try:
        st = os.lstat(native)
    except OSError:
        return False
    return bool(attribute_mask(native, st, False) & (HIDDEN | SYSTEM))


class FileAttributes(PSEnum, enum.Flag):
    """System.IO.FileAttributes: a flags value (-band works on it) written as .NET writes one,
    "Archive, ReparsePoint"."""

    ReadOnly = 0x1
    Hidden = 0x2
    System = 0x4
    Directory = 0x10
    Archive = 0x20
    Device = 0x40
    Normal = 0x80
    Temporary = 0x100
    SparseFile = 0x200
    ReparsePoint = 0x400
    Compressed = 0x800
    Offline = 0x1000
    NotContentIndexed = 0x2000
    Encrypted = 0x4000

    @property
    def name(self) -> str:          # type: ignore[override]
        return attributes_text(self.value)


FileAttributes._ps_type_name = "System.IO.FileAttributes"  # type: ignore[attr-defined]


def _attributes_value(mask: int) -> FileAttributes:
    return FileAttributes(mask & 0x7FFF)


# -- items -------------------------------------------------------------------------------------------

def extension_of(name: str) -> str:
    """.NET's Path.GetExtension: from the last dot, unless the dot ends the name."""
    dot = name.rfind(".")
    if dot == -1 or dot == len(name) - 1:
        return ""
    return name[dot:]


def _local(ts: float) -> _dt.datetime:
    return _dt.datetime.fromtimestamp(ts)


def _utc(ts: float) -> _dt.datetime:
    return _dt.datetime.fromtimestamp(ts, _dt.timezone.utc)


class _Later(ComputedProperty):
    """A property made only when read (an item's Directory, Parent and Root are items themselves)."""

    __slots__ = ("make", "text")
    member_type = "Property"

    def __init__(self, make: Callable[[], Any], text: str):
        self.make = make
        self.text = text            # how Get-Member shows it

    def definition(self) -> str:
        return self.text

    def read(self, owner: PSObject) -> Any:
        return self.make()

    def write(self, owner: PSObject, value: Any) -> None:
        from pyshell.errors import ErrorRecord, PSError
        raise PSError(ErrorRecord("The property is read-only.", "PropertyAssignmentException",
                                  ErrorCategory.InvalidOperation, "SetValueInvocationException"))


def parent_of(native: str) -> str:
    parent = os.path.dirname(native)
    return "" if parent == native else parent


def item(native: str, drive: Drive | None = None, string_form: str | None = None) -> PSObject | None:
    """The FileInfo or DirectoryInfo for a native path, or None when nothing is there.
    `string_form` is what the item's ToString() gives (its full name unless said otherwise)."""
    try:
        lst = os.lstat(native)
    except OSError:
        return None
    link = _stat.S_ISLNK(lst.st_mode)
    st = lst
    if link:
        try:
            st = os.stat(native)
        except OSError:
            st = lst                     # a dangling link is shown as the link itself
    drive = drive or native_drive_of(native)
    is_dir = _stat.S_ISDIR(st.st_mode)
    mask = attribute_mask(native, st, link)
    if link and not mask & REPARSE_POINT:
        mask |= REPARSE_POINT
    name = os.path.basename(native) or native
    parent = parent_of(native)
    ext = extension_of(name)
    hard_link = not link and not is_dir and st.st_nlink > 1      # 5.1 marks these l too, as HardLink
    target: list[str] = []
    if link:
        try:
            target = [os.readlink(native)]
        except OSError:
            target = []
    created = getattr(st, "st_birthtime", None) or st.st_ctime
    props: list[tuple[str, Any]] = [
        ("PSPath", provider_path(native)),
        ("PSParentPath", provider_path(parent) if parent else ""),
        ("PSChildName", name),
        ("PSDrive", drive_object(drive)),
        ("PSProvider", provider_object()),
        ("PSIsContainer", is_dir),
        ("Mode", mode_text(mask) if not hard_link else mode_text(mask)[:5] + "l"),
        ("BaseName", name if is_dir or not ext else name[:-len(ext)]),
        ("Target", target),
        ("LinkType", "SymbolicLink" if link else ("HardLink" if hard_link else None)),
        ("Name", name),
    ]
    if is_dir:
        props += [("FullName", native),
                  ("Parent", _Later(lambda: item(parent, drive) if parent else None,
                                    "System.IO.DirectoryInfo Parent {get;}")),
                  ("Exists", True),
                  ("Root", _Later(lambda: item(native_drive_of(native).root, drive),
                                  "System.IO.DirectoryInfo Root {get;}"))]
    else:
        props += [("Length", st.st_size),
                  ("DirectoryName", parent),
                  ("Directory", _Later(lambda: item(parent, drive) if parent else None,
                                       "System.IO.DirectoryInfo Directory {get;}")),
                  ("IsReadOnly", bool(mask & READ_ONLY)),
                  ("Exists", True),
                  ("FullName", native)]
    props += [("Extension", ext),
              ("CreationTime", _local(created)), ("CreationTimeUtc", _utc(created)),
              ("LastAccessTime", _local(st.st_atime)), ("LastAccessTimeUtc", _utc(st.st_atime)),
              ("LastWriteTime", _local(st.st_mtime)), ("LastWriteTimeUtc", _utc(st.st_mtime)),
              ("Attributes", _attributes_value(mask))]
    obj = PSObject(props, type_names=[DIRECTORY_INFO if is_dir else FILE_INFO, *_BASE_TYPES],
                   string_form=native if string_form is None else string_form)
    obj._members = {}        # the _Later properties are read through ComputedProperty
    return obj


def hidden_item_error(cmdlet: Any, native: str) -> Any:
    """The provider's answer when a hidden item is asked for by name without -Force."""
    return cmdlet.error_record(f"Could not find item {native}.", "ItemNotFound", ErrorCategory.ObjectNotFound,
                               target=native, exception_type="IOException")


def is_item(obj: Any) -> bool:
    return isinstance(obj, PSObject) and FILE_SYSTEM_INFO in obj.type_names


def missing_item(native: str, directory: bool) -> PSObject:
    """What .NET makes of a path where nothing is: an item whose Exists is $false."""
    name = os.path.basename(native) or native
    ext = extension_of(name)
    parent = parent_of(native)
    props: list[tuple[str, Any]] = [("Name", name), ("FullName", native), ("Extension", ext),
                                    ("BaseName", name if directory or not ext else name[:-len(ext)]),
                                    ("Exists", False)]
    if not directory:
        props[2:2] = [("DirectoryName", parent)]
    return PSObject(props, type_names=[DIRECTORY_INFO if directory else FILE_INFO, *_BASE_TYPES],
                    string_form=native)


class _ItemType:
    """[System.IO.FileInfo], [System.IO.DirectoryInfo] and [System.IO.FileSystemInfo] in scripts: `-is`
    tests the item's type; a cast takes an item of the type, or a path (taken, as .NET takes it, from
    the process's directory)."""

    ps_type_name = FILE_SYSTEM_INFO
    directory: bool | None = None

    @classmethod
    def ps_convert(cls, value: Any) -> PSObject:
        from pyshell.runtime.conversion import PSConversionError
        if is_item(value) and cls.ps_type_name in value.type_names:
            return value
        if isinstance(value, str) and value and cls.directory is not None:
            native = os.path.abspath(os.path.expanduser(value))
            found = item(native)
            if found is None:
                return missing_item(native, cls.directory)
            if cls.ps_type_name in found.type_names:
                return found
        raise PSConversionError(value, cls.ps_type_name)


class FileInfoType(_ItemType):
    ps_type_name = FILE_INFO
    directory = False


class DirectoryInfoType(_ItemType):
    ps_type_name = DIRECTORY_INFO
    directory = True


class FileSystemInfoType(_ItemType):
    ps_type_name = FILE_SYSTEM_INFO


class PathInfoType(NamedPSObjectType):
    """[System.Management.Automation.PathInfo]: what Get-Location and Resolve-Path write."""

    ps_type_name = PATH_INFO


TYPES = {"FileInfo": FileInfoType, "DirectoryInfo": DirectoryInfoType, "FileSystemInfo": FileSystemInfoType,
         "FileAttributes": FileAttributes, "PathInfo": PathInfoType}


# -- wildcards -------------------------------------------------------------------------------------

def unescape(text: str) -> str:
    """A path with PowerShell's wildcard escapes (`[ `* ...) taken out."""
    if "`" not in text:
        return text
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "`" and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


_FILTER_CACHE: dict[str, re.Pattern] = {}


def filter_match(pattern: str, name: str) -> bool:
    """-Filter: the provider's own patterns, `*` and `?` only, ignoring case."""
    rx = _FILTER_CACHE.get(pattern)
    if rx is None:
        body = "".join(".*" if ch == "*" else "." if ch == "?" else re.escape(ch) for ch in pattern)
        rx = _FILTER_CACHE[pattern] = re.compile(body + r"\Z", re.IGNORECASE | re.DOTALL)
    return rx.match(name) is not None


def matches_any(name: str, patterns: Iterable[str] | None, default: bool) -> bool:
    pats = [p for p in patterns or () if p is not None]
    if not pats:
        return default
    return any(wildcard_match(p, name, strict=False) for p in pats)


def name_selected(name: str, filter: str | None, include: Iterable[str] | None,
                  exclude: Iterable[str] | None) -> bool:
    """-Filter, -Include and -Exclude together: whether an item called `name` is one to work on."""
    if filter and not filter_match(filter, name):
        return False
    return matches_any(name, include, True) and not matches_any(name, exclude, False)


def children(directory: str, force: bool) -> tuple[list[str], list[str]]:
    """(subdirectories, files) of a directory as full native paths, each sorted by name ignoring
    case; hidden ones only with `force`. Raises OSError when the directory cannot be read."""
    dirs: list[str] = []
    files: list[str] = []
    with os.scandir(directory) as entries:
        for entry in entries:
            path = entry.path
            if not force and is_hidden(path):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(path)
    key = _name_key
    return sorted(dirs, key=key), sorted(files, key=key)


def _name_key(path: str) -> tuple[str, str]:
    name = os.path.basename(path)
    return name.lower(), name


def glob(ctx: Any, path: str, force: bool) -> tuple[list[Resolved], bool]:
    """The items a -Path names: (matches, whether it had wildcards). A path without wildcards gives
    itself, whether or not it exists (its backtick escapes taken out). Raises PathProblem."""
    if not has_wildcards(path):
        return [resolve(ctx, unescape(path))], False
    first = resolve(ctx, path)
    drive = first.drive
    root = _root_of(first.native)
    rest = first.native[len(root):]
    found = [root]
    for part in [p for p in rest.split(os.sep) if p]:
        nxt: list[str] = []
        if has_wildcards(part):
            for base in found:
                if not os.path.isdir(base):
                    continue
                try:
                    dirs, files = children(base, force)
                except OSError:
                    continue
                nxt.extend(p for p in dirs + files if wildcard_match(part, os.path.basename(p), strict=False))
        else:
            name = unescape(part)
            nxt = [os.path.join(base, name) for base in found if os.path.lexists(os.path.join(base, name))]
        found = nxt
        if not found:
            break
    return [Resolved(p, drive) for p in found], True


def _root_of(native: str) -> str:
    if IS_WINDOWS:
        head, _ = os.path.splitdrive(native)
        return head + os.sep
    return os.sep


def _binding_error(cmdlet: Any, name: str, null: bool) -> Any:
    what = "null" if null else "an empty string"
    error_id = ("ParameterArgumentValidationErrorNullNotAllowed" if null
                else "ParameterArgumentValidationErrorEmptyStringNotAllowed")
    return cmdlet.error_record(f"Cannot bind argument to parameter '{name}' because it is {what}.", error_id,
                               ErrorCategory.InvalidData, exception_type="ParameterBindingValidationException")


def check_path_arguments(cmdlet: Any, *params: Any) -> None:
    """For a command's begin: a mandatory path parameter given $null, $() or "" on the command line
    stops the command with PowerShell's binding error (piped values are checked by given_paths)."""
    for param in params:
        if not cmdlet.is_bound(param):
            continue
        value = getattr(cmdlet, param.attr)
        values = value if isinstance(value, list) else [value]
        if value is None or not values or any(v is None for v in values):
            cmdlet.throw_terminating(_binding_error(cmdlet, param.name, null=True))
        if any(v == "" for v in values):
            cmdlet.throw_terminating(_binding_error(cmdlet, param.name, null=False))


def given_paths(cmdlet: Any, paths: Iterable[Any] | None, literal: bool) -> list[str]:
    """The paths a command was given as text. An empty or null one is reported as PowerShell's
    binder reports it for a mandatory path parameter, and left out."""
    name = "LiteralPath" if literal else "Path"
    out: list[str] = []
    for given in paths or ():
        if given is None or given == "":
            cmdlet.write_error(_binding_error(cmdlet, name, null=given is None))
            continue
        out.append(to_string(given))
    return out


def resolve_paths(cmdlet: Any, paths: Iterable[str] | None, literal: bool, force: bool = False,
                  must_exist: bool = True) -> Iterator[Resolved]:
    """Each path given to a command, resolved and with its wildcards expanded (none for
    -LiteralPath); a drive that does not exist or (with `must_exist`) a plain path with nothing
    there is reported as a non-terminating error and skipped."""
    for given in given_paths(cmdlet, paths, literal):
        yield from path_items(cmdlet, given, literal, force, must_exist)


def each_to_destination(cmdlet: Any, act: Callable[[Resolved, Resolved], None],
                        paths: Iterable[str] | None = None) -> None:
    """Copy-Item and Move-Item: `act(item, destination)` for each item the command's paths (or
    `paths`) name that -Filter, -Include and -Exclude keep. -Destination is the current location
    when left out; one that cannot be resolved is reported and nothing is done."""
    ctx = cmdlet.context
    try:
        destination = resolve(ctx, cmdlet.destination) if cmdlet.destination else resolve(ctx, ".")
    except PathProblem as problem:
        cmdlet.write_error(problem.record(cmdlet))
        return
    literal = cmdlet.parameter_set_name == "LiteralPath"
    if paths is None:
        paths = cmdlet.literal_path if literal else cmdlet.path
    for match in resolve_paths(cmdlet, paths, literal, bool(cmdlet.force)):
        if name_selected(os.path.basename(match.native), cmdlet.filter, cmdlet.include, cmdlet.exclude):
            act(match, destination)


def path_items(cmdlet: Any, path: str, literal: bool = False, force: bool = False,
               must_exist: bool = True) -> list[Resolved]:
    """The items one path names (see resolve_paths); none after reporting a problem."""
    try:
        if literal:
            matches, wild = [resolve(cmdlet.context, path)], False
        else:
            matches, wild = glob(cmdlet.context, path, force)
    except PathProblem as problem:
        cmdlet.write_error(problem.record(cmdlet))
        return []
    if not wild and must_exist and not os.path.lexists(matches[0].native):
        cmdlet.write_error(path_not_found(matches[0].ps_path).record(cmdlet))
        return []
    return matches


def os_error(cmdlet: Any, exc: OSError, native: str, error_id: str, category: ErrorCategory | None = None) -> Any:
    """An ErrorRecord for an OS error on `native`, in .NET's words."""
    if isinstance(exc, PermissionError):
        return cmdlet.error_record(f"Access to the path '{native}' is denied.", error_id,
                                   category or ErrorCategory.PermissionDenied, target=native,
                                   exception_type="UnauthorizedAccessException")
    if isinstance(exc, FileNotFoundError):
        return cmdlet.error_record(f"Could not find a part of the path '{native}'.", error_id,
                                   category or ErrorCategory.ObjectNotFound, target=native,
                                   exception_type="DirectoryNotFoundException")
    if isinstance(exc, FileExistsError):
        return cmdlet.error_record("Cannot create a file when that file already exists.", error_id,
                                   category or ErrorCategory.WriteError, target=native, exception_type="IOException")
    return cmdlet.error_record(f"{exc.strerror or exc}", error_id, category or ErrorCategory.WriteError,
                               target=native, exception_type="IOException")


def in_use(ctx: Any, native: str) -> bool:
    """True when `native` is the session's current location or one of its parents."""
    here = ctx.location
    return here == native or here.startswith(native.rstrip(os.sep) + os.sep)


# -- display ---------------------------------------------------------------------------------------

def _last_write(obj: Any) -> str:
    from pyshell.runtime.datetimes import format_datetime
    when = obj.get("LastWriteTime")
    if not isinstance(when, _dt.datetime):
        return ""
    return f"{format_datetime(when, 'd'):>10}  {format_datetime(when, 't'):>8}"


def _directory_header(obj: Any) -> str:
    parent = to_string(obj.get("PSParentPath") if isinstance(obj, PSObject) else "")
    return "    Directory: " + parent.replace(PROVIDER_PREFIX, "") + "\n"


def _bracketed(obj: Any) -> str:
    return f"[{to_string(obj.get('Name'))}]"


_LIST_ITEMS = ("Name", "CreationTime", "LastWriteTime", "LastAccessTime", "Mode", "LinkType", "Target")

# FileSystem.format.ps1xml's "children" views, grouped by the parent directory under the header
# "    Directory: <path>": a table of Mode, LastWriteTime (short date and time), Length and Name;
# a list (files add Length); a wide view with directories in brackets.
VIEWS = (
    View(FILE_SYSTEM_INFO, "table", name="children", group_by="PSParentPath", group_header=_directory_header,
         wrap=True,
         columns=(Column("Mode", "Mode", 7, "Left"), Column("LastWriteTime", _last_write, 25, "Right"),
                  Column("Length", "Length", 14, "Right"), Column("Name", "Name"))),
    View(FILE_SYSTEM_INFO, "list", name="children", group_by="PSParentPath", group_header=_directory_header,
         properties=_LIST_ITEMS,
         entries_by_type=((FILE_INFO, ("Name", "Length") + _LIST_ITEMS[1:]),)),
    View(FILE_SYSTEM_INFO, "wide", name="children", group_by="PSParentPath", group_header=_directory_header,
         properties=("Name",), entries_by_type=((DIRECTORY_INFO, (Column(None, _bracketed),)),)),
    # PowerShellCore.format.ps1xml: Get-Location, Resolve-Path and $PWD as a one-column Path table.
    View(PATH_INFO, "table", name="PathInfo", columns=(Column("Path"),)),
)

"""The changing operations of the session-state drives, shared by Set-Item, New-Item, Remove-Item,
Rename-Item, Clear-Item, Copy-Item and the content cmdlets: each asks ShouldProcess with the
provider's own words ("Set Item", "Item: NAME Value: VALUE") and then lets the drive's provider do
the work."""
from __future__ import annotations

from cmdlets.core._providers import SessionTarget, argument_error, existing_items, matching, name_kept
from pyshell.runtime.conversion import to_string

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def set_item(cmdlet: Any, target: SessionTarget, value: Any, pass_thru: bool = False) -> None:
    """Set-Item / Set-Content: create or change the item `target` names (wildcards change every match)."""
    ctx = cmdlet.context
    if target.is_root:
        argument_error(cmdlet, "Cannot process argument because the value of argument \"name\" is not valid. Change "
                               "the value of the \"name\" argument and run the operation again.", "")
        return
    found, wild = matching(ctx, target, False)
    names = [name for name, _ in found] if wild else [target.name]
    for name in names:
        if not cmdlet.should_process(f"Item: {name} Value: {_shown(value)}", "Set Item"):
            continue
        raw = target.provider.set(cmdlet, name, value)
        if pass_thru and raw is not None:
            cmdlet.write_object(target.provider.item(ctx, name, raw, not target.qualified))


def new_item(cmdlet: Any, target: SessionTarget, value: Any, force: bool, item_type: str | None) -> None:
    """New-Item: a new item; one that exists already needs -Force. A value is required."""
    ctx = cmdlet.context
    if target.is_root:
        argument_error(cmdlet, "Cannot process argument because the value of argument \"path\" is not valid. Change "
                               "the value of the \"path\" argument and run the operation again.", "")
        return
    if value is None:
        cmdlet.write_error(cmdlet.error_record("Value cannot be null.\r\nParameter name: value",
                                               "NewItemValueNotSpecified", _category("InvalidArgument"),
                                               target=target.name, exception_type="ArgumentNullException"))
        return
    if target.provider.get(ctx, target.name) is not None and not force:
        argument_error(cmdlet, f"The item at path '{target.name}' already exists.", target.name)
        return
    if not cmdlet.should_process(f"Item: {target.name} Type: {item_type or ''} Value: {_shown(value)}", "New Item"):
        return
    raw = target.provider.set(cmdlet, target.name, value)
    if raw is not None:
        cmdlet.write_object(target.provider.item(ctx, target.name, raw, not target.qualified))


def remove_items(cmdlet: Any, target: SessionTarget, literal: bool, force: bool) -> None:
    """Remove-Item: every item the path names (a plain name with nothing there is PathNotFound)."""
    if target.is_root:
        argument_error(cmdlet, "Cannot process argument because the value of argument \"path\" is not valid. Change "
                               "the value of the \"path\" argument and run the operation again.", "")
        return
    for name, _ in existing_items(cmdlet, target, literal):
        if cmdlet.should_process(f"Item: {name}", "Remove Item"):
            target.provider.remove(cmdlet, name, force)


def clear_items(cmdlet: Any, target: SessionTarget, literal: bool) -> None:
    """Clear-Item: the items keep their names and lose their values (an environment variable, a
    function and an alias go away, as their providers have no empty value)."""
    for name, _ in existing_items(cmdlet, target, literal):
        if cmdlet.should_process(f"Item: {name}", "Clear Item"):
            target.provider.set(cmdlet, name, None) if target.provider.name != "Alias" \
                else target.provider.remove(cmdlet, name, True)


def rename_item(cmdlet: Any, target: SessionTarget, new_name: str, force: bool, pass_thru: bool) -> None:
    """Rename-Item: the item under a new name (which must be free), the old name gone."""
    ctx = cmdlet.context
    provider = target.provider
    raw = provider.get(ctx, target.name)
    if raw is None:
        argument_error(cmdlet, f"The item at the path '{target.name}' does not exist.", target.name)
        return
    if provider.get(ctx, new_name) is not None:
        argument_error(cmdlet, f"The item at path '{new_name}' already exists.", new_name)
        return
    if not provider.can_rename(cmdlet, target.name, raw, force):
        return
    if not cmdlet.should_process(f"Item: {target.name} NewName: {new_name}", "Rename Item"):
        return
    made = provider.set(cmdlet, new_name, provider.value_of(raw))
    if made is None:
        return
    provider.remove(cmdlet, provider.shown_name(ctx, target.name, raw), True)
    if pass_thru:
        cmdlet.write_object(provider.item(ctx, new_name, made, not target.qualified))


def copy_items(cmdlet: Any, target: SessionTarget, destination: SessionTarget | None, literal: bool,
               pass_thru: bool) -> None:
    """Copy-Item: each item the path names gets a twin on the same drive holding its value (a
    variable's options and description stay behind, as PowerShell's provider copies the value only).
    An existing item at the destination is overwritten; the drive itself as the destination leaves
    everything as it is. Another drive kind (or the file system) cannot receive the copy."""
    ctx = cmdlet.context
    provider = target.provider
    if target.is_root:
        cmdlet.write_error(cmdlet.error_record(
            "Cannot process argument because the value of argument \"path\" is not valid. Change the value of the "
            "\"path\" argument and run the operation again.", "CopyItemNullPath", _category("InvalidArgument"),
            exception_type="PSArgumentException"))
        return
    found = [(name, raw) for name, raw in existing_items(cmdlet, target, literal)
             if name_kept(name, getattr(cmdlet, "include", None), getattr(cmdlet, "exclude", None),
                          getattr(cmdlet, "filter", None))]
    if not found:
        return
    if destination is None or destination.provider is not provider:
        not_same_provider(cmdlet, "Copy")
        return
    for name, raw in found:
        if destination.is_root:
            if pass_thru:
                cmdlet.write_object(provider.item(ctx, name, raw, not target.qualified))
            continue
        if not cmdlet.should_process(f"Item: {name} Destination: {destination.name}", "Copy Item"):
            continue
        made = provider.set(cmdlet, destination.name, provider.value_of(raw))
        if pass_thru and made is not None:
            cmdlet.write_object(provider.item(ctx, destination.name, made, not destination.qualified))


def move_items(cmdlet: Any, target: SessionTarget, destination: SessionTarget | None, literal: bool) -> None:
    """Move-Item: the session-state drives are flat containers without PowerShell's navigation
    methods, so an item there cannot be moved (Rename-Item gives it a new name)."""
    if target.is_root:
        found: list[Any] = [("", None)]
    else:
        found = [(name, raw) for name, raw in existing_items(cmdlet, target, literal)
                 if name_kept(name, getattr(cmdlet, "include", None), getattr(cmdlet, "exclude", None),
                              getattr(cmdlet, "filter", None))]
    for _name, _raw in found:
        if destination is None or destination.provider is not target.provider:
            not_same_provider(cmdlet, "Move")
            continue
        cmdlet.write_error(cmdlet.error_record(
            "The NavigationCmdletProvider methods are not supported by this provider.", "NotSupported",
            _category("NotImplemented"), exception_type="PSNotSupportedException"))


def not_same_provider(cmdlet: Any, verb: str) -> None:
    """Copy-Item or Move-Item (`verb`) between a session-state drive and another provider: each
    with PowerShell's words and id (Move-Item's id is the exception's type name)."""
    if verb == "Copy":
        message, error_id = ("Source and destination path did not resolve to the same provider.",
                             "CopyItemSourceAndDestinationNotSameProvider")
    else:
        message, error_id = ("Cannot move the item because the source and destination paths did not resolve to the "
                             "same provider.", "System.Management.Automation.PSArgumentException")
    cmdlet.write_error(cmdlet.error_record(message, error_id, _category("InvalidArgument"),
                                           exception_type="PSArgumentException"))


class SessionContentWriter:
    """Set-Content's writer for an item of a session-state drive. The drives have no lines: each
    batch of values the command is given becomes the item's whole value (a single value as itself,
    several as an array), so values piped one at a time leave the last one there."""

    __slots__ = ("cmdlet", "provider", "name")

    def __init__(self, cmdlet: Any, provider: Any, name: str):
        self.cmdlet, self.provider, self.name = cmdlet, provider, name

    def write_values(self, values: list[Any]) -> None:
        self.provider.set(self.cmdlet, self.name, values[0] if len(values) == 1 else list(values))

    def close(self) -> None:
        pass


def content_writers(cmdlet: Any, target: SessionTarget, literal: bool, action: str,
                    appending: bool) -> list[tuple[str, SessionContentWriter]]:
    """Set-Content / Add-Content on a session-state drive: a writer for each item the path names
    (wildcards name existing items; a plain name may be new). The drives' writers cannot seek, so
    Add-Content stops the command once it has one, as PowerShell's does."""
    ctx = cmdlet.context
    provider = target.provider
    if target.is_root:
        cmdlet.throw_terminating(cmdlet.error_record(
            "Cannot process argument because the value of argument \"path\" is not valid. Change the value of the "
            "\"path\" argument and run the operation again.", "Argument", _category("InvalidArgument"),
            exception_type="PSArgumentException"))
    found, wild = matching(ctx, target, literal)
    names = [name for name, _ in found] if wild or found else [target.name if literal else _unescaped(target.name)]
    writers: list[tuple[str, SessionContentWriter]] = []
    for name in names:
        shown = f"{provider.drive}:\\{name}"
        if not cmdlet.should_process(f"Path: {shown}", action):
            continue
        if appending:
            cmdlet.throw_terminating(cmdlet.error_record(
                "Cannot call method. The content Seek method is not supported by this provider.", "NotSupported",
                _category("NotImplemented"), exception_type="PSNotSupportedException"))
        writers.append((shown, SessionContentWriter(cmdlet, provider, name)))
    return writers


def clear_content(cmdlet: Any, target: SessionTarget, literal: bool, filter: str | None, include: Any,
                  exclude: Any) -> None:
    """Clear-Content on a session-state drive: the items must exist, but none has content to
    clear apart from its value, so the provider refuses (once for the path, as PowerShell stops at
    the first item)."""
    if not target.is_root:
        found = [name for name, _ in existing_items(cmdlet, target, literal)
                 if name_kept(name, include, exclude, filter)]
        if not found:
            return
    cmdlet.write_error(cmdlet.error_record(
        "Cannot perform the ClearContent operation. The ClearContent operation is not supported by this provider.",
        "NotSupported", _category("NotImplemented"), exception_type="PSNotSupportedException"))


def _unescaped(name: str) -> str:
    from cmdlets.core._providers import unescape
    return unescape(name)


def _shown(value: Any) -> str:
    try:
        return to_string(value)
    except Exception:       # noqa: BLE001 - only for a confirmation message
        return ""


def _category(name: str) -> Any:
    from pyshell.errors import ErrorCategory
    return ErrorCategory[name]

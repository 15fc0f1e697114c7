"""Per-session state of the Lync module and the helpers its cmdlets share."""
from __future__ import annotations

from contextlib import contextmanager
from pyshell.commands.cmdlet import Cmdlet
from pyshell.errors import ErrorCategory, ErrorRecord, PSError

from cmdlets.lync import MODULE_NAME
from cmdlets.lync.store import ManagementStore
from cmdlets.lync.store_files import StoreError, cannot_write, store_location
from cmdlets.lync.wildcard import WildcardError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Iterator


class LyncState:
    """What one session of the Lync module keeps: where its store is and, once opened, the store.

    The store opens on first use. Opening it brings the local replica up to date, as a Lync
    server's replica catches up when its services start. If the replica cannot be written (a
    read-only file, a full disk) the store still opens: reads work, -LocalStore shows the replica as
    it is, and writes report why they cannot be made.
    """

    def __init__(self, location: str):
        self.location = location
        self._store: ManagementStore | None = None

    @property
    def store(self) -> ManagementStore:
        """The open store; StoreError if it cannot be opened (the next use tries again)."""
        if self._store is None:
            store = ManagementStore(self.location)
            try:
                store.replicate(only_if_stale=True)
            except StoreError as exc:
                if not cannot_write(exc):
                    store.close()
                    raise
            except BaseException:
                store.close()
                raise
            self._store = store
        return self._store

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def state_factory(context: Any) -> LyncState:
    """Module.state_factory: the store named by the session's settings (--store), else
    $PYSHELL_STORE, else the user data directory."""
    settings = getattr(context, "settings", None) or {}
    return LyncState(store_location(settings))


def session_store(cmdlet: Cmdlet) -> ManagementStore:
    """The session's store, or a terminating error that says why it cannot be used."""
    try:
        return cmdlet.context.module_state(MODULE_NAME).store
    except StoreError as exc:
        raise PSError(_store_record(cmdlet, exc)) from exc


def _store_record(cmdlet: Cmdlet, exc: StoreError) -> ErrorRecord:
    return cmdlet.error_record(str(exc), "CentralManagementStoreUnavailable", ErrorCategory.OpenError,
                               target=exc.path or None, exception_type="InvalidOperationException")


@contextmanager
def store_errors(cmdlet: Cmdlet) -> Iterator[None]:
    """Turn store and wildcard failures inside a cmdlet body into PowerShell errors."""
    try:
        yield
    except WildcardError as exc:
        raise PSError(cmdlet.error_record(
            str(exc), "WildcardPatternException", ErrorCategory.InvalidArgument,
            target=exc.pattern, exception_type="WildcardPatternException")) from exc
    except StoreError as exc:
        raise PSError(_store_record(cmdlet, exc)) from exc


def write_not_found(cmdlet: Cmdlet, store: ManagementStore, doc_type: str, what: str,
                    identity: str, local: bool, error_id: str, parameter: str = "Identity") -> None:
    """Report, without stopping the pipeline, that no object has this Identity (or SID)."""
    place = "the local replica of the Central Management store" if local else \
        "the Central Management store"
    message = (f"Cannot find {what} with the {parameter} \"{identity}\" in {place}. "
               f"Verify the {parameter} and try again.")
    hint = ""
    if local and parameter == "Identity" and store.get(doc_type, identity) is not None:
        hint = ("It exists in the Central Management store but has not reached the local replica "
                "yet; run Invoke-CsManagementStoreReplication, or leave out -LocalStore.")
    cmdlet.write_error(cmdlet.error_record(
        message, error_id, ErrorCategory.ObjectNotFound, target=identity,
        exception_type="ItemNotFoundException", hint=hint))


LOCAL_STORE_HELP = ("Read from the local replica of the Central Management store instead of the "
                    "store itself; the replica can lag until replication runs.")

"""The views one session knows, by type name; the View declarations themselves are in views.py.

Kept apart from views.py so a session can be set up without loading the view classes and
PowerShell's built-in views, which only formatting needs.
"""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Iterable

    from pyshell.format.views import View


class ViewRegistry:
    """The views known to one session."""

    def __init__(self, views: Iterable[View] = ()):
        self._by_type: dict[str, list[View]] = {}
        self._pending: list[Any] = []      # loaders of views to load at the first look-up
        self._pending_by_type: dict[str, list[Any]] = {}   # loaders by the type names they serve
        self._loaded: set[Any] = set()
        for v in views:
            self.add(v)

    def add(self, view: View) -> None:
        self._by_type.setdefault(view.type_name.lower(), []).append(view)

    def add_module(self, module: Any) -> None:
        """A module's views, each loaded the first time an object of its type names is formatted
        (or, for views declared without type names, the first time any view is looked up)."""
        for names, load in module.view_sources():
            if names is None:
                self._pending.append(load)
            else:
                for name in names:
                    self._pending_by_type.setdefault(name.lower(), []).append(load)

    def _run_loaders(self, loaders: list[Any]) -> None:
        for load in loaders:
            if load not in self._loaded:
                self._loaded.add(load)
                for view in load():
                    self.add(view)

    def _load_pending(self) -> None:
        pending, self._pending = self._pending, []
        self._run_loaders(pending)

    def _load_all(self) -> None:
        self._load_pending()
        by_type, self._pending_by_type = self._pending_by_type, {}
        self._run_loaders([load for loaders in by_type.values() for load in loaders])

    def find(self, type_names: Iterable[str], shape: str | None = None) -> View | None:
        if self._pending:
            self._load_pending()
        type_names = list(type_names)
        if self._pending_by_type:
            for tn in type_names:
                loaders = self._pending_by_type.pop(tn.lower(), None)
                if loaders:
                    self._run_loaders(loaders)
        for tn in type_names:
            for view in self._by_type.get(tn.lower(), ()):
                if shape is None or view.shape == shape:
                    return view
        return None

    def all(self) -> list[Any]:
        if self._pending or self._pending_by_type:
            self._load_all()
        return [v for views in self._by_type.values() for v in views]

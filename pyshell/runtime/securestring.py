"""System.Security.SecureString: text a script must not show, such as what Read-Host -AsSecureString
reads. It shows only its type name and its Length; the characters stay inside."""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

SECURE_STRING = "System.Security.SecureString"


class SecureString:
    ps_type_name = SECURE_STRING
    __slots__ = ("_text",)

    def __init__(self, text: str = ""):
        self._text = text

    def ps_properties(self) -> list[tuple[str, Any]]:
        return [("Length", len(self._text))]

    def ps_property_definitions(self) -> list[tuple[str, str]]:
        return [("Length", "int Length {get;}")]

    def ps_property(self, key: str) -> Any:
        return len(self._text) if key.lower() == "length" else None

    def ps_to_string(self) -> str:
        return SECURE_STRING

    def __repr__(self) -> str:
        return "SecureString(...)"

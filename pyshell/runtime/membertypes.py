"""The member-description types a script can build for Add-Member's member sets:
[System.Management.Automation.PSMemberInfo] (what every member description is),
[System.Management.Automation.PSNoteProperty] (New-Object PSNoteProperty Name, Value: a description
like the ones $x.psobject.Properties holds) and
[System.Collections.ObjectModel.Collection[T]], the collection Add-Member's -Value of a MemberSet
converts to (a growable list with Collection's own methods only)."""
from __future__ import annotations

from pyshell.runtime.values import GenericList

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

MEMBER_INFO = "System.Management.Automation.PSMemberInfo"
NOTE_PROPERTY = "System.Management.Automation.PSNoteProperty"
COLLECTION = "System.Collections.ObjectModel.Collection`1"
_SMA = "System.Management.Automation, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35"
_MSCORLIB = "mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"
# Collection[T]'s methods: List[T]'s less the ones Collection does not have.
_COLLECTION_METHODS = ("add", "clear", "contains", "copyto", "indexof", "insert", "remove", "removeat")


def is_member_info(value: Any) -> bool:
    from pyshell.runtime.values import PSObject
    return isinstance(value, PSObject) and MEMBER_INFO in value.type_names


class MemberInfoType:
    """[PSMemberInfo]: only a member description is one (the class is abstract)."""

    ps_type_name = MEMBER_INFO

    @staticmethod
    def ps_convert(value: Any) -> Any:
        if value is None or is_member_info(value):
            return value
        from pyshell.runtime.conversion import PSConversionError
        raise PSConversionError(value, MEMBER_INFO, no_conversion=True)


class NotePropertyType:
    """[PSNoteProperty]: made from a name and a value."""

    ps_type_name = NOTE_PROPERTY

    @staticmethod
    def ps_convert(value: Any) -> Any:
        if value is None or (is_member_info(value) and NOTE_PROPERTY in value.type_names):
            return value
        from pyshell.runtime.conversion import PSConversionError
        raise PSConversionError(value, NOTE_PROPERTY, no_conversion=True)

    @staticmethod
    def new(name: Any, value: Any) -> Any:
        from pyshell.runtime.conversion import to_string
        from pyshell.runtime.psobject_view import property_info
        text = to_string(name)
        if not text:
            raise ValueError("Argument cannot be null or empty.\r\nParameter name: name")
        return property_info(text, value)


class ObjectModelCollection(GenericList):
    """A System.Collections.ObjectModel.Collection[T]."""

    __slots__ = ()

    @property
    def ps_type_name(self) -> str:
        return collection_name(self.element_name)


def collection_name(element_name: str) -> str:
    assembly = _SMA if element_name.startswith("System.Management.Automation.") else _MSCORLIB
    return f"{COLLECTION}[[{element_name}, {assembly}]]"


def live_type_names(obj: Any) -> ObjectModelCollection:
    """An object's PSTypeNames as a script changes them (`$o.PSTypeNames.Insert(0, 'My.Type')`,
    `.Remove`, `.Clear`): a Collection[string] that is the object's own list, made the first time
    it is asked for, so every change is seen by the formatter, Get-Member and Export-Csv."""
    names = obj.type_names
    if type(names) is not ObjectModelCollection:
        names = obj.type_names = ObjectModelCollection(names, str, "System.String")
    return names


def collection_methods(items: ObjectModelCollection) -> dict[str, tuple[str, str, Callable[..., Any]]]:
    from pyshell.runtime.listtypes import generic_list_methods
    table = generic_list_methods(items.element_name)
    return {k: table[k] for k in _COLLECTION_METHODS if k in table}


class CollectionType:
    """[System.Collections.ObjectModel.Collection[T]] for one element type T."""

    def __init__(self, element: Any, element_name: str):
        self.element = element
        self.element_name = element_name
        self.ps_type_name = collection_name(element_name)

    def ps_convert(self, value: Any) -> Any:
        if isinstance(value, ObjectModelCollection) and value.element_name == self.element_name:
            return value
        from pyshell.runtime.conversion import convert_to
        items = value if isinstance(value, (list, tuple)) else [value]
        return ObjectModelCollection([convert_to(v, self.element) for v in items], self.element, self.element_name)

    def new(self, *args: Any) -> ObjectModelCollection:
        """Collection() and Collection(IList[T] list)."""
        if len(args) > 1:
            raise TypeError("no such constructor")
        made = ObjectModelCollection([], self.element, self.element_name)
        return self.ps_convert(args[0]) if args else made

    def is_instance(self, value: Any) -> bool:
        return isinstance(value, ObjectModelCollection) and value.element_name == self.element_name


_COLLECTION_PREFIXES = ("system.collections.objectmodel.collection[", "collections.objectmodel.collection[")


def resolve_collection(name: str, resolve: Callable[[str], Any]) -> Any:
    """The TypeRef of Collection[T] named by `name`, or None."""
    from pyshell.runtime.types import TypeRef
    text = name.strip()
    low = text.lower()
    for prefix in _COLLECTION_PREFIXES:
        if low.startswith(prefix) and low.endswith("]"):
            inner = resolve(text[len(prefix):-1].strip())
            if inner is None:
                return None
            target = CollectionType(inner.target, inner.full_name)
            return TypeRef(name, target, {"new": target.new}, target.is_instance)
    return None


def register(add: Callable[[tuple[str, ...], Any], None]) -> None:
    from pyshell.runtime.types import TypeRef
    add((MEMBER_INFO, "Management.Automation.PSMemberInfo"),
        TypeRef(MEMBER_INFO, MemberInfoType, {}, is_member_info))
    add((NOTE_PROPERTY, "Management.Automation.PSNoteProperty"),
        TypeRef(NOTE_PROPERTY, NotePropertyType, {"new": NotePropertyType.new},
                lambda value: is_member_info(value) and NOTE_PROPERTY in value.type_names))

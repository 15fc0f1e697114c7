"""The values PowerShell scripts see: PSObject, hashtables, enums, switch parameters.

Plain Python values stand for the .NET primitives: str (String), int (Int32/Int64), float (Double),
bool (Boolean), list (Object[]), None ($null). A TypedArray is a list that knows its element type
(String[], Int32[]): what a cast or a type constraint to an array type makes.
"""
from __future__ import annotations

import enum

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Iterable, Iterator

PSCUSTOMOBJECT = "System.Management.Automation.PSCustomObject"


class _AutomationNull:
    """The 'nothing' a command that writes no output produces (distinct from $null in a pipeline)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "AutomationNull"

    def __bool__(self) -> bool:
        return False


AUTOMATION_NULL = _AutomationNull()


class ComputedProperty:
    """A property whose value is worked out each time it is read: a ScriptProperty or an
    AliasProperty added with Add-Member (see pyshell/runtime/psmembers.py). It sits in a PSObject's
    `_values` like any value; a PSObject that holds one always has `_members` set, so readers that
    see `_members is None` may take the stored value as it is."""

    __slots__ = ()
    member_type = ""

    def read(self, owner: "PSObject") -> Any:
        raise NotImplementedError

    def write(self, owner: "PSObject", value: Any) -> None:
        raise NotImplementedError


class InstanceMethod:
    """A method an object carries itself: a ScriptMethod added with Add-Member (psmembers.py).
    Member calls look in the object's `_members` for one before the built-in methods."""

    __slots__ = ()
    member_type = ""

    def invoke(self, owner: Any, args: list[Any]) -> Any:
        raise NotImplementedError


class PSObject:
    """An object with ordered, case-insensitive properties and a list of type names.

    `_names` maps the lower-cased property name to its display spelling; `_values` maps it to the
    value. Both keep the order properties were added in, which is the order PowerShell shows them.
    `_members` is None until Add-Member gives the object members of its own; then it maps each
    added member's lower-cased name to what Get-Member needs to know (psmembers.py).
    """

    __slots__ = ("_names", "_values", "type_names", "string_form", "equals_by_string", "_members",
                 "__weakref__")

    def __init__(self, properties: Iterable[tuple[str, Any]] | dict | None = None,
                 type_names: Iterable[str] | None = None, string_form: str | None = None,
                 equals_by_string: bool = False):
        self._names: dict[str, str] = {}
        self._values: dict[str, Any] = {}
        self.type_names: list[str] = list(type_names) if type_names else [PSCUSTOMOBJECT, "System.Object"]
        self.string_form = string_form          # what ToString() answers; None: the default form
        self.equals_by_string = equals_by_string  # -eq against a string compares the string form
        self._members: dict[str, Any] | None = None
        if properties:
            items = properties.items() if isinstance(properties, dict) else properties
            for name, value in items:
                key = name.lower()
                self._names[key] = name
                self._values[key] = value

    # -- properties -------------------------------------------------------------------------
    def get(self, name: str, default: Any = None) -> Any:
        v = self._values.get(name.lower(), default)
        if self._members is not None and isinstance(v, ComputedProperty):
            return v.read(self)
        return v

    def has(self, name: str) -> bool:
        return name.lower() in self._values

    def set(self, name: str, value: Any) -> None:
        key = name.lower()
        if key not in self._names:
            self._names[key] = name
        elif self._members is not None:
            current = self._values.get(key)
            if isinstance(current, ComputedProperty):
                current.write(self, value)
                return
        self._values[key] = value

    def add(self, name: str, value: Any) -> None:
        """Add a property, or replace the value of one that exists."""
        self.set(name, value)

    def remove(self, name: str) -> None:
        key = name.lower()
        self._names.pop(key, None)
        self._values.pop(key, None)
        if self._members is not None:
            self._members.pop(key, None)

    def property_names(self) -> list[str]:
        return list(self._names.values())

    def properties(self) -> Iterator[tuple[str, Any]]:
        """Every property with its value. A computed property that fails shows as $null here, as
        PowerShell's formatter shows it empty; reading it by name reports the error."""
        values = self._values
        if self._members is None:
            for key, name in self._names.items():
                yield name, values[key]
            return
        for key, name in list(self._names.items()):
            v = values.get(key)
            if isinstance(v, ComputedProperty):
                try:
                    v = v.read(self)
                except Exception:  # noqa: BLE001 - see the docstring
                    v = None
            yield name, v

    def canonical_name(self, name: str) -> str | None:
        return self._names.get(name.lower())

    @property
    def type_name(self) -> str:
        return self.type_names[0] if self.type_names else "System.Object"

    def copy(self) -> "PSObject":
        clone = PSObject(type_names=self.type_names, string_form=self.string_form,
                         equals_by_string=self.equals_by_string)
        clone._names = dict(self._names)
        clone._values = dict(self._values)
        if self._members is not None:
            clone._members = dict(self._members)
        return clone

    def __repr__(self) -> str:
        props = ", ".join(f"{n}={v!r}" for n, v in self.properties())
        return f"PSObject<{self.type_name}>({props})"


class TypedArray(list):
    """An array whose elements all have one type: `[string[]]@(1, 2)` is a System.String[].

    It is a list, so everything that walks, indexes or counts arrays takes it as one; only its
    type name differs, and storing into it by index converts the value to `element` (a conversion
    target, as conversion.convert_to takes). `element_name` is that type's .NET full name.
    Python's own list operations (slices, `+`, `list(...)`) give plain lists, that is Object[],
    as PowerShell's slices and `+` do.
    """

    __slots__ = ("element", "element_name")

    def __init__(self, items: Iterable[Any] = (), element: Any = object, element_name: str = "System.Object"):
        super().__init__(items)
        self.element = element
        self.element_name = element_name

    def like(self, items: Iterable[Any]) -> "TypedArray":
        """A new array of the same element type holding `items` (already of that type)."""
        return TypedArray(items, self.element, self.element_name)

    def __repr__(self) -> str:
        return f"TypedArray[{self.element_name}]({list.__repr__(self)})"


ARRAY_LIST = "System.Collections.ArrayList"
GENERIC_LIST = "System.Collections.Generic.List`1"
_ASSEMBLY_SUFFIX = ", Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"


class ArrayList(list):
    """System.Collections.ArrayList, a growable list of anything (its methods: runtime/listtypes.py).
    Unlike an array it is no Object[]: a cast to an array type copies it."""

    __slots__ = ()
    ps_type_name = ARRAY_LIST

    def __repr__(self) -> str:
        return f"ArrayList({list.__repr__(self)})"


class GenericList(list):
    """System.Collections.Generic.List[T]: a growable list whose items are converted to `element` (a
    conversion target) as they go in; `element_name` is that type's .NET full name."""

    __slots__ = ("element", "element_name")

    def __init__(self, items: Iterable[Any] = (), element: Any = object, element_name: str = "System.Object"):
        super().__init__(items)
        self.element = element
        self.element_name = element_name

    @property
    def ps_type_name(self) -> str:
        return generic_list_name(self.element_name)

    def __repr__(self) -> str:
        return f"GenericList[{self.element_name}]({list.__repr__(self)})"


def generic_list_name(element_name: str) -> str:
    """The .NET full name of List[T] for the element type called `element_name`."""
    return generic_type_name(GENERIC_LIST, [element_name])


# The assemblies of the generic types pyshell has outside mscorlib (a type argument's full name
# carries its assembly's name).
_ASSEMBLIES = {
    "System.Collections.Generic.Queue`1": "System",
    "System.Collections.Generic.Stack`1": "System",
    "System.Collections.Generic.HashSet`1": "System.Core",
}


def generic_type_name(definition: str, argument_names: list[str]) -> str:
    """The .NET full name of the generic type `definition` (System.Collections.Generic.List`1)
    closed over the types called `argument_names`: each argument named with its assembly."""
    parts = []
    for name in argument_names:
        assembly = _ASSEMBLIES.get(name.split("[", 1)[0], "mscorlib")
        parts.append(f"[{name}, {assembly}{_ASSEMBLY_SUFFIX}]")
    return f"{definition}[{','.join(parts)}]"


class NetCollection(list):
    """A .NET collection that is neither an array nor a list: Queue, Stack, HashSet[T] and their kin
    (runtime/collectiontypes.py, which is imported before any of them exists). It is a Python list
    of its items in the order .NET enumerates them, so pipelines, foreach and the formatter walk it
    as they walk an array; it cannot be indexed, and its members come from its class's
    `ps_property` and `ps_method_table`."""

    __slots__ = ()


# The lists that are not arrays: they grow, and a conversion to an array copies them.
GROWABLE_LISTS = (ArrayList, GenericList, NetCollection)


class _IdentityKey:
    """A key that is the object itself, not its contents, as .NET hashes an array."""

    __slots__ = ("obj",)

    def __init__(self, obj: Any):
        self.obj = obj

    def __hash__(self) -> int:
        return id(self.obj)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _IdentityKey) and other.obj is self.obj


class PSHashtable:
    """PowerShell's Hashtable: case-insensitive string keys; `ordered` marks an [ordered] dictionary.

    Insertion order is kept for both kinds so that output is reproducible. `_version` counts the
    changes, as .NET's does, so that an enumeration of its Keys or Values can tell that the table
    changed under it (dictviews.py).
    """

    # ps_type_names: set only on a hashtable Import-Clixml read back, which keeps its saved type names
    __slots__ = ("_data", "ordered", "_version", "ps_type_names")

    def __init__(self, items: Iterable[tuple[Any, Any]] | None = None, ordered: bool = False):
        self._data: dict[Any, tuple[Any, Any]] = {}
        self.ordered = ordered
        self._version = 0
        if items:
            for k, v in items:
                self[k] = v

    @staticmethod
    def _norm(key: Any) -> Any:
        if isinstance(key, str):
            return key.lower()
        if isinstance(key, PSEnum):
            return key.name.lower()
        if isinstance(key, (list, dict, set)):
            return _IdentityKey(key)      # an array as a key: .NET compares it by reference
        return key

    def __setitem__(self, key: Any, value: Any) -> None:
        norm = self._norm(key)
        old = self._data.get(norm)
        self._data[norm] = (old[0] if old else key, value)
        self._version += 1

    def __getitem__(self, key: Any) -> Any:
        item = self._data.get(self._norm(key))
        return item[1] if item else None

    def __contains__(self, key: Any) -> bool:
        return self._norm(key) in self._data

    def positional(self, index: Any) -> bool:
        """Whether `index` picks an [ordered] dictionary's entry by its position (OrderedDictionary's
        Item[int], which PowerShell chooses for an integer) rather than by key."""
        return self.ordered and isinstance(index, int) and not isinstance(index, (bool, PSEnum))

    def at(self, index: int) -> tuple[Any, Any] | None:
        """The (key, value) at a position, or None outside 0 .. Count-1."""
        if 0 <= index < len(self._data):
            return list(self._data.values())[index]
        return None

    def insert_at(self, index: int, key: Any, value: Any) -> None:
        """OrderedDictionary.Insert: a new entry at a position (0 .. Count); ValueError (as .NET's
        ArgumentException) when the key exists, IndexError when the position is outside."""
        norm = self._norm(key)
        if norm in self._data:
            raise ValueError("Item has already been added. Key in dictionary: "
                             f"'{key}'  Key being added: '{key}'")
        if not 0 <= index <= len(self._data):
            raise IndexError("Index was out of range. Must be non-negative and less than or equal to the size of "
                             "the collection.\r\nParameter name: index")
        entries = list(self._data.items())
        entries.insert(index, (norm, (key, value)))
        self._data = dict(entries)
        self._version += 1

    def remove_at(self, index: int) -> None:
        """OrderedDictionary.RemoveAt; IndexError when the position is outside."""
        entry = self.at(index)
        if entry is None:
            raise IndexError("Index was out of range. Must be non-negative and less than the size of the "
                             "collection.\r\nParameter name: index")
        self.remove(entry[0])

    def set_at(self, index: int, value: Any) -> bool:
        """Set the value at a position; False outside 0 .. Count-1."""
        entry = self.at(index)
        if entry is None:
            return False
        self._data[self._norm(entry[0])] = (entry[0], value)
        self._version += 1
        return True

    def add(self, key: Any, value: Any) -> bool:
        """Hashtable.Add: False when the key exists already."""
        norm = self._norm(key)
        if norm in self._data:
            return False
        self._data[norm] = (key, value)
        self._version += 1
        return True

    def remove(self, key: Any) -> None:
        if self._data.pop(self._norm(key), _ABSENT) is not _ABSENT:
            self._version += 1

    def clear(self) -> None:
        self._data.clear()
        self._version += 1

    def keys(self) -> list[Any]:
        return [k for k, _ in self._data.values()]

    def values(self) -> list[Any]:
        return [v for _, v in self._data.values()]

    def items(self) -> list[tuple[Any, Any]]:
        return list(self._data.values())

    def __len__(self) -> int:
        return len(self._data)

    def copy(self) -> "PSHashtable":
        clone = type(self)(ordered=self.ordered)
        clone._data = dict(self._data)
        return clone

    @property
    def ps_type_name(self) -> str:
        return "System.Collections.Specialized.OrderedDictionary" if self.ordered else "System.Collections.Hashtable"

    def entry_objects(self) -> list[Any]:
        """The entries as enumerating the dictionary gives them: what the formatter lists."""
        return [dictionary_entry(k, v) for k, v in self._data.values()]

    def __repr__(self) -> str:
        return f"PSHashtable({self.items()!r})"


_ABSENT = object()


class CaseSensitiveHashtable(PSHashtable):
    """A Hashtable with .NET's default comparer, whose text keys are case-sensitive: what PowerShell's
    conversion of another dictionary to [hashtable] makes (`new Hashtable(dictionary)`), unlike the
    case-blind `@{}`. Everything else is a Hashtable's."""

    __slots__ = ()

    @staticmethod
    def _norm(key: Any) -> Any:
        if isinstance(key, PSEnum):
            return key.name
        if isinstance(key, (list, dict, set)):
            return _IdentityKey(key)
        return key


# The Hashtables themselves (not an [ordered] dictionary, not a Dictionary[K,V]).
HASHTABLE_CLASSES = (PSHashtable, CaseSensitiveHashtable)


def is_hashtable(value: Any) -> bool:
    """`-is [hashtable]`: a Hashtable, which an OrderedDictionary or a Dictionary[K,V] is not."""
    return type(value) in HASHTABLE_CLASSES and not value.ordered


DICTIONARY_ENTRY = "System.Collections.DictionaryEntry"


def dictionary_entry(key: Any, value: Any) -> PSObject:
    """One entry of a hashtable as PowerShell enumerates it (Name is an alias of Key)."""
    return PSObject([("Name", key), ("Key", key), ("Value", value)],
                    type_names=[DICTIONARY_ENTRY, "System.ValueType", "System.Object"],
                    string_form=DICTIONARY_ENTRY)


class PSEnum(enum.Enum):
    """Base for enum types visible to scripts; `ps_type_name` is the .NET full name."""

    @classmethod
    def ps_type_name(cls) -> str:
        return getattr(cls, "_ps_type_name", cls.__name__)

    def __str__(self) -> str:
        return self.name

    def __format__(self, spec: str) -> str:
        return format(self.name, spec)

    def ps_call(self, key: str, args: list) -> Any:
        """Enum.HasFlag: every bit of the argument (an enumerator of this enum) is set in this value."""
        if key == "hasflag" and len(args) == 1 and isinstance(args[0], type(self)):
            return self.value & args[0].value == args[0].value
        return NOT_A_MEMBER


def enum_members(cls: type) -> list:
    """Every enumerator of an enum class, in the order declared. Iterating a Flag class gives only
    its single bits, leaving out None (0) and unions such as All; scripts see them all."""
    return list(dict.fromkeys(cls.__members__.values()))


class PSFlagsEnum(PSEnum, enum.Flag, boundary=enum.KEEP):
    """A [Flags] enum: a value may combine enumerators; it reads as their names joined by ", "
    (largest first, as .NET lists them), or as its number when no set of names makes it."""

    def __str__(self) -> str:
        return flags_text(self)

    def __format__(self, spec: str) -> str:
        return format(flags_text(self), spec)


def flags_text(value: Any) -> str:
    """.NET's Enum.ToString for a [Flags] value: the enumerator with exactly this value, else the
    enumerators that make it up, taken from the largest (several bits included), listed smallest
    first; its number when none do. Python iterates a Flag class's single bits only, so this reads
    every enumerator from __members__."""
    number = value.value
    members = type(value).__members__.values()
    for member in members:
        if member.value == number:
            return member.name
    if number == 0:
        return "0"
    names: list[str] = []
    rest = number
    for member in sorted(members, key=lambda m: m.value, reverse=True):
        if member.value and member.value & rest == member.value:
            names.append(member.name)
            rest &= ~member.value
    if rest:
        return str(number)
    return ", ".join(reversed(names))


def enum_type(full_name: str, members: Iterable[str] | dict[str, int], flags: bool = False) -> type[PSEnum]:
    """Create a PSEnum type named like a .NET enum; members take the values 0, 1, 2, ... unless given.
    `flags`: a [Flags] enum, whose values may combine its enumerators (PSFlagsEnum)."""
    items = list(members.items()) if isinstance(members, dict) else [(m, i) for i, m in enumerate(members)]
    base = PSFlagsEnum if flags else PSEnum
    cls = base(full_name.rsplit(".", 1)[-1], items)  # type: ignore[call-overload]
    cls._ps_type_name = full_name  # type: ignore[attr-defined]
    return cls


class SwitchParameter:
    """System.Management.Automation.SwitchParameter. The class is the type of a switch parameter
    (`p.type is SwitchParameter`); its two instances, SWITCH_PRESENT and SWITCH_ABSENT, are the
    values a script's switch parameters and `[switch]` variables hold. Cmdlets written in Python
    keep receiving a plain bool for their switches (the binder converts).

    The runtime asks the instance through its hooks: `ps_to_string` ("True"/"False"),
    `ps_equals` (-eq with the switch on the left), `ps_properties`, `ps_property` and `ps_call`
    (its members);
    to_bool and Python's own bool() both answer IsPresent."""

    ps_type_name = "System.Management.Automation.SwitchParameter"
    ps_method_definitions = (("ToBool", "bool ToBool()"),)     # for Get-Member, beside the common ones
    __slots__ = ("is_present",)

    def __init__(self, is_present: bool):
        self.is_present = is_present

    @staticmethod
    def of(value: bool) -> "SwitchParameter":
        return SWITCH_PRESENT if value else SWITCH_ABSENT

    def __bool__(self) -> bool:
        return self.is_present

    def __repr__(self) -> str:
        return f"SwitchParameter({self.is_present})"

    def ps_to_string(self) -> str:
        return "True" if self.is_present else "False"

    def ps_equals(self, other: Any) -> bool:
        # Equals accepts a bool or another switch; nothing else converts to a SwitchParameter
        # except $null, and -eq has answered for $null before asking.
        if isinstance(other, SwitchParameter):
            return other.is_present == self.is_present
        return isinstance(other, bool) and other == self.is_present

    def ps_properties(self) -> list:
        """Its properties, as the formatter, Get-Member and ConvertTo-Json list them."""
        return [("IsPresent", self.is_present)]

    def ps_property(self, key: str) -> Any:
        """The value of the property `key` (lower case); NOT_A_MEMBER when there is none."""
        if key == "ispresent":
            return self.is_present
        return NOT_A_MEMBER

    def ps_call(self, key: str, args: list) -> Any:
        """The result of calling the method `key` (lower case); NOT_A_MEMBER when there is none."""
        if not args:
            if key == "tobool":
                return self.is_present
            if key == "gethashcode":
                return int(self.is_present)
        elif key == "equals" and len(args) == 1:
            return self.ps_equals(args[0])
        return NOT_A_MEMBER


NOT_A_MEMBER = object()
SWITCH_PRESENT = SwitchParameter(True)
SWITCH_ABSENT = SwitchParameter(False)


def property_in(pairs: Iterable[tuple[str, Any]], key: str) -> Any:
    """`ps_property` for a value that lists its properties as (name, value) pairs: the value named
    `key` (lower case), or NOT_A_MEMBER."""
    for name, value in pairs:
        if name.lower() == key:
            return value
    return NOT_A_MEMBER

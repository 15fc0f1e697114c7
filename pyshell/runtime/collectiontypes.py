"""System.Collections.Queue and Stack, System.Collections.Generic's Queue[T], Stack[T] and
HashSet[T], and [StringComparer], whose case-blind comparers scripts hand to a HashSet or a
Dictionary.

The collections are NetCollections (values.py): Python lists holding the items in the order .NET
enumerates them (a queue from its head, a stack from its top), so pipelines, foreach and the
formatter unroll them as PowerShell unrolls any enumerable that is not a dictionary. Each type's
abilities are one table, lower-case name -> (name as .NET spells it, definition as Get-Member shows
it, implementation), which call_method, Get-Member and ForEach-Object -MemberName all read. A
generic collection converts what goes in to T with PowerShell's conversion rules, as List[T] does.

Nothing imports this module at start-up: runtime/types.py does the first time a script names one
of these types, and no value of them can exist before that.
"""
from __future__ import annotations

import functools

from pyshell.runtime.conversion import PSConversionError, convert_to, to_string
from pyshell.runtime.stdvalues import is_date_or_span, is_decimal
from pyshell.runtime.typenames import type_name_of
from pyshell.runtime.values import (AUTOMATION_NULL, NOT_A_MEMBER, NetCollection, PSEnum, PSObject, TypedArray,
                                    generic_type_name)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Iterable
    Table = dict[str, tuple[str, str, Callable[..., Any]]]

QUEUE = "System.Collections.Queue"
STACK = "System.Collections.Stack"
GENERIC_QUEUE = "System.Collections.Generic.Queue`1"
GENERIC_STACK = "System.Collections.Generic.Stack`1"
HASH_SET = "System.Collections.Generic.HashSet`1"


# --- equality as .NET's default comparer sees it ----------------------------------------------------

def hash_key(value: Any, ignore_case: bool = False) -> Any:
    """What two items must share to be one item of a HashSet (or one key of a Dictionary): equal
    values of the same type (1 and 1L differ, as Int32 and Int64 do), text compared ordinally
    (case-blind with an IgnoreCase comparer); any other object is equal only to itself."""
    if value is None:
        return None
    if isinstance(value, str):
        return type_name_of(value), (value.lower() if ignore_case else value)
    if isinstance(value, (bool, int, float, PSEnum)) or is_decimal(value) or is_date_or_span(value):
        return type_name_of(value), value
    if isinstance(value, PSObject) and value.equals_by_string:
        return value.type_name, value.string_form       # a [guid]: a value type, equal by its text
    return "#", id(value)


def null_argument(parameter: str) -> Exception:
    from pyshell.runtime.operators import PSOperatorError
    return PSOperatorError(f"Value cannot be null.\nParameter name: {parameter}", "ArgumentNullException",
                           inner="ArgumentNullException")


def invalid_operation(message: str) -> Exception:
    from pyshell.runtime.operators import PSOperatorError
    return PSOperatorError(message, "InvalidOperationException", inner="InvalidOperationException")


def items_of(value: Any, parameter: str) -> list:
    """A collection argument (IEnumerable, ICollection) as a list; a single value is a collection
    of one, as PowerShell's conversion to a collection type makes it."""
    if value is None:
        raise null_argument(parameter)
    return list(value) if isinstance(value, (list, tuple)) else [value]


# --- [StringComparer] ---------------------------------------------------------------------------------

class StringComparer:
    """One of [StringComparer]'s comparers: Ordinal, OrdinalIgnoreCase, and the culture ones
    (compared here as the ordinal ones are, which agrees for the text scripts keep in sets)."""

    __slots__ = ("name", "ignore_case")

    def __init__(self, name: str):
        self.name = name
        self.ignore_case = name.endswith("IgnoreCase")

    @property
    def ps_type_name(self) -> str:
        return "System.OrdinalComparer" if self.name.startswith("Ordinal") else "System.CultureAwareComparer"

    def ps_to_string(self) -> str:
        return self.ps_type_name

    def ps_method_table(self) -> Table:
        return _COMPARER_METHODS

    def ps_property(self, key: str) -> Any:
        return NOT_A_MEMBER

    def ps_property_definitions(self) -> list[tuple[str, str]]:
        return []


def _comparer_equals(comparer: StringComparer, a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return hash_key(to_string(a), comparer.ignore_case) == hash_key(to_string(b), comparer.ignore_case)


def _comparer_compare(comparer: StringComparer, a: Any, b: Any) -> int:
    if a is None or b is None:
        return 0 if a is b else (-1 if a is None else 1)
    x, y = to_string(a), to_string(b)
    if comparer.ignore_case:
        x, y = x.upper(), y.upper()
    if comparer.name.startswith("Ordinal"):
        return (x > y) - (x < y)
    from pyshell.runtime.operators import ps_compare
    return ps_compare(x, y, True)


_COMPARER_METHODS: Table = {
    "equals": ("Equals", "bool Equals(string x, string y)", _comparer_equals),
    "compare": ("Compare", "int Compare(string x, string y)", _comparer_compare),
}

COMPARER_STATICS = {name.lower(): StringComparer(name) for name in (
    "Ordinal", "OrdinalIgnoreCase", "InvariantCulture", "InvariantCultureIgnoreCase", "CurrentCulture",
    "CurrentCultureIgnoreCase")}


class StringComparerType:
    """[StringComparer]: an abstract class, reached for its six comparers."""
    ps_type_name = "System.StringComparer"

    @staticmethod
    def ps_convert(value: Any) -> Any:
        if isinstance(value, StringComparer):
            return value
        raise PSConversionError(value, StringComparerType.ps_type_name)


# --- Queue and Stack ----------------------------------------------------------------------------------

class _Sequence(NetCollection):
    """A queue or a stack: `generic` for Queue[T] / Stack[T], whose items are converted to `element`
    (a conversion target; `element_name` is its .NET full name)."""

    __slots__ = ("element", "element_name", "generic")
    plain_name = ""
    definition = ""

    def __init__(self, items: Iterable[Any] = (), element: Any = object, element_name: str = "System.Object",
                 generic: bool = False):
        super().__init__(items)
        self.element = element
        self.element_name = element_name
        self.generic = generic

    @property
    def ps_type_name(self) -> str:
        return generic_type_name(self.definition, [self.element_name]) if self.generic else self.plain_name

    def like(self, items: Iterable[Any]) -> "_Sequence":
        return type(self)(items, self.element, self.element_name, self.generic)

    def incoming(self, value: Any) -> Any:
        return convert_to(value, self.element) if self.generic else value

    def ps_method_table(self) -> Table:
        return _sequence_methods(type(self), self.element_name if self.generic else "")

    def ps_property(self, key: str) -> Any:
        if key == "count":
            return len(self)
        if key == "issynchronized" and not self.generic:
            return False
        return NOT_A_MEMBER

    def ps_property_definitions(self) -> list[tuple[str, str]]:
        own = [("Count", "int Count {get;}")]
        return own if self.generic else own + [("IsSynchronized", "bool IsSynchronized {get;}")]

    def __repr__(self) -> str:
        return f"{type(self).__name__}[{self.element_name}]({list.__repr__(self)})"


class Queue(_Sequence):
    """First in, first out: the head is item 0."""
    __slots__ = ()
    plain_name, definition = QUEUE, GENERIC_QUEUE


class Stack(_Sequence):
    """Last in, first out: the top is item 0, as a stack enumerates from its top."""
    __slots__ = ()
    plain_name, definition = STACK, GENERIC_STACK


def _enqueue(queue: Queue, value: Any) -> Any:
    queue.append(queue.incoming(value))
    return AUTOMATION_NULL


def _push(stack: Stack, value: Any) -> Any:
    stack.insert(0, stack.incoming(value))
    return AUTOMATION_NULL


def _take(items: _Sequence, remove: bool) -> Any:
    if not items:
        raise invalid_operation("Queue empty." if isinstance(items, Queue) else "Stack empty.")
    return items.pop(0) if remove else items[0]


def _contains(items: _Sequence, value: Any) -> bool:
    from pyshell.runtime.members import dotnet_equals
    wanted = items.incoming(value)
    return any(dotnet_equals(item, wanted) if item is not None else wanted is None for item in items)


def _to_array(items: Any) -> Any:
    if getattr(items, "generic", True) and items.element is not object:
        return TypedArray(items, items.element, items.element_name)
    return list(items)


def _clear(items: list) -> Any:
    items.clear()
    return AUTOMATION_NULL


def _keep_storage(items: Any) -> Any:
    """TrimExcess / TrimToSize: .NET gives back unused capacity; a Python list has none to give."""
    return AUTOMATION_NULL


@functools.lru_cache(maxsize=None)
def _sequence_methods(kind: type, element_name: str) -> Table:
    """The methods of a Queue or Stack; `element_name` is T's .NET name for a generic one, else ""."""
    from pyshell.runtime.typeinfo import display_name
    item = display_name(element_name) if element_name else "System.Object"
    name = "item" if element_name else "obj"
    table: Table = {}
    if kind is Queue:
        table["enqueue"] = ("Enqueue", f"void Enqueue({item} {name})", _enqueue)
        table["dequeue"] = ("Dequeue", f"{item} Dequeue()", lambda q: _take(q, True))
    else:
        table["push"] = ("Push", f"void Push({item} {name})", _push)
        table["pop"] = ("Pop", f"{item} Pop()", lambda s: _take(s, True))
    table["peek"] = ("Peek", f"{item} Peek()", lambda items: _take(items, False))
    table["clear"] = ("Clear", "void Clear()", _clear)
    table["contains"] = ("Contains", f"bool Contains({item} {name})", _contains)
    table["toarray"] = ("ToArray", f"{item}[] ToArray()", _to_array)
    if element_name:
        table["trimexcess"] = ("TrimExcess", "void TrimExcess()", _keep_storage)
    else:
        table["clone"] = ("Clone", "System.Object Clone()", lambda items: items.like(items))
        if kind is Queue:
            table["trimtosize"] = ("TrimToSize", "void TrimToSize()", _keep_storage)
    return table


# --- HashSet[T] ----------------------------------------------------------------------------------------

class HashSet(NetCollection):
    """System.Collections.Generic.HashSet[T]: its items in the order they were added, and the set
    of their hash keys (hash_key) that answers Contains at once. Comparison is .NET's default,
    so text is case-sensitive unless the set was made with an IgnoreCase [StringComparer]."""

    __slots__ = ("element", "element_name", "comparer", "_keys")

    def __init__(self, element: Any, element_name: str, comparer: StringComparer | None = None):
        super().__init__()
        self.element = element
        self.element_name = element_name
        self.comparer = comparer
        self._keys: set = set()

    @property
    def ps_type_name(self) -> str:
        return generic_type_name(HASH_SET, [self.element_name])

    def key(self, value: Any) -> Any:
        return hash_key(value, self.comparer is not None and self.comparer.ignore_case)

    def add(self, value: Any) -> bool:
        value = convert_to(value, self.element)
        k = self.key(value)
        if k in self._keys:
            return False
        self._keys.add(k)
        self.append(value)
        return True

    def discard(self, value: Any) -> bool:
        k = self.key(value)
        if k not in self._keys:
            return False
        self._keys.discard(k)
        self[:] = [item for item in self if self.key(item) != k]
        return True

    def keys_of(self, values: Any) -> set:
        return {self.key(convert_to(v, self.element)) for v in items_of(values, "other")}

    def keep(self, wanted: Callable[[Any], bool]) -> None:
        self[:] = [item for item in self if wanted(self.key(item))]
        self._keys = {self.key(item) for item in self}

    def ps_method_table(self) -> Table:
        return _hash_set_methods(self.element_name)

    def ps_property(self, key: str) -> Any:
        if key == "count":
            return len(self)
        if key == "comparer" and self.comparer is not None:
            return self.comparer
        return NOT_A_MEMBER

    def ps_property_definitions(self) -> list[tuple[str, str]]:
        return [("Count", "int Count {get;}")]

    def __repr__(self) -> str:
        return f"HashSet[{self.element_name}]({list.__repr__(self)})"


def _clear_set(target: HashSet) -> Any:
    target.clear()
    target._keys.clear()
    return AUTOMATION_NULL


def _union(target: HashSet, other: Any) -> Any:
    for v in items_of(other, "other"):
        target.add(v)
    return AUTOMATION_NULL


def _intersect(target: HashSet, other: Any) -> Any:
    keys = target.keys_of(other)
    target.keep(lambda k: k in keys)
    return AUTOMATION_NULL


def _except(target: HashSet, other: Any) -> Any:
    keys = target.keys_of(other)
    target.keep(lambda k: k not in keys)
    return AUTOMATION_NULL


def _symmetric_except(target: HashSet, other: Any) -> Any:
    values = [convert_to(v, target.element) for v in items_of(other, "other")]
    mine = set(target._keys)
    for v in values:
        if target.key(v) in mine:
            target.discard(v)
        else:
            target.add(v)
    return AUTOMATION_NULL


def _compare_sets(test: Callable[[set, set], bool]) -> Callable[[HashSet, Any], bool]:
    return lambda target, other: test(set(target._keys), target.keys_of(other))


@functools.lru_cache(maxsize=None)
def _hash_set_methods(element_name: str) -> Table:
    from pyshell.runtime.typeinfo import display_name
    item = display_name(element_name)
    other = f"System.Collections.Generic.IEnumerable[{item}] other"
    return {
        "add": ("Add", f"bool Add({item} item)", lambda s, v: s.add(v)),
        "remove": ("Remove", f"bool Remove({item} item)", lambda s, v: s.discard(convert_to(v, s.element))),
        "contains": ("Contains", f"bool Contains({item} item)",
                     lambda s, v: s.key(convert_to(v, s.element)) in s._keys),
        "clear": ("Clear", "void Clear()", _clear_set),
        "unionwith": ("UnionWith", f"void UnionWith({other})", _union),
        "intersectwith": ("IntersectWith", f"void IntersectWith({other})", _intersect),
        "exceptwith": ("ExceptWith", f"void ExceptWith({other})", _except),
        "symmetricexceptwith": ("SymmetricExceptWith", f"void SymmetricExceptWith({other})", _symmetric_except),
        "issubsetof": ("IsSubsetOf", f"bool IsSubsetOf({other})", _compare_sets(lambda a, b: a <= b)),
        "issupersetof": ("IsSupersetOf", f"bool IsSupersetOf({other})", _compare_sets(lambda a, b: a >= b)),
        "ispropersubsetof": ("IsProperSubsetOf", f"bool IsProperSubsetOf({other})",
                             _compare_sets(lambda a, b: a < b)),
        "ispropersupersetof": ("IsProperSupersetOf", f"bool IsProperSupersetOf({other})",
                               _compare_sets(lambda a, b: a > b)),
        "overlaps": ("Overlaps", f"bool Overlaps({other})", _compare_sets(lambda a, b: bool(a & b))),
        "setequals": ("SetEquals", f"bool SetEquals({other})", _compare_sets(lambda a, b: a == b)),
        "trimexcess": ("TrimExcess", "void TrimExcess()", _keep_storage),
    }


# --- the type literals ---------------------------------------------------------------------------------

def _comparer_argument(value: Any) -> StringComparer:
    if isinstance(value, StringComparer):
        return value
    raise TypeError("not an IEqualityComparer")


class SequenceType:
    """[System.Collections.Queue], [System.Collections.Stack], and Queue[T] / Stack[T] when
    `element` (a conversion target) is given."""

    def __init__(self, kind: type, element: Any = None):
        from pyshell.runtime.conversion import type_display_name
        self.kind = kind
        self.generic = element is not None
        self.element = element if self.generic else object
        self.element_name = type_display_name(element) if self.generic else "System.Object"
        self.ps_type_name = (generic_type_name(kind.definition, [self.element_name]) if self.generic
                             else kind.plain_name)

    def make(self, values: Iterable[Any]) -> _Sequence:
        items = [convert_to(v, self.element) for v in values] if self.generic else list(values)
        if self.kind is Stack:
            items.reverse()             # each item is pushed in turn: the last is on top
        return self.kind(items, self.element, self.element_name, self.generic)

    def new(self, *args: Any) -> _Sequence:
        """(), (int capacity), (a collection); a non-generic Queue also (int capacity, float growFactor)."""
        from pyshell.runtime.conversion import to_float, to_int
        from pyshell.runtime.types import list_constructor_items
        if len(args) == 2 and self.kind is Queue and not self.generic:
            to_int(args[0])
            to_float(args[1])
            return self.make(())
        return self.make(list_constructor_items(args))

    def ps_convert(self, value: Any) -> Any:
        """A cast builds one through its collection constructor: an array's items go in (for
        Queue[T] / Stack[T] also a single value, converted to T); $null stays $null."""
        if value is None or value is AUTOMATION_NULL or self.is_instance(value):
            return None if value is AUTOMATION_NULL else value
        if not self.generic:
            if isinstance(value, (list, tuple)):
                return self.make(value)
            raise PSConversionError(value, self.ps_type_name)
        try:
            return self.make(value if isinstance(value, (list, tuple)) else [value])
        except PSConversionError:
            from pyshell.runtime.typeinfo import type_text
            raise PSConversionError(value, type_text(self.ps_type_name)) from None

    def is_instance(self, value: Any) -> bool:
        return (type(value) is self.kind and value.generic == self.generic
                and value.element_name == self.element_name)


class HashSetType:
    """[System.Collections.Generic.HashSet[T]] for one T (a conversion target)."""

    def __init__(self, element: Any):
        from pyshell.runtime.conversion import type_display_name
        self.element = element
        self.element_name = type_display_name(element)
        self.ps_type_name = generic_type_name(HASH_SET, [self.element_name])

    def make(self, values: Iterable[Any], comparer: StringComparer | None = None) -> HashSet:
        made = HashSet(self.element, self.element_name, comparer)
        for v in values:
            made.add(v)
        return made

    def new(self, *args: Any) -> HashSet:
        """(), (int capacity), (a collection), (a comparer), (a collection, a comparer)."""
        from pyshell.runtime.types import list_constructor_items
        if len(args) == 2:
            return self.make(items_of(args[0], "collection"), _comparer_argument(args[1]))
        if len(args) == 1 and isinstance(args[0], StringComparer):
            return self.make((), args[0])
        return self.make(list_constructor_items(args))

    def ps_convert(self, value: Any) -> Any:
        if value is None or value is AUTOMATION_NULL or self.is_instance(value):
            return None if value is AUTOMATION_NULL else value
        try:
            return self.make(value if isinstance(value, (list, tuple)) else [value])
        except PSConversionError:
            from pyshell.runtime.typeinfo import type_text
            raise PSConversionError(value, type_text(self.ps_type_name)) from None

    def is_instance(self, value: Any) -> bool:
        return isinstance(value, HashSet) and value.element_name == self.element_name


def _type_ref(name: str, target: Any) -> Any:
    from pyshell.runtime.types import TypeRef
    return TypeRef(name, target, {"new": target.new}, target.is_instance)


def register(add: Callable[[tuple[str, ...], Any], None]) -> None:
    """Give the non-generic types here to the type registry (`add(names, TypeRef)`)."""
    from pyshell.runtime.types import TypeRef
    add(("System.Collections.Queue", "Collections.Queue"), _type_ref("System.Collections.Queue", SequenceType(Queue)))
    add(("System.Collections.Stack", "Collections.Stack"), _type_ref("System.Collections.Stack", SequenceType(Stack)))
    add(("System.StringComparer", "StringComparer"),
        TypeRef("System.StringComparer", StringComparerType, dict(COMPARER_STATICS),
                lambda v: isinstance(v, StringComparer)))


# Generic definitions by the name a script writes, with the number of type arguments each takes.
_GENERIC_DEFINITIONS = {"queue": 1, "stack": 1, "hashset": 1, "dictionary": 2}


def generic_arguments(name: str) -> tuple[str, list[str]] | None:
    """(definition as written, type arguments as written) of `Name[A,B]`, `Name[[A],[B]]` or
    Name`2[A,B]; None when `name` is not of that shape."""
    from pyshell.runtime.typeinfo import split_top_level
    text = name.strip()
    head, sep, rest = text.partition("[")
    if not sep or not rest.endswith("]"):
        return None
    arguments = []
    for part in split_top_level(rest[:-1], ","):
        part = part.strip()
        if part.startswith("[") and part.endswith("]"):
            part = part[1:-1].strip()
        if not part:
            return None
        arguments.append(part)
    return head.split("`", 1)[0].strip(), arguments


def resolve_generic(name: str, resolve: Callable[[str], Any]) -> Any:
    """The TypeRef of System.Collections.Generic's Queue[T], Stack[T], HashSet[T] or
    Dictionary[K,V] named by `name` (the System. may be left out), or None. `resolve` finds the
    type arguments."""
    parts = generic_arguments(name)
    if parts is None:
        return None
    head, arguments = parts
    low = head.lower()
    short = low.rsplit(".", 1)[-1]
    if low not in (f"system.collections.generic.{short}", f"collections.generic.{short}") or \
            _GENERIC_DEFINITIONS.get(short) != len(arguments):
        return None
    refs = [resolve(a) for a in arguments]
    if any(r is None for r in refs):
        return None
    targets = [r.target for r in refs]
    if short == "dictionary":
        from pyshell.runtime.dictionarytypes import DictionaryType
        return _type_ref(name, DictionaryType(*targets))
    if short == "hashset":
        return _type_ref(name, HashSetType(targets[0]))
    return _type_ref(name, SequenceType(Queue if short == "queue" else Stack, targets[0]))

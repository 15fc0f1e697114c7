"""Frozen record classes made cheaply: what `dataclass(frozen=True, slots=True, kw_only=True)` gives
the syntax tree, without its cost at import time.

dataclasses writes and compiles half a dozen methods for every class as the class is defined. With
some fifty node classes that was the largest single part of pyshell's start-up, paid even by
`pyshell -Command exit`. Here equality, hashing, repr, pickling support and immutability are written
once, in :class:`Record`, and each class's `__init__` is compiled the first time an instance of that
class is made, so a run pays only for the node types its script uses.

A record class lists its fields as annotations, with defaults as class attributes (immutable values
only, as dataclasses requires too); fields of a base record come first. `__dataclass_fields__` maps
the field names in order, as code that walks a tree by field expects.
"""
from __future__ import annotations

TYPE_CHECKING = False       # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any


def frozen_error(message: str) -> Exception:
    """The error assigning to a record's field raises: dataclasses' FrozenInstanceError, as the
    dataclasses these records replace raised (imported only then: dataclasses is slow to import)."""
    from dataclasses import FrozenInstanceError
    return FrozenInstanceError(message)


class _RecordType(type):
    """The metaclass that turns a class statement into a record class as the class is made: its
    annotations become slots and fields, its class-level values the fields' defaults. (A class
    decorator would have to make every class a second time, since slots cannot be added to a class
    that exists: twice the cost, for some fifty node classes, on every start.)"""

    def __new__(mcls, name: str, bases: tuple, namespace: dict, kw_only: bool = True) -> Any:
        if not any(isinstance(b, _RecordType) for b in bases):
            return super().__new__(mcls, name, bases, namespace)      # Record itself
        own = [n for n, t in namespace.get("__annotations__", {}).items() if not _is_class_var(t)]
        inherited = bases[0]._fields
        defaults = dict(bases[0]._defaults)
        for field in own:
            if field in namespace:
                defaults[field] = namespace.pop(field)
        namespace["__slots__"] = tuple(n for n in own if n not in inherited)
        fields = inherited + tuple(n for n in own if n not in inherited)
        namespace["_fields"] = fields
        namespace["_defaults"] = defaults
        namespace["_kw_only"] = kw_only
        namespace["__dataclass_fields__"] = dict.fromkeys(fields)
        namespace["__match_args__"] = fields
        namespace["__init__"] = Record.__init__      # each class compiles its own on first use
        return super().__new__(mcls, name, bases, namespace)

    def __init__(cls, name: str, bases: tuple, namespace: dict, kw_only: bool = True) -> None:
        super().__init__(name, bases, namespace)


class Record(metaclass=_RecordType):
    """Base of the record classes; see the module docstring. A subclass lists its fields as
    annotations; `class Name(Record, kw_only=False)` makes its __init__ take them by position too."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()
    _defaults: dict[str, Any] = {}
    _kw_only = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        cls = type(self)
        init = _compile_init(cls)
        type.__setattr__(cls, "__init__", init)
        init(self, *args, **kwargs)

    def __setattr__(self, name: str, value: Any) -> None:
        raise frozen_error(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise frozen_error(f"cannot delete field {name!r}")

    def _values(self) -> tuple:
        return tuple(getattr(self, f) for f in self._fields)

    def __eq__(self, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return self._values() == other._values()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__qualname__}({inner})"

    def __getstate__(self) -> tuple:
        return self._values()

    def __setstate__(self, state: tuple) -> None:
        for name, value in zip(self._fields, state):
            object.__setattr__(self, name, value)


def _is_class_var(annotation: Any) -> bool:
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    return text.startswith(("ClassVar", "typing.ClassVar"))


def _compile_init(cls: type) -> Any:
    """The `__init__` of one record class, as dataclasses would write it."""
    fields, defaults = cls._fields, cls._defaults
    params, body, env = [], [], {}
    required = [f for f in fields if f not in defaults]
    optional = [f for f in fields if f in defaults]
    order = required + optional if cls._kw_only else list(fields)
    for f in order:
        if f in defaults:
            env[f"__d_{f}"] = defaults[f]
            params.append(f"{f}=__d_{f}")
        else:
            params.append(f)
    for f in fields:
        # Each field is a slot; setting it through its descriptor skips the (refusing) __setattr__
        # and is quicker than object.__setattr__.
        slot = next(k.__dict__[f] for k in cls.__mro__ if f in k.__dict__)
        env[f"__set_{f}"] = slot.__set__
        body.append(f"    __set_{f}(self, {f})")
    star = "*, " if cls._kw_only and params else ""
    source = f"def __init__(self, {star}{', '.join(params)}):\n" + ("\n".join(body) or "    pass") + "\n"
    # exec of the text, not of compile()'s result: the builtin compile() sets up the ast module's
    # classes on its first call, about 1.5 ms that a run would pay for its first record.
    exec(source, env)
    init = env["__init__"]
    init.__code__ = init.__code__.replace(co_filename=f"<record {cls.__qualname__}>")
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init

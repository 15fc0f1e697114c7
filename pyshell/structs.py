"""`@dataclass` and `field` for pyshell's own classes, cheap enough for start-up.

The standard library's dataclasses imports `inspect` (about 10 ms) and writes and compiles several
methods for each class as the class is defined; with some fifty such classes on the path of
`pyshell -Command exit` that was a large part of start-up. This module gives the part of its
interface pyshell uses — fields from annotations with defaults or `field(default_factory=...)`,
`frozen`, `eq`, `slots`, `__post_init__`, inheritance between such classes — with equality, repr and
immutability written once here, and each class's `__init__` compiled when a second instance is
made (the first is set up field by field, by one generic function). So a run pays only for the
classes it uses, and nothing to compile for the many made once per session.

Like dataclasses: `__init__` takes the fields in order (a base class's first), positionally or by
name; `eq` (the default) compares instances of the same class field by field and, unless frozen,
makes them unhashable; frozen instances hash by their fields and refuse assignment.
"""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

_MISSING = object()


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen instance."""


class _Field:
    __slots__ = ("default", "default_factory")

    def __init__(self, default: Any, default_factory: Any) -> None:
        self.default = default
        self.default_factory = default_factory


def field(*, default: Any = _MISSING, default_factory: Callable[[], Any] | Any = _MISSING) -> Any:
    """A field's default given as a value or as a function making a fresh one per instance."""
    return _Field(default, default_factory)


def dataclass(cls: type | None = None, *, frozen: bool = False, eq: bool = True, slots: bool = False) -> Any:
    """Class decorator; see the module docstring."""
    if cls is None:
        return lambda c: _make(c, frozen, eq, slots)
    return _make(cls, frozen, eq, slots)


def _is_class_var(annotation: Any) -> bool:
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    return text.startswith(("ClassVar", "typing.ClassVar"))


def _make(cls: type, frozen: bool, eq: bool, slots: bool) -> type:
    fields: dict[str, _Field] = {}
    for base in reversed(cls.__mro__[1:]):
        fields.update(base.__dict__.get("_struct_fields", {}))
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if _is_class_var(annotation):
            continue
        value = cls.__dict__.get(name, _MISSING)
        if isinstance(value, _Field):
            spec = value
        else:
            if isinstance(value, (list, dict, set)):
                raise ValueError(f"mutable default {type(value)} for field {name} is not allowed: "
                                 "use default_factory")
            spec = _Field(value, _MISSING)
        fields.pop(name, None)
        fields[name] = spec
    namespace = dict(cls.__dict__)
    for name, spec in fields.items():
        if name in cls.__dict__.get("__annotations__", {}):
            if spec.default is _MISSING or slots:
                namespace.pop(name, None)
            else:
                namespace[name] = spec.default
    namespace["_struct_fields"] = fields
    namespace["__dataclass_fields__"] = dict.fromkeys(fields)
    namespace["__match_args__"] = tuple(fields)
    if "__init__" not in cls.__dict__:
        namespace["__init__"] = _first_init
    if "__repr__" not in cls.__dict__:
        namespace["__repr__"] = _repr
    if eq and "__eq__" not in cls.__dict__:
        namespace["__eq__"] = _eq
        if "__hash__" not in cls.__dict__:
            namespace["__hash__"] = _hash if frozen else None
    if frozen:
        namespace["__setattr__"] = _refuse_set
        namespace["__delattr__"] = _refuse_delete
    namespace["_struct_frozen"] = frozen
    if slots:
        own = tuple(n for n in fields if not any(n in getattr(b, "__slots__", ()) for b in cls.__mro__[1:]))
        namespace["__slots__"] = own
        namespace.pop("__dict__", None)
        namespace.pop("__weakref__", None)
        if frozen:
            namespace["__getstate__"] = _getstate
            namespace["__setstate__"] = _setstate
    return type(cls)(cls.__name__, cls.__bases__, namespace)


def _values(self: Any) -> tuple:
    return tuple(getattr(self, name) for name in self._struct_fields)


def _repr(self: Any) -> str:
    inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._struct_fields)
    return f"{type(self).__qualname__}({inner})"


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is self.__class__:
        return _values(self) == _values(other)
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(_values(self))


def _refuse_set(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _refuse_delete(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _getstate(self: Any) -> tuple:
    return _values(self)


def _setstate(self: Any, state: tuple) -> None:
    for name, value in zip(self._struct_fields, state):
        object.__setattr__(self, name, value)


def _owner(cls: type, stand_in: Any) -> type:
    """The class in `cls`'s hierarchy whose `__init__` is `stand_in`."""
    return next(k for k in cls.__mro__ if k.__dict__.get("__init__") is stand_in)


def _first_init(self: Any, *args: Any, **kwargs: Any) -> None:
    """Stands in for a class's `__init__` until its first instance, which `_generic_init` sets up;
    the second instance compiles the real one (compiling costs about 0.1 ms a class)."""
    owner = _owner(type(self), _first_init)
    type.__setattr__(owner, "__init__", _second_init)
    _generic_init(owner, self, args, kwargs)


def _second_init(self: Any, *args: Any, **kwargs: Any) -> None:
    owner = _owner(type(self), _second_init)
    init = _compile_init(owner)
    type.__setattr__(owner, "__init__", init)
    init(self, *args, **kwargs)


def _generic_init(cls: type, self: Any, args: tuple, kwargs: dict) -> None:
    """What the compiled `__init__` of `cls` does, for any class: bind the arguments to the fields
    (positionally, then by name), fill in the defaults, set the fields, call `__post_init__`."""
    fields: dict[str, _Field] = cls._struct_fields       # type: ignore[attr-defined]
    if len(args) > len(fields):
        raise TypeError(f"__init__() takes {len(fields) + 1} positional arguments but {len(args) + 1} were given")
    values = dict(zip(fields, args))
    for name, value in kwargs.items():
        if name not in fields:
            raise TypeError(f"__init__() got an unexpected keyword argument {name!r}")
        if name in values:
            raise TypeError(f"__init__() got multiple values for argument {name!r}")
        values[name] = value
    assign = object.__setattr__ if cls._struct_frozen else setattr  # type: ignore[attr-defined]
    for name, spec in fields.items():
        if name in values:
            value = values[name]
        elif spec.default_factory is not _MISSING:
            value = spec.default_factory()
        elif spec.default is not _MISSING:
            value = spec.default
        else:
            raise TypeError(f"__init__() missing 1 required positional argument: {name!r}")
        assign(self, name, value)
    if hasattr(cls, "__post_init__"):
        self.__post_init__()


def _compile_init(cls: type) -> Callable[..., None]:
    fields: dict[str, _Field] = cls._struct_fields       # type: ignore[attr-defined]
    env: dict[str, Any] = {"_MISSING": _MISSING}
    params, body = [], []
    setter = "__object_setattr(self, {0!r}, {1})" if cls._struct_frozen else "self.{0} = {1}"  # type: ignore[attr-defined]
    env["__object_setattr"] = object.__setattr__
    for name, spec in fields.items():
        if spec.default_factory is not _MISSING:
            env[f"__factory_{name}"] = spec.default_factory
            params.append(f"{name}=_MISSING")
            body.append("    " + setter.format(name, f"__factory_{name}() if {name} is _MISSING else {name}"))
            continue
        if spec.default is not _MISSING:
            env[f"__default_{name}"] = spec.default
            params.append(f"{name}=__default_{name}")
        elif any("=" in p for p in params):
            raise TypeError(f"non-default argument {name!r} follows default argument in {cls.__qualname__}")
        else:
            params.append(name)
        body.append("    " + setter.format(name, name))
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    source = f"def __init__(self, {', '.join(params)}):\n" + ("\n".join(body) or "    pass") + "\n"
    # exec() of the text rather than exec(compile(...)): the builtin compile() sets up the `ast`
    # module's types the first time it is called (about 1 ms), which exec of a string does not.
    exec(source, env)
    init = env["__init__"]
    init.__code__ = init.__code__.replace(co_filename=f"<struct {cls.__qualname__}>")
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init

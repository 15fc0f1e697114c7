"""Classes a script defines: `class P : Base { [string]$Name; P([string]$n) { ... } [string] Hi() { ... } }`.

A ClassType is the type (what `[P]` names): its properties, methods, constructors and static
members. An instance is a ClassInstance, a PSObject whose type names are the class's and its bases',
so the formatter, Select-Object, Get-Member and member access treat it as any object; what it adds
is that a typed property converts what is stored in it, hidden properties stay out of listings, and
its methods (kept in `_members`, where member calls look first) run the class's code.

A method runs in a scope of its own with `$this` and its parameters (converted to their types); only
what it returns is its result (compile_typedefs.py), converted to its return type.
"""
from __future__ import annotations

from pyshell.errors import ErrorCategory
from pyshell.language import nodes as N
from pyshell.runtime.context import runtime_error
from pyshell.runtime.conversion import PSConversionError, convert_to, to_string, type_display_name
from pyshell.runtime.flow import BreakSignal, ContinueSignal, ReturnSignal
from pyshell.runtime.objectcreation import create_from
from pyshell.runtime.operators import PSOperatorError
from pyshell.runtime.typenames import type_names_of
from pyshell.runtime.types import TypeRef, resolve_in, resolve_type
from pyshell.runtime.values import AUTOMATION_NULL, InstanceMethod, PSEnum, PSHashtable, PSObject, enum_members

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

_VOID = ("void", "system.void")


def _discard(value: Any) -> None:
    pass


def zero_of(target: Any) -> Any:
    """A property's value before anything is stored: a value type's zero, else $null."""
    if target in (int, float, bool) or getattr(target, "ps_type_name", "") in ("System.Int64", "System.Decimal"):
        return convert_to(None, target)
    if isinstance(target, type) and issubclass(target, PSEnum):
        members = enum_members(target)
        for member in members:
            if member.value == 0:
                return member
        return members[0] if members else None
    return None


class ClassProperty:
    __slots__ = ("name", "target", "default", "static", "hidden", "checks")

    def __init__(self, node: N.PropertyMember, target: Any, default: Callable | None, checks: list):
        self.name = node.name
        self.target = target
        self.default = default
        self.static = node.static
        self.hidden = node.hidden
        self.checks = checks        # its validation attributes ([ValidateSet(...)] and the like)

    def convert(self, value: Any) -> Any:
        """The value as stored: converted to the property's type (a string property may be $null),
        then checked by its validation attributes."""
        if self.target is not None and not (value is None and self.target is str):
            value = convert_to(value, self.target)
        for check in self.checks:
            refusal = check(value)
            if refusal is not None:
                raise _Refused(value, refusal)
        return value

    def setting(self, value: Any) -> Any:
        """`convert`, for a script's assignment: a refusal is PowerShell's ExceptionWhenSetting."""
        try:
            return self.convert(value)
        except PSConversionError as exc:
            raise PSOperatorError(f'Exception setting "{self.name}": "{exc.message}"', "ExceptionWhenSetting",
                                  "NotSpecified", "SetValueInvocationException") from None


class _Refused(PSConversionError):
    """A value a property's validation attribute refuses."""

    def __init__(self, value: Any, reason: str):
        super().__init__(value, "", reason, "ValidationMetadataException")

    @property
    def message(self) -> str:
        return self.reason


class Overload:
    """One method or constructor: its parameters' types, its return type and its compiled body."""

    __slots__ = ("node", "owner", "params", "return_target", "body", "base_arguments")

    def __init__(self, owner: "ClassType", node: N.MethodMember, params: list, return_target: Any, body: Callable,
                 base_arguments: list | None):
        self.owner = owner
        self.node = node
        self.params = params                    # [(key, name, target or None)]
        self.return_target = return_target      # None: void or untyped (object)
        self.body = body
        self.base_arguments = base_arguments

    @property
    def definition(self) -> str:
        shown = ", ".join(f"{_short(t)} {n}" for _, n, t in self.params)
        returns = "void" if self.node.constructor or self.void else _short(self.return_target)
        return f"{returns} {self.node.name}({shown})"

    def bind(self, ctx: Any, this: Any, args: list) -> None:
        """Set `$this` and the parameters in the current scope."""
        vars_ = ctx.scope.vars
        if this is not None:
            vars_["this"] = this
        for (key, name, target), arg in zip(self.params, args):
            if target is not None:
                try:
                    arg = convert_to(arg, target)
                except PSConversionError as exc:
                    raise runtime_error(f'Cannot convert argument "{name}", with value: "{to_string(arg)}", for '
                                        f'"{self.node.name}" to type "{type_display_name(target)}": '
                                        f'"{exc.message}"', "MethodArgumentConversionInvalidCastArgument", None,
                                        ErrorCategory.NotSpecified, "MethodException") from None
            vars_[key] = arg

    def run(self, ctx: Any, this: Any, args: list) -> Any:
        parent = ctx.push_scope()
        try:
            self.bind(ctx, this, args)
            try:
                self.body(ctx, _discard)
                value = None
            except ReturnSignal as ret:
                value = ret.value
            except (BreakSignal, ContinueSignal):   # outside any loop: it ends the method, not the caller's loop
                value = None
        finally:
            ctx.pop_scope(parent)
        if self.return_target is None or self.node.constructor:
            return AUTOMATION_NULL if self.void or self.node.constructor else value
        return convert_to(value, self.return_target)

    @property
    def void(self) -> bool:
        rt = self.node.return_type
        return rt is not None and rt.name.strip().lower() in _VOID


def _short(target: Any) -> str:
    """A type as member definitions write it: `string`, `int`, else its full name."""
    from pyshell.runtime.typeinfo import display_name
    return "System.Object" if target is None else display_name(type_display_name(target))


def pick(overloads: list[Overload], args: list) -> Overload:
    """The overload for these arguments: by their number, then the first whose parameter types
    take them; TypeError (no overload for that count) as .NET's binder reports it."""
    fitting = [o for o in overloads if len(o.params) == len(args)]
    if not fitting:
        raise TypeError(len(args))
    if len(fitting) > 1:
        for overload in fitting:
            try:
                for (_, _, target), arg in zip(overload.params, args):
                    if target is not None:
                        convert_to(arg, target)
                return overload
            except PSConversionError:
                continue
    return fitting[0]


class ClassMethod(InstanceMethod):
    """The methods of one name an instance has, as the member call finds them in `_members`."""

    __slots__ = ("name", "overloads")
    member_type = "Method"

    def __init__(self, name: str, overloads: list[Overload]):
        self.name = name
        self.overloads = overloads

    @property
    def hidden(self) -> bool:
        """Declared `hidden`: Get-Member leaves it out unless -Force."""
        return all(o.node.hidden for o in self.overloads)

    def invoke(self, owner: Any, args: list) -> Any:
        overload = pick(self.overloads, args)
        return overload.run(overload.owner.ctx, owner, args)

    def definition(self) -> str:
        return ", ".join(o.definition for o in self.overloads)


class ClassInstance(PSObject):
    """An object of a script's class."""

    __slots__ = ("ps_class",)

    @property
    def string_form(self) -> str | None:      # ToString(): the class's own, else its name
        method = self._members.get("tostring") if self._members is not None else None
        if isinstance(method, ClassMethod) and any(not o.params for o in method.overloads):
            return to_string(method.invoke(self, []))
        return None

    @string_form.setter
    def string_form(self, value: Any) -> None:
        pass

    def ps_equals(self, other: Any) -> bool:
        """-eq with this object on the left: the class's own Equals(one argument) when it declares
        one, as PowerShell calls Object.Equals; else the same object only."""
        method = self._members.get("equals") if self._members is not None else None
        if isinstance(method, ClassMethod) and any(len(o.params) == 1 for o in method.overloads):
            from pyshell.runtime.conversion import to_bool
            return to_bool(method.invoke(self, [other]))
        return self is other

    def set(self, name: str, value: Any) -> None:
        prop = self.ps_class.properties.get(name.lower())
        super().set(name, value if prop is None else prop.setting(value))

    def property_definition(self, name: str) -> str | None:
        """How Get-Member shows a property: by its declared type."""
        prop = self.ps_class.properties.get(name.lower())
        return None if prop is None else f"{_short(prop.target)} {prop.name} {{get;set;}}"

    def property_names(self) -> list[str]:
        hidden = self.ps_class.hidden
        return [n for n in self._names.values() if n.lower() not in hidden]

    def properties(self) -> Any:
        hidden = self.ps_class.hidden
        for name, value in super().properties():
            if name.lower() not in hidden:
                yield name, value


class StaticTable(dict):
    """A class's static members by lower-cased name. Its static constructor (`static P() { }`) runs
    the first time any of them is looked up, as .NET runs a type initializer on first use."""

    __slots__ = ("initializers",)

    def __init__(self) -> None:
        super().__init__()
        self.initializers: list = []

    def _initialize(self) -> None:
        pending, self.initializers = self.initializers, []
        for overload in pending:
            overload.run(overload.owner.ctx, None, [])

    def __contains__(self, key: object) -> bool:
        if self.initializers:
            self._initialize()
        return super().__contains__(key)

    def __getitem__(self, key: str) -> Any:
        if self.initializers:
            self._initialize()
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        if self.initializers:
            self._initialize()
        return super().get(key, default)


class ClassRef(TypeRef):
    """`[P]`: its statics are the class's static methods and properties and `new`; a static
    property can be set (`[P]::Count = 5`)."""

    def __init__(self, cls: "ClassType"):
        super().__init__(cls.name, cls, None, cls.is_instance)
        self.statics = cls.statics      # the class's own table: static properties change in it
        self.cls = cls

    def ps_set_property(self, key: str, value: Any) -> bool:
        prop = self.cls.static_properties.get(key)
        if prop is None:
            return False
        self.cls.statics[key] = prop.setting(value)
        return True


class ClassType:
    """A class a script defined (see the module's docstring)."""

    def __init__(self, node: N.TypeDefinition, ctx: Any, compiler: Any):
        self.node = node
        self.name = node.name
        self.ctx = ctx
        self.compiler = compiler
        self.base: ClassType | None = None
        self.properties: dict[str, ClassProperty] = {}          # instance properties, the base's first
        self.static_properties: dict[str, ClassProperty] = {}
        self.hidden: set[str] = set()
        self.order: list[str] = []                               # instance properties as listed
        self.methods: dict[str, ClassMethod] = {}
        self.constructors: list[Overload] = []
        self.statics = StaticTable()
        self.type_names: list[str] = [node.name, "System.Object"]
        self.finished = False
        self.type_ref = ClassRef(self)

    @property
    def ps_type_name(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"ClassType({self.name})"

    def derives_from(self, other: "ClassType") -> bool:
        cls: ClassType | None = self
        while cls is not None:
            if cls is other:
                return True
            cls = cls.base
        return False

    def is_instance(self, value: Any) -> bool:
        return isinstance(value, ClassInstance) and value.ps_class.derives_from(self)

    # -- making objects ---------------------------------------------------------------------------
    def new(self, *args: Any) -> ClassInstance:
        obj = ClassInstance(type_names=self.type_names)
        obj.ps_class = self
        obj._members = dict(self.methods)
        for key in self.order:      # listed as .NET lists a class's properties: its own, then its base's
            obj._names[key] = self.properties[key].name
            obj._values[key] = None
        self.construct(obj, list(args))
        return obj

    def construct(self, obj: ClassInstance, args: list) -> None:
        """Run this class's part of making `obj`: the base's part (with the arguments of
        `: base(...)`), then this class's property defaults, then the constructor's body."""
        ctx = self.ctx
        overload = pick(self.constructors, args) if self.constructors or args else None
        parent = ctx.push_scope()
        try:
            if overload is not None:
                overload.bind(ctx, obj, args)
            else:
                ctx.scope.vars["this"] = obj
            if self.base is not None:
                base_args = [a(ctx) for a in overload.base_arguments] if overload and overload.base_arguments else []
                self.base.construct(obj, base_args)
            for key, prop in self.properties.items():
                if self.base is not None and key in self.base.properties:
                    continue
                obj._names[key] = prop.name
                obj._values[key] = prop.convert(prop.default(ctx)) if prop.default is not None else zero_of(prop.target)
            if overload is not None:
                try:
                    overload.body(ctx, _discard)
                except ReturnSignal:
                    pass
        finally:
            ctx.pop_scope(parent)

    def ps_convert(self, value: Any) -> Any:
        """A cast to the class: an instance stays itself; a hashtable or object sets the properties
        of a new instance; another value goes to a constructor taking one argument."""
        if value is None or self.is_instance(value):
            return value
        if isinstance(value, (PSHashtable, PSObject)) and not isinstance(value, ClassInstance):
            if any(len(c.params) == 0 for c in self.constructors) or not self.constructors:
                hidden = tuple(p.name for k, p in self.properties.items() if k in self.hidden)
                return create_from(value, self.name, self.new, self.available(), _set_member, hidden)
        # A constructor converts only a value its one parameter takes as it is (.NET's GetConstructor
        # for the value's type): [P]"name" calls P([string]$n), [P]5 and [P]@{...} do not.
        for overload in self.constructors:
            if len(overload.params) == 1 and _takes_as_is(overload.params[0][2], value):
                try:
                    return self.new(value)
                except (PSConversionError, TypeError):
                    break
        raise PSConversionError(value, self.name)

    def available(self) -> list[tuple[str, str]]:
        """The properties a hashtable cast may set, with their types' full names."""
        return [(p.name, type_display_name(p.target) if p.target is not None else "System.Object")
                for k, p in self.properties.items() if k not in self.hidden]


def _takes_as_is(target: Any, value: Any) -> bool:
    """Whether a parameter of type `target` takes `value` without converting it."""
    if target is None or target is object:
        return True
    if isinstance(target, ClassType):
        return target.is_instance(value)
    if isinstance(target, type) and target in (str, int, float, bool):
        return isinstance(value, target) and (target is bool or not isinstance(value, bool))
    wanted = type_display_name(target).lower()
    return any(name.lower() == wanted for name in type_names_of(value))


def _set_member(obj: Any, name: str, value: Any) -> None:
    try:
        obj.set(name, value)
    except PSOperatorError as exc:
        raise ValueError(exc.message) from None


def method_of(ref: TypeRef, name: str) -> ClassMethod | None:
    """The instance method `name` of the script class `ref` names (for `([Base]$this).Name()`), or
    None when `ref` names no script class or the class has no such method."""
    target = ref.target
    return target.methods.get(name.lower()) if isinstance(target, ClassType) else None


# -- defining --------------------------------------------------------------------------------------

def define_classes(compiler: Any, ctx: Any, nodes: list[N.TypeDefinition]) -> None:
    """Make the classes, register them (so they may name one another, in any order), then fill in
    each one after its base."""
    made = {node.name.lower(): ClassType(node, ctx, compiler) for node in nodes}
    for cls in made.values():
        ctx.module_types.define(cls.name, cls)
    for cls in made.values():
        _finish(cls, ctx, made, [])


def _resolve(ctx: Any, tc: N.TypeConstraint) -> Any:
    ref = resolve_in(tc.name, tc.namespaces, ctx.module_types)
    if ref is None:
        raise runtime_error(f"Unable to find type [{tc.name}].", "TypeNotFound", tc.extent,
                            ErrorCategory.InvalidOperation)
    return ref.target


def _finish(cls: ClassType, ctx: Any, made: dict, chain: list) -> None:
    from pyshell.commands.function_metadata import variable_validators
    if cls.finished:
        return
    node = cls.node
    if node.base_types:
        base_tc = node.base_types[0]
        base = _resolve(ctx, base_tc)
        if isinstance(base, ClassType):
            if base in chain or base is cls:
                raise runtime_error(f"Cannot define class '{cls.name}': it derives from itself.",
                                    "CyclicTypeDependency", base_tc.extent, ErrorCategory.InvalidOperation)
            _finish(base, ctx, made, chain + [cls])
            cls.base = base
        elif base is not object:
            raise runtime_error(f"The class '{cls.name}' cannot derive from [{base_tc.name}]: pyshell classes "
                                "derive from other script classes only.", "TypeCreationError", base_tc.extent,
                                ErrorCategory.InvalidOperation)
    compiler = cls.compiler
    if cls.base is not None:
        cls.properties.update(cls.base.properties)
        cls.hidden.update(cls.base.hidden)
        cls.methods.update(cls.base.methods)
        cls.statics.update(cls.base.statics)
        cls.static_properties.update(cls.base.static_properties)
        cls.type_names = [cls.name] + cls.base.type_names
    own: dict[str, list[Overload]] = {}
    statics: dict[str, list[Overload]] = {}
    type_initializers: list[Overload] = []
    for member in node.members:
        if isinstance(member, N.PropertyMember):
            target = _resolve(ctx, member.type) if member.type is not None else None
            default = compiler.expr(member.default) if member.default is not None else None
            checks = variable_validators(ctx, list(member.attributes), member.extent) if member.attributes else []
            prop = ClassProperty(member, target, default, checks)
            key = member.name.lower()
            if member.static:
                cls.static_properties[key] = prop
                cls.statics[key] = prop.convert(default(ctx)) if default is not None else zero_of(target)
            else:
                cls.properties[key] = prop
                if member.hidden:
                    cls.hidden.add(key)
        elif isinstance(member, N.MethodMember):
            params = [(p.name.lower(), p.name, _resolve(ctx, p.type) if p.type is not None else None)
                      for p in member.parameters]
            rt = member.return_type
            return_target = None if rt is None or rt.name.strip().lower() in _VOID else _resolve(ctx, rt)
            base_args = [compiler.expr(a) for a in member.base_arguments] if member.base_arguments else None
            overload = Overload(cls, member, params, return_target, compiler.method_body(member), base_args)
            if member.constructor:
                cls.constructors.append(overload)
            elif member.static and member.name.lower() == cls.name.lower() and not params:
                type_initializers.append(overload)      # `static P() { }`: runs once the class is made
            else:
                (statics if member.static else own).setdefault(member.name.lower(), []).append(overload)
    own_keys = [m.name.lower() for m in node.members if isinstance(m, N.PropertyMember) and not m.static]
    cls.order = own_keys + [k for k in (cls.base.order if cls.base else []) if k not in own_keys]
    for key, overloads in own.items():
        inherited = cls.methods.get(key)
        kept = [o for o in inherited.overloads if all(len(o.params) != len(n.params) for n in overloads)] \
            if inherited is not None else []
        cls.methods[key] = ClassMethod(overloads[0].node.name, overloads + kept)
    for key, overloads in statics.items():
        cls.statics[key] = _static_caller(ctx, overloads)
    cls.statics["new"] = cls.new
    cls.statics.initializers = type_initializers
    cls.finished = True


def _static_caller(ctx: Any, overloads: list[Overload]) -> Callable[..., Any]:
    def call(*args: Any) -> Any:
        return pick(overloads, list(args)).run(ctx, None, list(args))
    # What Get-Member -Static (and Tab after ::) shows for it.
    call.ps_name = overloads[0].node.name                                          # type: ignore[attr-defined]
    call.ps_definition = ", ".join(f"static {o.definition}" for o in overloads)   # type: ignore[attr-defined]
    return call

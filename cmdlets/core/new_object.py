"""New-Object: a new PSObject (with note properties from -Property), a hashtable, or an instance of
one of the other types pyshell knows and can construct (ArrayList, List[T], Dictionary[K,V],
HashSet[T], Queue, Stack, StringBuilder, Stopwatch, arrays of a given length, exceptions).

pyshell has no .NET runtime to reflect over: a type is made through its `new` in the type registry
(runtime/types.py), as [Type]::new(...) is. Any other type name is refused with PowerShell's
TypeNotFound error and a hint that names what does work.
"""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import PSConversionError, to_string
from pyshell.runtime.psmembers import add_note_property
from pyshell.runtime.scope import namespaces_in_force
from pyshell.runtime.types import resolve_in
from pyshell.runtime.values import PSHashtable, PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

NET_SET = "Net"

_PSOBJECT_NAMES = frozenset({"psobject", "pscustomobject", "system.management.automation.psobject"})
_HASHTABLE_NAMES = frozenset({"hashtable", "system.collections.hashtable"})
_ORDERED_NAMES = frozenset({"system.collections.specialized.ordereddictionary"})


class NewObject(Cmdlet):
    """Creates an instance of a PSObject (or an empty hashtable)."""

    verb, noun = "New", "Object"
    default_set = NET_SET
    implementing_type = "Microsoft.PowerShell.Commands.NewObjectCommand"
    output_types = ("System.Management.Automation.PSObject",)
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113355"
    description = (
        "New-Object PSObject (or PSCustomObject, which PowerShell treats as the same type name here) "
        "makes an empty custom object; -Property turns each key of a hashtable into a note property, "
        "in the hashtable's order. New-Object Hashtable makes an empty hashtable. Of the other .NET types, "
        "pyshell constructs the collections scripts gather results in (System.Collections.ArrayList, "
        "System.Collections.Queue and Stack, and System.Collections.Generic's List[T], Dictionary[K,V], "
        "HashSet[T], Queue[T] and Stack[T]), System.Text.StringBuilder, System.Diagnostics.Stopwatch, "
        "arrays of a given length (New-Object 'int[]' 3) and exceptions (System.Exception and its kin), passing -ArgumentList to "
        "the constructor. A value type named without arguments (int, char, datetime, an enum) gives its zero value. Naming any other type fails with PowerShell's TypeNotFound error. To build an "
        "object in one step you can also write [pscustomobject]@{Name='x'; Value=1}.")

    type_name = Parameter(str, position=0, mandatory=True, sets=(NET_SET,),
                          help="The type to create: PSObject or PSCustomObject (a custom object), Hashtable, "
                               "System.Collections.ArrayList, Queue or Stack, System.Collections.Generic.List[T], "
                               "Dictionary[K,V], HashSet[T], Queue[T] or Stack[T], System.Text.StringBuilder, "
                               "System.Diagnostics.Stopwatch, an array type such as int[], or an exception type.")
    argument_list = Parameter(list, position=1, sets=(NET_SET,), aliases=("Args",),
                              help="Constructor arguments. A PSObject takes one: the object to wrap, which "
                                   "New-Object returns as it is (with -Property's notes added).")
    property = Parameter(PSHashtable,
                         help="A hashtable whose keys become note properties of the new object, set to "
                              "the keys' values.")

    examples = (
        Example("New-Object -TypeName PSObject -Property @{Identity='xmpp.example.org'; Enabled=$true}",
                "Creates a custom object with two note properties.",
                "\nIdentity         Enabled\n--------         -------\nxmpp.example.org    True\n\n\n"),
        Example("$o = New-Object PSObject; $o | Add-Member NoteProperty Owner 'ops'; $o.Owner",
                "Starts with an empty object and adds a property to it.", "ops\n"),
        Example("$names = New-Object System.Collections.ArrayList; [void]$names.Add('a'); [void]$names.Add('b'); "
                "$names.Count",
                "An empty ArrayList to collect results in; [void] keeps Add's return value (the new index) "
                "out of the output.", "2\n"),
        Example("$sb = New-Object System.Text.StringBuilder; [void]$sb.Append('a').Append('b'); $sb.ToString()",
                "A StringBuilder to build text in; Append returns the builder, so calls chain.", "ab\n"),
        Example("$seen = New-Object 'System.Collections.Generic.HashSet[string]'; $seen.Add('x'); $seen.Add('x')",
                "A HashSet's Add says whether the item was new.", "True\nFalse\n"),
        Example("New-Object System.Net.WebClient",
                "Fails: pyshell cannot construct that .NET type."),
    )

    def process(self) -> None:
        key = self.type_name.strip().lower()
        args = list(self.argument_list or [])
        if key in _PSOBJECT_NAMES:
            if len(args) > 1:
                self._no_overload("PSObject", len(args))
            obj: Any = args[0] if args else PSObject()
            if self.property is not None:
                if not isinstance(obj, PSObject):
                    self._member_not_found(next(iter(self.property.keys()), ""))
                for name, value in self.property.items():
                    add_note_property(obj, to_string(name), value)
            self.write_object(obj)
            return
        if key in _HASHTABLE_NAMES or key in _ORDERED_NAMES:
            if args:
                self._no_constructor()
            table = PSHashtable(ordered=key in _ORDERED_NAMES)
            if self.property is not None and len(self.property):
                self._member_not_found(next(iter(self.property.keys())))
            self.write_object(table)
            return
        ref = resolve_in(self.type_name, namespaces_in_force(self.context.scope), self.context.module_types)
        if ref is None:
            self.throw_terminating(self.error_record(
                f"Cannot find type [{self.type_name}]: verify that the assembly containing this type is loaded.",
                "TypeNotFound", ErrorCategory.InvalidType, exception_type="PSArgumentException",
                hint="pyshell's New-Object creates custom objects (PSObject), hashtables, collections "
                     "(System.Collections.ArrayList, Queue and Stack; System.Collections.Generic.List[T], "
                     "Dictionary[K,V], HashSet[T], Queue[T] and Stack[T]), System.Text.StringBuilder, "
                     "System.Diagnostics.Stopwatch, arrays ('int[]' with a length) and exceptions; for a custom object try "
                     "New-Object PSObject -Property @{Name='value'}."))
        if not args and _is_value_type(ref):
            # A struct has no parameterless constructor to call; .NET's Activator gives its zero
            # value, as New-Object does ([int] 0, [char] 0, [datetime] 1 January of year 1).
            from pyshell.runtime.listtypes import default_value
            obj = default_value(ref.target, ref.full_name)
            if self.property is not None and len(self.property):
                self._member_not_found(next(iter(self.property.keys())))
            self.write_object(obj)
            return
        make = ref.statics.get("new")
        if not callable(make):
            self._no_constructor()
        try:
            obj = make(*args)
        except TypeError:
            if not args:
                self._no_constructor()
            self._no_overload(ref.full_name.rsplit(".", 1)[-1], len(args))
        except PSConversionError:
            self._no_constructor()
        if self.property is not None and len(self.property):
            self._member_not_found(next(iter(self.property.keys())))
        self.write_object(obj)      # as it is: a new list is one object, not its items

    def _no_constructor(self) -> None:
        self.throw_terminating(self.error_record(
            f"A constructor was not found. Cannot find an appropriate constructor for type {self.type_name}.",
            "CannotFindAppropriateCtor", ErrorCategory.ObjectNotFound, exception_type="PSArgumentException"))

    def _no_overload(self, type_short_name: str, count: int) -> None:
        """Arguments no constructor of the type takes: 5.1 calls the constructors through the .NET
        adapter, whose MethodException New-Object reports as ConstructorInvokedThrowException."""
        self.throw_terminating(self.error_record(
            f'Cannot find an overload for "{type_short_name}" and the argument count: "{count}".',
            "ConstructorInvokedThrowException", ErrorCategory.InvalidOperation, exception_type="MethodException"))

    def _member_not_found(self, name: Any) -> None:
        self.throw_terminating(self.error_record(
            f'The member "{to_string(name)}" was not found for the specified .NET object.',
            "InvalidOperationException", ErrorCategory.InvalidOperation,
            exception_type="InvalidOperationException"))


def _is_value_type(ref: Any) -> bool:
    from pyshell.runtime.typeinfo import is_array_of_value_type
    from pyshell.runtime.values import TypedArray
    return is_array_of_value_type(TypedArray((), ref.target, ref.full_name))

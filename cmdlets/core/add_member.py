"""Add-Member: give an object members of its own (note, script and alias properties, script
methods) or another type name."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.commands.validators import PositionalRefusal
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import PSConversionError, to_string
from pyshell.runtime.extended import EXTENDED_TYPES, extend, extensible, keep_extension, kept_extension
from pyshell.runtime.psmembers import (AliasPropertyValue, MemberTypeSet, ScriptMethodMember, ScriptPropertyValue,
                                       SetMember, add_computed_property, add_note_property, add_script_method,
                                       add_set_member, added_member_kind, has_member, member_set,
                                       member_type_mask, member_types_text, property_set, remove_member,
                                       single_member_type)
from pyshell.runtime.scriptblock import ScriptBlock
from pyshell.runtime.types import TypeRef, resolve_type
from pyshell.runtime.values import PSCUSTOMOBJECT, PSHashtable, PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MEMBER_SET = "MemberSet"
TYPE_NAME_SET = "TypeNameSet"
NOTE_SINGLE = "NotePropertySingleMemberSet"
NOTE_MULTI = "NotePropertyMultiMemberSet"
ALL_FOUR = (MEMBER_SET, TYPE_NAME_SET, NOTE_SINGLE, NOTE_MULTI)

_ADDABLE = ("AliasProperty", "CodeMethod", "CodeProperty", "MemberSet", "NoteProperty", "PropertySet",
            "ScriptMethod", "ScriptProperty")
_MEMBER_INFO = "System.Management.Automation.PSMemberInfo"
_MEMBER_COLLECTION = "System.Collections.ObjectModel.Collection`1[System.Management.Automation.PSMemberInfo]"


def _not_a_member_type(value: Any) -> str | None:
    """-NotePropertyName refuses names that are member types, so `Add-Member NoteProperty x 1`
    binds NoteProperty to -MemberType, as in PowerShell."""
    try:
        mask = member_type_mask(value)
    except PSConversionError:
        return None
    kind = single_member_type(mask)
    if kind is not None and kind.name in _ADDABLE:
        return PositionalRefusal(
            "The parameter NotePropertyName cannot take values that could be converted to the type "
            "System.Management.Automation.PSMemberTypes. To define the name of a member with those values, "
            "use Add-Member, and specify the member type.")
    return None


class AddMember(Cmdlet):
    """Adds custom properties and methods to an instance of a PowerShell object."""

    verb, noun = "Add", "Member"
    default_set = TYPE_NAME_SET
    implementing_type = "Microsoft.PowerShell.Commands.AddMemberCommand"
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113280"
    description = (
        "Add-Member extends one object (not its type): -NotePropertyName/-NotePropertyValue or a "
        "hashtable in -NotePropertyMembers add plain values; -MemberType with -Name and -Value adds a "
        "NoteProperty, a ScriptProperty (a script block computed on every read, with $this the "
        "object; -SecondValue is a setter that gets the new value as $args[0]), an AliasProperty "
        "(another name for a member; -SecondValue converts the value to a type), a ScriptMethod, a "
        "MemberSet (a group of member descriptions, such as $o.psobject.Properties) or a PropertySet "
        "(a named list of property names). A name the object already has is refused unless you add "
        "-Force. Add-Member writes nothing unless you ask for the object with -PassThru. Strings and "
        "arrays can be extended too (they stay what they were); numbers and hashtables cannot be.")

    input_object = Parameter(PSObject, mandatory=True, pipeline=True, sets=ALL_FOUR,
                             help="The object to extend. Usually it comes through the pipeline.")
    # The note parameters come before -MemberType: at position 0 PowerShell's binder offers a value
    # to -NotePropertyName first (`Add-Member 23 x` adds a note named 23), and -NotePropertyName's
    # check passes a member type's name on to -MemberType (`Add-Member 8 n x` adds a note n).
    note_property_name = Parameter(str, sets={NOTE_SINGLE: SetOptions(position=0, mandatory=True)},
                                   validators=(_not_a_member_type,),
                                   help="The name of a note property to add (the short form).")
    note_property_value = Parameter(object, sets={NOTE_SINGLE: SetOptions(position=1, mandatory=True)},
                                    allow_null=True,
                                    help="The value of the note property named by -NotePropertyName.")
    note_property_members = Parameter(PSHashtable, sets={NOTE_MULTI: SetOptions(position=0, mandatory=True)},
                                      help="A hashtable of note properties to add: each key a name, each value "
                                           "its value.")

    member_type = Parameter(MemberTypeSet, aliases=("Type",),
                            sets={MEMBER_SET: SetOptions(position=0, mandatory=True)},
                            help="The kind of member to add: NoteProperty, ScriptProperty, AliasProperty, "
                                 "ScriptMethod, MemberSet or PropertySet. (CodeProperty and CodeMethod need a "
                                 ".NET method, which pyshell has none of.)")
    name = Parameter(str, sets={MEMBER_SET: SetOptions(position=1, mandatory=True)},
                     help="The name of the new member.")
    value = Parameter(object, sets={MEMBER_SET: SetOptions(position=2)},
                      help="The note's value, the script property's getter, the alias's target member, "
                           "the script method's body, the member set's members or the property set's names.")
    second_value = Parameter(object, sets={MEMBER_SET: SetOptions(position=3)},
                             help="A script property's setter, or the type an alias property converts to.")
    type_name = Parameter(str, sets={TYPE_NAME_SET: SetOptions(mandatory=True), MEMBER_SET: SetOptions(),
                                     NOTE_SINGLE: SetOptions(), NOTE_MULTI: SetOptions()},
                          help="A type name to put first in the object's type names (its PSTypeNames).")
    force = Parameter(SwitchParameter, sets=(MEMBER_SET, NOTE_SINGLE, NOTE_MULTI),
                      help="Replace a member of the same name instead of refusing.")
    pass_thru = Parameter(SwitchParameter,
                          help="Write the extended object to the pipeline.")
    examples = (
        Example("$p = [pscustomobject]@{Name='xmpp.contoso.com'}\n"
                "$p | Add-Member -NotePropertyName Owner -NotePropertyValue 'ops'\n$p.Owner",
                "Adds a note property with the short form.", "ops\n"),
        Example("$r = [pscustomobject]@{Width=3; Height=4}\n"
                "$r | Add-Member -MemberType ScriptProperty -Name Area -Value {$this.Width * $this.Height}\n"
                "$r.Width = 5; $r.Area",
                "A script property is computed each time it is read.", "20\n"),
        Example("$r = [pscustomobject]@{Width=3}\n"
                "$r | Add-Member ScriptMethod Scale {param($k) $this.Width *= $k}\n$r.Scale(4); $r.Width",
                "A script method changes the object through $this.", "12\n"),
        Example("[pscustomobject]@{Identity='gmail.com'} | Add-Member AliasProperty Domain Identity -PassThru",
                "An alias property reads another member; -PassThru writes the object on.",
                "\nIdentity  Domain   \n--------  ------   \ngmail.com gmail.com\n\n\n"),
        Example("$o = [pscustomobject]@{a=1}; $o | Add-Member @{b=2; c=3} -PassThru",
                "Adds several note properties from a hashtable.",
                "\na b c\n- - -\n1 2 3\n\n\n"),
    )

    def process(self) -> None:
        # The order is PowerShell's: the arguments are checked and the member made first, and only
        # then is it added to the object.
        if self.type_name is not None and not self.type_name.strip():
            self.throw_terminating(self._error("The TypeName parameter should not be null, empty, or contain only "
                                               "white spaces.", "TypeNameShouldNotBeEmpty", self.type_name))
        set_name = self.parameter_set_name
        if set_name == TYPE_NAME_SET:
            obj = self._target()
            if obj is not None:
                self._add_type_name(obj)
                self._pass_on(obj)
            return
        if set_name == NOTE_MULTI:
            self._add_notes()
            return
        if set_name == NOTE_SINGLE:
            member: Any = (self.note_property_name, self.note_property_value)
        else:
            member = self._typed_member()
        obj = self._target()
        if obj is None or not self._make_room(obj, _member_name(member)):
            return
        install(obj if isinstance(obj, PSObject) else obj.ps_extension, member)
        self._add_type_name(obj)
        self._pass_on(obj)

    def _add_notes(self) -> None:
        obj = self._target()
        if obj is None:
            return
        added = False
        for key, value in self.note_property_members.items():
            name = to_string(key)
            if not name:
                self.write_error(self._error("The name for a NoteProperty member should not be null or an "
                                             "empty string.", "NotePropertyNameShouldNotBeNull", name))
                continue
            if self._make_room(obj, name):
                install(obj if isinstance(obj, PSObject) else obj.ps_extension, (name, value))
                added = True
        if added:
            self._add_type_name(obj)
            self._pass_on(obj)

    def _target(self) -> Any:
        """The object to extend: a PSObject as it is; a string or an array through an extended copy
        (extended.py). Without -PassThru that copy is the one the session keeps beside the string or
        array, as PowerShell keeps their members in a table; -PassThru writes a copy, that kept one
        when there is one."""
        obj = self.input_object
        if isinstance(obj, PSObject):
            return obj
        if type(obj) in EXTENDED_TYPES:
            return obj
        if extensible(obj):
            if not self.pass_thru:
                return keep_extension(self.context, obj)
            kept = kept_extension(self.context, obj)
            return extend(obj) if kept is None else kept
        self.write_error(self.error_record(
            f"pyshell cannot add members to a value of type [{_type_of(obj)}]; only objects (PSObjects), strings "
            "and arrays can be extended.", "AddMemberToValueNotSupported", ErrorCategory.NotImplemented,
            target=obj, exception_type="NotSupportedException",
            hint="Make an object first, for example [pscustomobject]@{Value=$x}, and extend that."))
        return None

    def _pass_on(self, obj: Any) -> None:
        if self.pass_thru:
            self.write_object(obj)

    # -- the -MemberType form: PowerShell's checks for each kind, in its order -------------------
    def _typed_member(self) -> Any:
        kind = single_member_type(self.member_type)
        if kind is None:
            shown = member_types_text(self.member_type)
            self.throw_terminating(self._error(f'To add a member, only one member type can be specified. The member '
                                               f'types specified are: "{shown}"', "WrongMemberCount"))
        self._kind = kind.name
        make = getattr(self, "_" + kind.name.lower(), None) if kind.name in _ADDABLE else None
        if make is None:
            self.throw_terminating(self._error(f'Cannot add a member with type "{kind.name}". Specify a different '
                                               "type for the MemberTypes parameter.", "CannotAddMemberType"))
        return make()

    def _aliasproperty(self) -> Any:
        self._value1_given()
        self._value1_not_null()
        target = to_string(self.value)
        if not target:
            self.throw_terminating(self._error("The member referenced by this alias should not be null or "
                                               "empty.", "AliasReferenceShouldNotBeNullOrEmpty"))
        conversion = None
        if self.is_bound(AddMember.second_value):
            if self.second_value is None:
                self._null_error("SecondValue", "Value2ShouldNotBeNull")
            conversion = self._type(self.second_value)
        return AliasPropertyValue(self.name, target, conversion)

    def _codemethod(self) -> Any:
        self._value1_given()
        self._value1_not_null()
        self._value2_not_given()
        self._method_info(self.value)

    def _codeproperty(self) -> Any:
        self._value1_given()
        self._not_both_null()
        # A code property is a .NET static method; pyshell has none to give, so only $null converts.
        self._method_info(self.value)
        if self.is_bound(AddMember.second_value):
            self._method_info(self.second_value)
        self._cast_error(self.value if self.value is not None else self.second_value, "System.Reflection.MethodInfo")

    def _memberset(self) -> Any:
        self._value2_not_given()
        if self.value is None:
            return member_set(self.name, [])
        items = self.value if isinstance(self.value, (list, tuple)) else [self.value]
        notes = []
        for item in items:
            if not (isinstance(item, PSObject) and _MEMBER_INFO in item.type_names):
                self._cast_error(self.value, _MEMBER_COLLECTION)
            notes.append((to_string(item.get("Name")), item.get("Value")))
        return member_set(self.name, notes)

    def _noteproperty(self) -> Any:
        self._value1_given()
        self._value2_not_given()
        return (self.name, self.value)

    def _propertyset(self) -> Any:
        self._value2_not_given()
        self._value1_given()
        self._value1_not_null()
        items = self.value if isinstance(self.value, (list, tuple)) else [self.value]
        return property_set(self.name, [to_string(item) for item in items])

    def _scriptmethod(self) -> Any:
        self._value2_not_given()
        self._value1_given()
        self._value1_not_null()
        return ScriptMethodMember(self.name, self._block(self.value), self.context)

    def _scriptproperty(self) -> Any:
        self._value1_given()
        self._not_both_null()
        getter = self._block(self.value)
        setter = self._block(self.second_value) if self.is_bound(AddMember.second_value) else None
        return ScriptPropertyValue(self.name, getter, setter, self.context)

    def _value1_given(self) -> None:
        if not self.is_bound(AddMember.value):
            self.throw_terminating(self._error(
                f'The Value parameter is required for a member of type "{self._kind}". Specify the Value parameter '
                "when adding members of this type.", "Value1Prompt"))

    def _value1_not_null(self) -> None:
        if self.value is None:
            self._null_error("Value", "Value1ShouldNotBeNull")

    def _value2_not_given(self) -> None:
        if self.is_bound(AddMember.second_value):
            self.throw_terminating(self._error(
                f'The SecondValue parameter is not necessary for a member of type "{self._kind}", and should not be '
                "specified. Do not specify the SecondValue parameter when you add members of this type.",
                "Value2ShouldNotBeSpecified"))

    def _not_both_null(self) -> None:
        if self.value is None and (self.second_value is None or not self.is_bound(AddMember.second_value)):
            self.throw_terminating(self._error(
                f'Both Value and SecondValue parameters should not be null for a member of type "{self._kind}". '
                "Specify a non-null value for one of the two parameters.", "Value1AndValue2AreNotBothNull"))

    def _null_error(self, parameter: str, error_id: str) -> None:
        self.throw_terminating(self._error(
            f'The {parameter} parameter should not be null for a member of type "{self._kind}". Specify a non-null '
            f"value for the {parameter} parameter when adding members of this type.", error_id))

    def _method_info(self, value: Any) -> None:
        if value is not None:
            self._cast_error(value, "System.Reflection.MethodInfo")

    def _cast_error(self, value: Any, type_name: str) -> None:
        """LanguagePrimitives.ConvertTo's failure, as it leaves Add-Member: a terminating error."""
        message = PSConversionError(value, type_name, no_conversion=True).message
        self.throw_terminating(self.error_record(message, "ConvertToFinalInvalidCastException",
                                                 ErrorCategory.InvalidArgument, target=value,
                                                 exception_type="PSInvalidCastException"))

    def _block(self, value: Any) -> ScriptBlock | None:
        if value is None or isinstance(value, ScriptBlock):
            return value
        self._cast_error(value, "System.Management.Automation.ScriptBlock")
        return None

    def _type(self, value: Any) -> TypeRef:
        if isinstance(value, TypeRef):
            return value
        ref = resolve_type(to_string(value), self.context.module_types) if isinstance(value, str) else None
        if ref is None:
            if not isinstance(value, str):
                self._cast_error(value, "System.Type")
            self.throw_terminating(self.error_record(
                f'Cannot convert the "{to_string(value)}" value of type "{_type_of(value)}" to type "System.Type".',
                "InvalidCastFromStringToType", ErrorCategory.InvalidArgument, target=value,
                exception_type="PSInvalidCastException"))
        return ref  # type: ignore[return-value]

    # -- shared ---------------------------------------------------------------------------------
    def _make_room(self, obj: Any, name: str) -> bool:
        """True when `name` is free, or was taken by a member added to this object and -Force
        removed it; else report and say False."""
        holder = obj if isinstance(obj, PSObject) else obj.ps_extension
        key = name.lower()
        if has_member(holder, name):
            kind = added_member_kind(holder, key)
            # A property a PSCustomObject was made with is a note of its own; a property another
            # object was made with (a Lync object's setting) belongs to its type.
            instance = kind is not None or holder is not obj or obj.type_name == PSCUSTOMOBJECT
            kind = kind or "Property"
        else:
            kind = None if holder is obj else _value_member_kind(obj, key)
            if kind is None:
                return True
            instance = False
        if not self.force:
            self.write_error(self._error(
                f'Cannot add a member with the name "{name}" because a member with that name already exists. To '
                "overwrite the member anyway, add the Force parameter to your command.", "MemberAlreadyExists",
                obj))
            return False
        if not instance:
            self.write_error(self._error(
                f'Cannot force the member with name "{name}" and type "{kind}" to be added. A member with '
                "that name and type already exists, and the existing member is not an instance extension.",
                "CannotRemoveTypeDataMember", obj))
            return False
        remove_member(holder, name)
        return True

    def _add_type_name(self, obj: Any) -> None:
        if self.type_name is None:
            return
        ref = resolve_type(self.type_name, self.context.module_types)
        name = ref.full_name if ref is not None else self.type_name
        (obj.type_names if isinstance(obj, PSObject) else obj.ps_type_names).insert(0, name)

    def _error(self, message: str, error_id: str, target: Any = None) -> Any:
        return self.error_record(message, error_id, ErrorCategory.InvalidOperation, target=target,
                                 exception_type="InvalidOperationException")


def _type_of(value: Any) -> str:
    from pyshell.runtime.typenames import type_name_of
    return type_name_of(value) or "System.Object"


def _member_name(member: Any) -> str:
    return member[0] if isinstance(member, tuple) else member.name


def install(holder: PSObject, member: Any) -> None:
    """Put a member made by Add-Member into the object (or the extension) that keeps it."""
    if isinstance(member, tuple):
        add_note_property(holder, member[0], member[1])
    elif isinstance(member, ScriptMethodMember):
        add_script_method(holder, member)
    elif isinstance(member, SetMember):
        add_set_member(holder, member)
    else:
        add_computed_property(holder, member)


def _value_member_kind(value: Any, key: str) -> str | None:
    """The kind of the member `key` a string or an array has of itself (Length, its methods)."""
    from pyshell.runtime.member_catalog import base_members
    for member in base_members(value):
        if member.name.lower() == key:
            return member.member_type.name
    return None

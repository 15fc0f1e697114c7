"""Add-Member: give an object members of its own (note, script and alias properties, script
methods) or another type name."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.commands.validators import PositionalRefusal
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import PSConversionError, to_string
from pyshell.runtime.psmembers import (AliasPropertyValue, MemberTypeSet, ScriptMethodMember,
                                       ScriptPropertyValue, add_computed_property, add_note_property,
                                       add_script_method, added_member_kind, has_member, member_type_mask,
                                       remove_member,
                                       member_types_text, single_member_type)
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
_SUPPORTED = ("NoteProperty", "ScriptProperty", "AliasProperty", "ScriptMethod")


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
        "(another name for a member; -SecondValue converts the value to a type) or a ScriptMethod. "
        "A name the object already has is refused unless you add -Force. Add-Member writes nothing "
        "unless you ask for the object with -PassThru. pyshell can extend objects (PSObjects) only, "
        "not strings, numbers or hashtables.")

    input_object = Parameter(PSObject, mandatory=True, pipeline=True,
                             help="The object to extend. Usually it comes through the pipeline.")
    member_type = Parameter(MemberTypeSet, aliases=("Type",),
                            sets={MEMBER_SET: SetOptions(position=0, mandatory=True)},
                            help="The kind of member to add: NoteProperty, ScriptProperty, AliasProperty or "
                                 "ScriptMethod.")
    name = Parameter(str, sets={MEMBER_SET: SetOptions(position=1, mandatory=True)},
                     help="The name of the new member.")
    value = Parameter(object, sets={MEMBER_SET: SetOptions(position=2)},
                      help="The note's value, the script property's getter, the alias's target member, or "
                           "the script method's body.")
    second_value = Parameter(object, sets={MEMBER_SET: SetOptions(position=3)},
                             help="A script property's setter, or the type an alias property converts to.")
    type_name = Parameter(str, sets={TYPE_NAME_SET: SetOptions(mandatory=True), MEMBER_SET: SetOptions(),
                                     NOTE_SINGLE: SetOptions(), NOTE_MULTI: SetOptions()},
                          help="A type name to put first in the object's type names (its PSTypeNames).")
    force = Parameter(SwitchParameter, sets=(MEMBER_SET, NOTE_SINGLE, NOTE_MULTI),
                      help="Replace a member of the same name instead of refusing.")
    pass_thru = Parameter(SwitchParameter,
                          help="Write the extended object to the pipeline.")
    note_property_name = Parameter(str, sets={NOTE_SINGLE: SetOptions(position=0, mandatory=True)},
                                   validators=(_not_a_member_type,),
                                   help="The name of a note property to add (the short form).")
    note_property_value = Parameter(object, sets={NOTE_SINGLE: SetOptions(position=1, mandatory=True)},
                                    allow_null=True,
                                    help="The value of the note property named by -NotePropertyName.")
    note_property_members = Parameter(PSHashtable, sets={NOTE_MULTI: SetOptions(position=0, mandatory=True)},
                                      help="A hashtable of note properties to add: each key a name, each value "
                                           "its value.")

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
        obj = self.input_object
        if self.type_name is not None and not self.type_name.strip():
            self.throw_terminating(self._error("The TypeName parameter should not be null, empty, or contain only "
                                               "white spaces.", "TypeNameShouldNotBeEmpty", self.type_name))
        if not isinstance(obj, PSObject):
            self.write_error(self.error_record(
                f"pyshell cannot add members to a value of type [{_type_of(obj)}]; only objects (PSObjects) "
                "can be extended.", "AddMemberToValueNotSupported", ErrorCategory.NotImplemented, target=obj,
                exception_type="NotSupportedException",
                hint="Make an object first, for example [pscustomobject]@{Value=$x}, and extend that."))
            return
        set_name = self.parameter_set_name
        if set_name == TYPE_NAME_SET:
            self._add_type_name(obj)
        elif set_name == NOTE_MULTI:
            added = False
            for key, value in self.note_property_members.items():
                name = to_string(key)
                if not name:
                    self.write_error(self._error("The name for a NoteProperty member should not be null or an "
                                                 "empty string.", "NotePropertyNameShouldNotBeNull", name))
                    continue
                if self._make_room(obj, name):
                    add_note_property(obj, name, value)
                    added = True
            if not added:
                return
            self._add_type_name(obj)
        elif set_name == NOTE_SINGLE:
            name = self.note_property_name
            if not self._make_room(obj, name):
                return
            add_note_property(obj, name, self.note_property_value)
            self._add_type_name(obj)
        else:
            if not self._add_typed_member(obj):
                return
            self._add_type_name(obj)
        if self.pass_thru:
            self.write_object(obj)

    # -- the -MemberType form ---------------------------------------------------------------------
    def _add_typed_member(self, obj: PSObject) -> bool:
        kind = single_member_type(self.member_type)
        if kind is None:
            shown = member_types_text(self.member_type)
            self.throw_terminating(self._error(f'To add a member, only one member type can be specified. The member '
                                               f'types specified are: "{shown}"', "WrongMemberCount"))
        if kind.name not in _SUPPORTED:
            self.throw_terminating(self._error(f'Cannot add a member with type "{kind.name}". Specify a different '
                                               "type for the MemberTypes parameter.", "CannotAddMemberType"))
        name = self.name
        has_value = self.is_bound(AddMember.value)
        has_second = self.is_bound(AddMember.second_value)
        value, second = self.value, self.second_value
        if kind.name in ("NoteProperty", "ScriptMethod") and has_second:
            self.throw_terminating(self._error(
                f'The SecondValue parameter is not necessary for a member of type "{kind.name}", and should not be '
                "specified. Do not specify the SecondValue parameter when you add members of this type.",
                "Value2ShouldNotBeSpecified"))
        if not has_value:
            self.throw_terminating(self._error(
                f'The Value parameter is required for a member of type "{kind.name}". Specify the Value parameter '
                "when adding members of this type.", "Value1Prompt"))
        if kind.name == "NoteProperty":
            if not self._make_room(obj, name):
                return False
            add_note_property(obj, name, value)
            return True
        if kind.name == "ScriptProperty":
            if value is None and second is None:
                self.throw_terminating(self._error(
                    f'Both Value and SecondValue parameters should not be null for a member of type "{kind.name}". '
                    "Specify a non-null value for one of the two parameters.", "Value1AndValue2AreNotBothNull"))
            member: Any = ScriptPropertyValue(name, self._block(value, "Value"), self._block(second, "SecondValue"),
                                              self.context)
        elif kind.name == "ScriptMethod":
            self._not_null(value, "Value", "Value1ShouldNotBeNull", kind.name)
            member = ScriptMethodMember(name, self._block(value, "Value"), self.context)
        else:
            self._not_null(value, "Value", "Value1ShouldNotBeNull", kind.name)
            target = to_string(value)
            if not target:
                self.throw_terminating(self._error("The member referenced by this alias should not be null or "
                                                   "empty.", "AliasReferenceShouldNotBeNullOrEmpty"))
            conversion = None
            if has_second:
                self._not_null(second, "SecondValue", "Value2ShouldNotBeNull", kind.name)
                conversion = self._type(second)
            member = AliasPropertyValue(name, target, conversion)
        if not self._make_room(obj, name):
            return False
        if isinstance(member, ScriptMethodMember):
            add_script_method(obj, member)
        else:
            add_computed_property(obj, member)
        return True

    def _block(self, value: Any, parameter: str) -> ScriptBlock | None:
        if value is None:
            return None
        if isinstance(value, ScriptBlock):
            return value
        self.throw_terminating(self.error_record(
            f'Cannot convert the "{to_string(value)}" value of type "{_type_of(value)}" to type '
            '"System.Management.Automation.ScriptBlock".', "InvalidCastToScriptBlock", ErrorCategory.InvalidArgument,
            exception_type="PSInvalidCastException"))
        return None

    def _type(self, value: Any) -> TypeRef:
        if isinstance(value, TypeRef):
            return value
        ref = resolve_type(to_string(value), self.context.module_types)
        if ref is None:
            self.throw_terminating(self.error_record(
                f'Cannot convert the "{to_string(value)}" value of type "{_type_of(value)}" to type "System.Type".',
                "InvalidCastFromStringToType", ErrorCategory.InvalidArgument, exception_type="PSInvalidCastException"))
        return ref  # type: ignore[return-value]

    def _not_null(self, value: Any, parameter: str, error_id: str, kind: str) -> None:
        if value is None:
            self.throw_terminating(self._error(
                f'The {parameter} parameter should not be null for a member of type "{kind}". Specify a non-null '
                f"value for the {parameter} parameter when adding members of this type.", error_id))

    # -- shared ---------------------------------------------------------------------------------
    def _make_room(self, obj: PSObject, name: str) -> bool:
        """True when `name` is free, or was taken and -Force removed it; else report and say False."""
        if not has_member(obj, name):
            return True
        if self.force:
            kind = added_member_kind(obj, name.lower())
            if kind is None and obj.type_name != PSCUSTOMOBJECT:
                # A property the object was made with (a Lync object's setting): not an instance
                # extension, so PowerShell will not replace it.
                self.write_error(self._error(
                    f'Cannot force the member with name "{name}" and type "Property" to be added. A member with '
                    "that name and type already exists, and the existing member is not an instance extension.",
                    "CannotRemoveTypeDataMember", obj))
                return False
            remove_member(obj, name)
            return True
        self.write_error(self._error(
            f'Cannot add a member with the name "{name}" because a member with that name already exists. To '
            "overwrite the member anyway, add the Force parameter to your command.", "MemberAlreadyExists", obj))
        return False

    def _add_type_name(self, obj: PSObject) -> None:
        if self.type_name is None:
            return
        ref = resolve_type(self.type_name, self.context.module_types)
        name = ref.full_name if ref is not None else self.type_name
        obj.type_names.insert(0, name)

    def _error(self, message: str, error_id: str, target: Any = None) -> Any:
        return self.error_record(message, error_id, ErrorCategory.InvalidOperation, target=target,
                                 exception_type="InvalidOperationException")


def _type_of(value: Any) -> str:
    from pyshell.runtime.typenames import type_name_of
    return type_name_of(value) or "System.Object"

"""Get-Member: the properties and methods of the objects that come through the pipeline."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.operators import wildcard_match
from pyshell.runtime.psmembers import PSMemberTypes, MemberTypeSet
from pyshell.runtime.values import AUTOMATION_NULL, PSObject, SwitchParameter, enum_type

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

from pyshell.runtime.member_catalog import (MEMBER_DEFINITION, header_type_name, instance_members,
                                         member_definition, sort_members, static_members, static_type)


# Which members -View shows: those the type system adds (Extended: notes, script and alias members,
# property and member sets), those of the object itself (Adapted, and Base, which pyshell's objects
# do not tell apart), or All.
PSMemberViewTypes = enum_type("System.Management.Automation.PSMemberViewTypes",
                              {"Extended": 1, "Adapted": 2, "Base": 4, "All": 7}, flags=True)
_EXTENDED = frozenset(("AliasProperty", "CodeProperty", "NoteProperty", "ScriptProperty", "PropertySet", "MemberSet",
                       "CodeMethod", "ScriptMethod"))


def _in_view(member_type: Any, view: int) -> bool:
    extended = member_type.name in _EXTENDED
    return bool(view & 1) if extended else bool(view & 6)


class GetMember(Cmdlet):
    """Gets the properties and methods of objects."""

    verb, noun = "Get", "Member"
    implementing_type = "Microsoft.PowerShell.Commands.GetMemberCommand"
    output_types = (MEMBER_DEFINITION,)
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113322"
    description = (
        "Get-Member describes the objects it receives: for each type that arrives it writes one "
        "entry per member, grouped under a 'TypeName:' header that names the object's first type "
        "name (a Lync object's name ends in #Decorated, as in the real shell). Each entry gives the "
        "member's name, its kind (Property, NoteProperty, ScriptProperty, AliasProperty, Method, "
        "ScriptMethod, ...) and its definition. Only the first object of each type is examined. "
        "pyshell lists the members that actually work in it: an object's own properties, members "
        "added with Add-Member, and the methods pyshell allows on strings, hashtables and arrays.")

    input_object = Parameter(PSObject, pipeline=True,
                             help="The object to describe. Usually it comes through the pipeline; given "
                                  "with -InputObject, a collection is described as one object (an array).")
    name = Parameter(ListOf(str), position=0, default=None,
                     help="Only members whose names match these names; wildcards are allowed.")
    member_type = Parameter(MemberTypeSet, aliases=("Type",),
                            help="Only members of these kinds, for example Property, NoteProperty, Method, "
                                 "ScriptProperty, or Properties (every kind of property) and Methods.")
    static = Parameter(SwitchParameter,
                       help="Describe the static members of the object's type instead, such as [string]::Join.")
    view = Parameter(PSMemberViewTypes,
                     help="Which members to list: Extended (added by the type system or Add-Member), Adapted or "
                          "Base (the object's own), or All; by default Adapted and Extended.")
    force = Parameter(SwitchParameter,
                      help="Also list the hidden members PowerShell adds to every object (pstypenames).")

    examples = (
        Example("Get-CsXmppAllowedPartner -Identity xmpp.contoso.com | Get-Member -MemberType Property",
                "Lists the settings of an XMPP partner object, with their types."),
        Example("[pscustomobject]@{Name='Ann'; Age=42} | Get-Member",
                "Describes a custom object: its note properties, and the methods every object has.",
                "\n\n   TypeName: System.Management.Automation.PSCustomObject\n\n"
                "Name        MemberType   Definition                    \n"
                "----        ----------   ----------                    \n"
                "Equals      Method       bool Equals(System.Object obj)\n"
                "GetHashCode Method       int GetHashCode()             \n"
                "GetType     Method       type GetType()                \n"
                "ToString    Method       string ToString()             \n"
                "Age         NoteProperty int Age=42                    \n"
                "Name        NoteProperty string Name=Ann               \n\n\n"),
        Example("'text' | Get-Member -Name To*",
                "The string methods whose names begin with To."),
        Example("[math] | Get-Member -Static -MemberType Method",
                "The static methods of [math] that pyshell supports."),
    )

    def begin(self) -> None:
        self._seen: set[str] = set()
        self._patterns = list(self.name) if self.name else ["*"]
        self._mask = self.member_type if self.is_bound(GetMember.member_type) else PSMemberTypes.All.value
        self._view = int(self.view.value) if self.is_bound(GetMember.view) and self.view is not None else 3

    def process(self) -> None:
        obj = self.input_object
        if obj is None or obj is AUTOMATION_NULL:
            return
        if self.context.instance_members is not None:     # a string or an array Add-Member gave members
            from pyshell.runtime.extended import with_kept_members
            obj = with_kept_members(self.context, obj)
        if self.static:
            type_name, ref = static_type(obj, self.context.module_types)
        else:
            type_name = header_type_name(obj)
        if type_name.lower() in self._seen:
            return
        self._seen.add(type_name.lower())
        members = static_members(type_name, ref) if self.static else instance_members(obj, bool(self.force))
        # Each member once, in Get-Member's order, whichever of the -Name patterns it matches.
        chosen = [m for m in members if m.member_type.value & self._mask and _in_view(m.member_type, self._view)
                  and any(wildcard_match(pattern, m.name) for pattern in self._patterns)]
        for member in sort_members(chosen):
            self.write_object(member_definition(type_name, member))

    def end(self) -> None:
        if not self._seen:
            self.write_error(self.error_record("You must specify an object for the Get-Member cmdlet.",
                                               "NoObjectInGetMember", ErrorCategory.CloseError,
                                               exception_type="InvalidOperationException"))

"""The built-in types registered the first time a script names one (runtime/types.py asks here
when a name is not among those registered at start): most runs never name [datetime], [regex] or
[powershell], and their modules stay unloaded. Each entry maps a lower-case name to the function
that registers its type (and the others of its module) through the register function it is given."""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable

    Register = Callable[[tuple[str, ...], Any], None]


def _register_dates(_register: Register) -> None:
    import datetime
    from pyshell.runtime import datetimes
    from pyshell.runtime.types import TypeRef
    _register(("datetime", "System.DateTime"),
              TypeRef("datetime", datetimes.DateTimeType, datetimes.DATETIME_STATICS,
                      lambda v: isinstance(v, datetime.datetime)))
    _register(("timespan", "System.TimeSpan"),
              TypeRef("timespan", datetimes.TimeSpanType, datetimes.TIMESPAN_STATICS,
                      lambda v: isinstance(v, datetime.timedelta)))


def _register_error_record(_register: Register) -> None:
    from pyshell.runtime.errorobjects import ERROR_RECORD_TYPE, new_error_record
    from pyshell.runtime.types import NamedPSObjectType, TypeRef

    class ErrorRecordType(NamedPSObjectType):
        ps_type_name = ERROR_RECORD_TYPE
    _register(("System.Management.Automation.ErrorRecord", "Management.Automation.ErrorRecord"),
              TypeRef("ErrorRecord", ErrorRecordType, {"new": new_error_record}, ErrorRecordType.is_instance))


def _register_system_types(_register: Register) -> None:
    from pyshell.runtime import systemtypes as st
    from pyshell.runtime.types import TypeRef, enum_statics
    from pyshell.runtime.values import AUTOMATION_NULL, enum_type
    _register(("System.IO.Path", "IO.Path"), TypeRef("System.IO.Path", st.PathType, st.PATH_STATICS))
    _register(("guid", "System.Guid"), TypeRef("guid", st.GuidType, st.GUID_STATICS, st.GuidType.is_instance))
    options = enum_type("System.StringSplitOptions", ["None", "RemoveEmptyEntries"])
    _register(("System.StringSplitOptions", "StringSplitOptions"),
              TypeRef("System.StringSplitOptions", options, enum_statics(options), lambda v: isinstance(v, options)))
    _register(("System.Reflection.MemberTypes", "Reflection.MemberTypes"),
              TypeRef("System.Reflection.MemberTypes", st.MemberTypes, enum_statics(st.MemberTypes),
                      lambda v: isinstance(v, st.MemberTypes)))
    _register(("System.Management.Automation.Internal.AutomationNull", "Management.Automation.Internal.AutomationNull"),
              TypeRef("System.Management.Automation.Internal.AutomationNull", st.AutomationNullType,
                      {"value": AUTOMATION_NULL}, lambda v: False))


def _registered_by(module: str) -> Callable[[Register], None]:
    """Registration by a module of its own (collectiontypes, textbuilder, stopwatch), imported then."""
    def register(_register: Register) -> None:
        import importlib
        importlib.import_module(f"pyshell.runtime.{module}").register(_register)
    return register


_register_collections = _registered_by("collectiontypes")


# Types registered the first time a script names one: the date module is large and most runs
# never name [datetime] or [timespan].
DEFERRED = dict.fromkeys(("datetime", "system.datetime", "timespan", "system.timespan"), _register_dates)
DEFERRED.update(dict.fromkeys(("system.management.automation.errorrecord", "management.automation.errorrecord"),
                               _register_error_record))
DEFERRED.update(dict.fromkeys(("system.io.path", "io.path", "guid", "system.guid", "system.stringsplitoptions",
                                "stringsplitoptions", "system.reflection.membertypes", "reflection.membertypes",
                                "system.management.automation.internal.automationnull",
                                "management.automation.internal.automationnull"), _register_system_types))
DEFERRED.update(dict.fromkeys(("system.collections.queue", "collections.queue", "system.collections.stack",
                                "collections.stack", "system.stringcomparer", "stringcomparer"), _register_collections))
DEFERRED.update(dict.fromkeys(("byte", "system.byte", "sbyte", "system.sbyte", "int16", "system.int16", "uint16",
                                "system.uint16", "uint32", "system.uint32", "uint64", "system.uint64", "float",
                                "single", "system.single"), _registered_by("numtypes")))
DEFERRED.update(dict.fromkeys(("system.text.encoding", "text.encoding"), _registered_by("encodingtype")))
DEFERRED.update(dict.fromkeys(("convert", "system.convert"), _registered_by("converttype")))
DEFERRED.update(dict.fromkeys(("system.text.stringbuilder", "text.stringbuilder"), _registered_by("textbuilder")))
DEFERRED.update(dict.fromkeys(("system.diagnostics.stopwatch", "diagnostics.stopwatch"), _registered_by("stopwatch")))
DEFERRED.update(dict.fromkeys(("version", "system.version"), _registered_by("versiontype")))
DEFERRED.update(dict.fromkeys(("system.management.automation.psmemberinfo", "management.automation.psmemberinfo",
                                "system.management.automation.psnoteproperty",
                                "management.automation.psnoteproperty"), _registered_by("membertypes")))
DEFERRED.update(dict.fromkeys(("system.management.automation.host.coordinates",
                                "management.automation.host.coordinates"), _registered_by("coordinates")))
DEFERRED.update(dict.fromkeys(("cultureinfo", "system.globalization.cultureinfo", "globalization.cultureinfo"),
                               _registered_by("culture")))
DEFERRED.update(dict.fromkeys(("enum", "system.enum"), _registered_by("enumtype")))
DEFERRED.update(dict.fromkeys(("system.threading.thread", "threading.thread", "gc", "system.gc"),
                               _registered_by("threadtype")))
DEFERRED.update(dict.fromkeys(("type", "system.type"), _registered_by("typetype")))
DEFERRED.update(dict.fromkeys(("regex", "system.text.regularexpressions.regex",
                                "system.text.regularexpressions.regexoptions", "text.regularexpressions.regexoptions"),
                               _registered_by("regextype")))
DEFERRED.update(dict.fromkeys(("ref", "system.management.automation.psreference", "management.automation.psreference"),
                               _registered_by("psreference")))
DEFERRED.update(dict.fromkeys(("system.management.automation.cmdlet", "management.automation.cmdlet",
                                "system.management.automation.internal.automationnull",
                                "management.automation.internal.automationnull",
                                "system.management.automation.psparser", "management.automation.psparser",
                                "system.management.automation.pstokentype", "management.automation.pstokentype",
                                *(f"{prefix}management.automation.{name}" for prefix in ("system.", "")
                                  for name in ("warningrecord", "verboserecord", "debugrecord", "informationrecord",
                                               "informationalrecord"))),
                               _registered_by("automationtypes")))
DEFERRED.update(dict.fromkeys(("powershell", "system.management.automation.powershell",
                                "management.automation.powershell", "runspacefactory",
                                "system.management.automation.runspaces.runspacefactory",
                                "management.automation.runspaces.runspacefactory", "initialsessionstate",
                                "system.management.automation.runspaces.initialsessionstate",
                                "management.automation.runspaces.initialsessionstate"),
                               _registered_by("powershellapi")))

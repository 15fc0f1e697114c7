"""Get-FormatData: the formatting views the session knows, one definition per type name."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.operators import wildcard_match
from pyshell.runtime.values import PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_NS = "System.Management.Automation."
TYPE_DEFINITION = _NS + "ExtendedTypeDefinition"
_CONTROL_TYPES = {"table": "TableControl", "list": "ListControl", "wide": "WideControl", "custom": "CustomControl"}


def _header(column: Any) -> PSObject:
    """A TableControlColumnHeader: the label (empty when the property names the column), the
    alignment (Undefined when the view leaves it) and the width (0: sized from the data)."""
    label = column.label if column.property is not None else ""
    return PSObject([("Label", label or ""), ("Alignment", column.alignment or "Undefined"),
                     ("Width", column.width or 0)],
                    type_names=[_NS + "TableControlColumnHeader", "System.Object"],
                    string_form=_NS + "TableControlColumnHeader")


def _control(view: Any) -> PSObject:
    kind = _CONTROL_TYPES.get(view.shape, "CustomControl")
    props: list[tuple[str, Any]] = []
    if view.shape == "table":
        props = [("Headers", [_header(c) for c in view.columns]),
                 ("AutoSize", view.auto_size), ("HideTableHeaders", view.hide_header)]
    elif view.shape in ("list", "wide"):
        props = [("Entries", [p if isinstance(p, str) else (p.label or "") for p in view.properties])]
        if view.shape == "wide":
            props.append(("Columns", view.wide_columns))
    props.append(("OutOfBand", view.out_of_band))
    return PSObject(props, type_names=[_NS + kind, _NS + "PSControl", "System.Object"],
                    string_form=_NS + kind)


def _view_definition(view: Any) -> PSObject:
    return PSObject([("Name", view.name), ("Control", _control(view))],
                    type_names=[_NS + "FormatViewDefinition", "System.Object"], string_form=_NS + "FormatViewDefinition")


class GetFormatData(Cmdlet):
    """Gets the formatting data in the current session."""

    verb, noun = "Get", "FormatData"
    implementing_type = "Microsoft.PowerShell.Commands.GetFormatDataCommand"
    output_types = (TYPE_DEFINITION,)
    description = ("Get-FormatData lists the views the session uses to show objects: PowerShell's own and those "
                   "of the loaded modules. Each result names a type and holds its views (FormatViewDefinition), "
                   "each with a name and a control saying whether it is a table, list, wide or custom view.")

    type_name = Parameter(ListOf(str), position=0,
                          help="The type names whose views to get; wildcards are allowed. Without it, all of them.")
    power_shell_version = Parameter(object, help="Accepted for compatibility; every view is returned.")

    examples = (
        Example("Get-FormatData -TypeName System.TimeSpan | ForEach-Object { $_.FormatViewDefinition.Count }",
                "How many views System.TimeSpan has: a list, a table and a wide view.", "3\n"),
    )

    def process(self) -> None:
        from pyshell.format.views import BUILTIN_VIEWS
        by_type: dict[str, tuple[str, list[Any]]] = {}
        for source in (self.context.views, BUILTIN_VIEWS):
            if source is None:
                continue
            for view in source.all():
                by_type.setdefault(view.type_name.lower(), (view.type_name, []))[1].append(view)
        patterns = self.type_name or ["*"]
        for name, views in by_type.values():
            if not any(wildcard_match(p, name) for p in patterns):
                continue
            self.write_object(PSObject([("TypeName", name), ("TypeNames", [name]),
                                        ("FormatViewDefinition", [_view_definition(v) for v in views])],
                                       type_names=[TYPE_DEFINITION, "System.Object"], string_form=name))

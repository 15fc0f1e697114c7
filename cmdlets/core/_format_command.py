"""The shared body of Format-Table, Format-List and Format-Wide: parse the options once, then run
every input object through a Formatter and write the formatting packets it produces.

Those packets are what PowerShell's Format-* cmdlets write: only Out-Default, Out-Host, Out-String
and Out-File know what to do with them. Packets that arrive as input (`... | Format-Table |
Format-List`) pass through unchanged.
"""
from __future__ import annotations

from cmdlets.core import _format_params
from cmdlets.core._files import validate_set
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Parameter
from pyshell.errors import ErrorCategory
from pyshell.format.failures import FormatErrors
from pyshell.format.formatter import Formatter
from pyshell.format.views import ViewNotFound
from pyshell.runtime.values import PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FORMAT_OUTPUT = "Microsoft.PowerShell.Commands.Internal.Format"


class FormatCommand(Cmdlet):
    """Base of the Format-* cmdlets (no verb or noun of its own)."""

    shape = ""
    property_kind = ""
    output_types = (FORMAT_OUTPUT,)

    input_object = Parameter(PSObject, pipeline=True, help="The objects to format. Usually they arrive through "
                                                            "the pipeline.")
    group_by = Parameter(object, help="Starts a new group, with a header line, each time the value of this "
                                      "property (or script block, or hashtable with Expression, Label and "
                                      "FormatString) changes. Sort the input by it first.")
    force = Parameter(SwitchParameter, help="Formats strings, numbers and other simple values with the chosen "
                                            "layout too, instead of writing them as plain lines of text.")
    expand = Parameter(str, validators=(validate_set(("CoreOnly", "EnumOnly", "Both")),),
                       help="How a collection that arrives as one object is shown: EnumOnly (the default) shows "
                            "its items, CoreOnly the collection's own properties, Both its own properties and "
                            "then its items.")
    show_error = Parameter(SwitchParameter, help="Writes an error record into the output, after the entry, for "
                                                 "each calculated property or format string that fails.")
    display_error = Parameter(SwitchParameter, help="Shows #ERR in place of a calculated property that fails "
                                                    "(#FMTERR for a format string that does not apply).")
    view = Parameter(str, help="Uses the named view registered for the objects' type instead of the default one. "
                               "Cannot be combined with -Property.")

    def formatter_options(self) -> dict[str, Any]:
        """Shape-specific Formatter arguments (overridden by each cmdlet)."""
        return {}

    def property_values(self) -> Any:
        return getattr(self, "property", None)

    def begin(self) -> None:
        if self.view and self.property_values() is not None:
            self.throw_terminating(self.error_record("Cmdlet parameters View and Property are mutually exclusive.",
                                                     "FormatCannotSpecifyViewAndProperty",
                                                     ErrorCategory.InvalidArgument,
                                                     exception_type="InvalidDataException"))
        columns = _format_params.columns(self, self.property_values(), self.property_kind)
        source, label = _format_params.group_by(self, self.group_by)
        errors = FormatErrors(bool(self.display_error), bool(self.show_error)) \
            if self.display_error or self.show_error else None
        self._formatter = Formatter(self.context.views, self.context.enumeration_limit, shape=self.shape,
                                    columns=columns, group_by=source, group_label=label, force=bool(self.force),
                                    view_name=self.view or None,
                                    expansion=self.expand or None, errors=errors,
                                    error_view=str(self.context.get_var("errorview", "NormalView")), **self.formatter_options())

    def process(self) -> None:
        try:
            packets = self._formatter.process(self.input_object)
        except ViewNotFound as exc:
            self.throw_terminating(self.error_record(exc.message, "FormatViewNotFound", ErrorCategory.ObjectNotFound,
                                                     target=exc.view_name, exception_type="PipelineStoppedException"))
            return
        for packet in packets:
            self.write_object(packet)

    def end(self) -> None:
        for packet in self._formatter.finish():
            self.write_object(packet)

"""Trace-Pipeline: run a pipeline and explain, stage by stage, what went in and what came out."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter
from pyshell.commands.pipeline_trace import DEFAULT_SAMPLE, PipelineTracer
from pyshell.runtime.types import ScriptBlockType


def _positive(value: int | None) -> str | None:
    if value is not None and value < 1:
        return (f"The {value} argument is less than the minimum allowed range of 1. Supply an argument that is "
                "greater than or equal to 1 and then try the command again.")
    return None


class TracePipeline(Cmdlet):
    """Runs a pipeline and shows how many objects each stage took in and gave out."""

    verb, noun = "Trace", "Pipeline"
    description = ("Trace-Pipeline runs the pipelines in the script block and, when each has finished, writes a "
                   "report to the host: every stage with the number of objects that went in and came out and "
                   "the first few of them by Identity (or Name). For a Where-Object stage it shows, object by "
                   "object, the value each side of the condition had and whether the object was kept or dropped, "
                   "so you can see why a filter let nothing through. The objects themselves are written to the "
                   "output unchanged, after the report, so Trace-Pipeline can be put around any pipeline. "
                   "`pyshell --explain` does the same for every pipeline it runs.")

    script_block = Parameter(ScriptBlockType, position=0, mandatory=True,
                             help="The pipeline (or pipelines) to run and explain.")
    first = Parameter(int, default=DEFAULT_SAMPLE, validators=(_positive,),
                      help="How many objects each stage lists by name (Where-Object stages explain twice as "
                           "many). The default is 5.")

    examples = (
        Example('Trace-Pipeline { Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"} }',
                "Shows how many partners the first command wrote, and for each one what its SaslNegotiation "
                "was and whether Where-Object kept it; then the partners that were kept."),
        Example("Trace-Pipeline { 1, 5, 12, 3 | Where-Object {$_ -gt 4} } -First 2",
                "Numbers work too: the report explains the first four decisions, then 5 and 12 are output."),
        Example("$kept = Trace-Pipeline { Get-CsAdminRole | Where-Object IsStandardRole -eq $false }",
                "The report goes to the host; only the objects are assigned to the variable."),
    )

    def end(self) -> None:
        ctx = self.context
        saved = ctx.pipeline_tracer
        ctx.pipeline_tracer = PipelineTracer(self.first)
        try:
            self.run_script_block(self.script_block, emit=self.write_object)
        finally:
            ctx.pipeline_tracer = saved

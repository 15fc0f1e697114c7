"""Help rendered from the declarations: what Get-Help prints for a command or an about_ topic, and
the syntax lines Get-Command -Syntax prints.

A HelpTopic is built from a cmdlet class (its synopsis, description, parameters and examples), from
a function (its param() block and comment-based help), from an alias (the help of its command)
or from an about_*.help.txt file. The text follows Windows PowerShell 5.1's help views: the
section headings at the margin, their content indented four spaces, the same blank lines.
"""
from __future__ import annotations

import textwrap
from pyshell.structs import dataclass, field
from pathlib import Path
from pyshell.commands.parameters import CommandMetadata, Parameter
from pyshell.runtime.conversion import ListOf, type_display_name
from pyshell.runtime.values import SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

INDENT = "    "
HELP_DIRS = (Path(__file__).resolve().parents[1] / "help",)
MODULE_HELP_GLOB = "*/help"        # cmdlets/<module>/help/about_*.help.txt
CMDLETS_ROOT = Path(__file__).resolve().parents[2] / "cmdlets"

_ACCELERATORS = {
    "System.String": "string", "System.Int32": "int", "System.Int64": "long", "System.Boolean": "bool",
    "System.Double": "double", "System.Decimal": "decimal", "System.Char": "char", "System.DateTime": "datetime",
    "System.TimeSpan": "timespan", "System.Collections.Hashtable": "hashtable",
    "System.Management.Automation.ScriptBlock": "scriptblock", "System.Management.Automation.PSObject": "psobject",
    "System.Management.Automation.SwitchParameter": "switch", "System.Object": "Object",
}

COMMON_PARAMETERS_TEXT = (
    "This cmdlet also takes the common parameters: Verbose, Debug, ErrorAction, ErrorVariable, "
    "WarningAction, WarningVariable, OutBuffer, PipelineVariable, and OutVariable. about_CommonParameters "
    "describes them.")


# --- type names in syntax ---------------------------------------------------------------------

def _split_array(full: str) -> tuple[str, str]:
    suffix = ""
    while full.endswith("[]"):
        full, suffix = full[:-2], suffix + "[]"
    return full, suffix


def command_type_name(target: Any) -> str:
    """A parameter type as Get-Command -Syntax writes it: `string`, `int`, `scriptblock`,
    `Object`, `string[]`, or the type's name without its namespace."""
    full, suffix = _split_array(_full_name(target))
    return _ACCELERATORS.get(full, full.rsplit(".", 1)[-1]) + suffix


def help_type_name(target: Any) -> str:
    """A parameter type as Get-Help writes it: the .NET name without its namespace (`String`,
    `Int32`, `ScriptBlock`, `XdsGlobalRelativeIdentity`)."""
    full, suffix = _split_array(_full_name(target))
    return full.rsplit(".", 1)[-1] + suffix


def _full_name(target: Any) -> str:
    if isinstance(target, ListOf):
        return _full_name(target.item) + "[]"
    return type_display_name(target)


# --- syntax --------------------------------------------------------------------------------

def _visible(meta: CommandMetadata, set_name: str) -> list[Parameter]:
    return [p for p in meta.parameters if p.in_set(set_name) and not p.dont_show]


def display_order(meta: CommandMetadata, set_name: str) -> list[Parameter]:
    """PowerShell's order in a syntax line: positional parameters by position, then the named
    mandatory ones, then the other named ones, each group in declaration order."""
    params = _visible(meta, set_name)
    positional = sorted((p for p in params if p.options(set_name).position is not None),
                        key=lambda p: p.options(set_name).position)
    named = [p for p in params if p.options(set_name).position is None]
    return positional + [p for p in named if p.options(set_name).mandatory] + \
        [p for p in named if not p.options(set_name).mandatory]


def parameter_syntax(p: Parameter, set_name: str, type_name: Any = command_type_name) -> str:
    opts = p.options(set_name)
    if p.is_switch:
        return f"-{p.name}" if opts.mandatory else f"[-{p.name}]"
    t = type_name(p.type)
    if opts.position is not None:
        return f"[-{p.name}] <{t}>" if opts.mandatory else f"[[-{p.name}] <{t}>]"
    return f"-{p.name} <{t}>" if opts.mandatory else f"[-{p.name} <{t}>]"


def syntax_lines(name: str, meta: CommandMetadata, should_process: bool = False,
                 type_name: Any = command_type_name, common: bool = True) -> list[str]:
    """One line per parameter set: the command name, its parameters, [-WhatIf] [-Confirm] when it
    supports them, and [<CommonParameters>]."""
    lines = []
    for set_name in meta.effective_sets():
        parts = [name] + [parameter_syntax(p, set_name, type_name) for p in display_order(meta, set_name)]
        if should_process:
            parts += ["[-WhatIf]", "[-Confirm]"]
        if common:
            parts.append("[<CommonParameters>]")
        lines.append(" ".join(parts))
    return lines


def command_syntax(cls: Any) -> str:
    """CmdletInfo.Definition / Get-Command -Syntax: each parameter set's line, set off by blank lines."""
    lines = syntax_lines(cls.command_name(), cls.metadata, cls.supports_should_process)
    return "".join(f"\n{line}\n" for line in lines)


# --- topics ----------------------------------------------------------------------------------

@dataclass
class ParameterHelp:
    name: str
    type_name: str | None          # None for a switch
    description: str
    required: bool
    position: str                  # "0", "1", ... or "Named"
    pipeline: str                  # "false", "true (ByValue)", "true (ByValue, ByPropertyName)"
    wildcards: bool = False
    default: str = ""
    optional_value: bool = False   # a switch in MAML help: shown as [<SwitchParameter>]


@dataclass
class ExampleHelp:
    code: str
    description: str
    output: str | None = None
    prompt: str = "PS C:\\>"


@dataclass
class HelpTopic:
    name: str
    category: str                  # Cmdlet, Function, Alias, HelpFile
    module: str = ""
    synopsis: str = ""
    description: str = ""
    syntax: list[str] = field(default_factory=list)
    parameters: list[ParameterHelp] = field(default_factory=list)
    examples: list[ExampleHelp] = field(default_factory=list)
    online_uri: str = ""
    inputs: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    common_parameters: bool = True
    text: str = ""                 # a HelpFile topic's whole text
    target: str = ""               # an alias: the command it names
    notes: str = ""
    links: list[str] | None = None  # MAML help: each related link's text and address
    maml: bool = False             # comment-based or MAML-file help (maml.maml_topic)
    syntax_only: bool = False      # a function or script without help: name, syntax, aliases, remarks
    obj: Any = None                # the help object of MAML help, as scripts read it
    forward: tuple[str, str] = ("", "")  # .FORWARDHELPTARGETNAME and .FORWARDHELPCATEGORY


def _parameter_help(p: Parameter, meta: CommandMetadata) -> ParameterHelp:
    sets = meta.effective_sets()
    in_sets = [s for s in sets if p.in_set(s)] or sets
    options = [p.options(s) for s in in_sets]
    positions = sorted({o.position for o in options if o.position is not None})
    pipeline = []
    if any(o.pipeline for o in options):
        pipeline.append("ByValue")
    if any(o.by_property_name for o in options):
        pipeline.append("ByPropertyName")
    if p.remaining:
        pipeline.append("FromRemainingArguments")
    return ParameterHelp(
        name=p.name, type_name=None if p.type is SwitchParameter else help_type_name(p.type),
        description=p.help, required=all(o.mandatory for o in options),
        position=str(positions[0]) if positions else "Named",
        pipeline=f"true ({', '.join(pipeline)})" if pipeline else "false")


def cmdlet_topic(cls: Any, module: str = "") -> HelpTopic:
    meta = cls.metadata
    params = [p for p in meta.parameters if not p.dont_show]
    inputs = sorted({help_type_name(p.type) for p in params if p.takes_pipeline}) or ["None"]
    description = cls.description if isinstance(cls.description, str) else ""
    return HelpTopic(
        name=cls.command_name(), category="Cmdlet", module=module or cls.module_name, synopsis=cls.synopsis,
        description=description or cls.synopsis,
        syntax=syntax_lines(cls.command_name(), meta, cls.supports_should_process, help_type_name),
        parameters=[_parameter_help(p, meta) for p in params],
        examples=[ExampleHelp(e.code, e.description, e.output) for e in cls.examples],
        online_uri=cls.online_uri, inputs=inputs, outputs=list(cls.output_types) or ["System.Object"])


def function_topic(ctx: Any, name: str, info: Any) -> HelpTopic:
    """A function's help: the MAML-shaped help its comment-based help (or the help file its
    .EXTERNALHELP names) gives; without any, its name and syntax, as PowerShell shows them."""
    from pyshell.commands.function_metadata import build_metadata
    body = info.body
    meta = getattr(body.block, "metadata", None) or build_metadata(ctx, name, body.node)
    category = "Filter" if getattr(info, "is_filter", False) else "Function"
    node = info.definition if getattr(info, "definition", None) is not None else body.node
    return command_topic(name, category, meta, node, body.node)


def script_topic(ctx: Any, path: str, block: Any) -> HelpTopic:
    """A script file's help, found as a function's is; its name is the script's path."""
    from pyshell.commands.function_metadata import build_metadata
    meta = getattr(block.block, "metadata", None) or build_metadata(ctx, path, block.node)
    return command_topic(path, "ExternalScript", meta, block.node, block.node, root=True)


def command_topic(name: str, category: str, meta: CommandMetadata, node: Any, body: Any,
                  root: bool = False) -> HelpTopic:
    from pyshell.commands.comment_help import help_of
    from pyshell.commands.maml import maml_topic
    comment = help_of(node, root=root)
    obj = None
    if comment is not None:
        obj = _external_help(name, category, comment, node)
        if obj is None and not (comment.external_help and comment.directives == 1):
            from pyshell.commands.comment_maml import help_object
            obj = help_object(name, category, comment, meta, body)
    if obj is not None:
        topic = maml_topic(obj)
        topic.forward = (comment.forward_target, comment.forward_category)
        return topic
    from pyshell.commands.function_metadata import is_advanced
    advanced = is_advanced(body)
    syntax = syntax_lines(name, meta, meta.supports_should_process, common=advanced)
    topic = HelpTopic(name=name, category=category, syntax=syntax, common_parameters=advanced,
                      synopsis="".join(f"\n{line}\n" for line in syntax), syntax_only=True)
    topic.parameters = [_parameter_help(p, meta) for p in meta.parameters if not p.dont_show]
    return topic


def _external_help(name: str, category: str, comment: Any, node: Any) -> Any:
    """The help an .EXTERNALHELP file beside the script gives the command, if it can be found."""
    if not comment.external_help:
        return None
    import os
    from pyshell.commands.maml import find_help_file, load_command
    source = node.extent.source
    script = source.name if source is not None else ""
    folder = os.path.dirname(os.path.abspath(script)) if script else os.getcwd()
    found = find_help_file(comment.external_help, [folder])
    return load_command(found, name, category) if found else None


def _is_advanced(body: Any) -> bool:
    from pyshell.commands.function_metadata import is_advanced
    return is_advanced(body.node)


def about_files() -> dict[str, Path]:
    """Every about_*.help.txt topic: pyshell's own and those the command modules ship."""
    found: dict[str, Path] = {}
    dirs = list(HELP_DIRS) + sorted(CMDLETS_ROOT.glob(MODULE_HELP_GLOB))
    for d in dirs:
        for path in sorted(Path(d).glob("about_*.help.txt")):
            found[path.name[:-len(".help.txt")].lower()] = path
    return found


def about_topic(path: Path) -> HelpTopic:
    text = path.read_text(encoding="utf-8")
    name = path.name[:-len(".help.txt")]
    return HelpTopic(name=name, category="HelpFile", synopsis=_short_description(text), text=text)


def _short_description(text: str) -> str:
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.strip().upper() == "SHORT DESCRIPTION":
            body = []
            for nxt in lines[i + 1:]:
                if not nxt.strip():
                    if body:
                        break
                    continue
                if not nxt.startswith(" "):
                    break
                body.append(nxt.strip())
            return " ".join(body)
    return ""


# --- rendering -----------------------------------------------------------------------------

def _wrap(text: str, width: int, indent: str) -> list[str]:
    """Paragraphs (split at blank lines) wrapped to `width`, each line indented; a blank line
    between paragraphs. Lines that start with spaces (code) are kept as they are."""
    out: list[str] = []
    for para in [p for p in text.replace("\r\n", "\n").split("\n\n")]:
        if out:
            out.append("")
        lines = para.split("\n")
        if any(line.startswith((" ", "\t")) for line in lines):
            out.extend((indent + line).rstrip() for line in lines)
            continue
        wrapped = textwrap.wrap(" ".join(line.strip() for line in lines), width=max(width, len(indent) + 20),
                                initial_indent=indent, subsequent_indent=indent, break_long_words=False,
                                break_on_hyphens=False)
        out.extend(wrapped or [""])
    return out


def _details(topic: HelpTopic, width: int) -> list[str]:
    synopsis = topic.synopsis if topic.maml else topic.synopsis or topic.name
    return ["", "NAME", INDENT + topic.name, "", "SYNOPSIS"] + _wrap(synopsis, width, INDENT) + ["", ""]


def _syntax_block(topic: HelpTopic, width: int) -> list[str]:
    out = ["SYNTAX"]
    for line in topic.syntax:
        out.extend(textwrap.wrap(line, width=width, initial_indent=INDENT, subsequent_indent=INDENT,
                                 break_long_words=False, break_on_hyphens=False))
        out.append("")
    out.append("")
    return out


def _description_block(topic: HelpTopic, width: int) -> list[str]:
    if not topic.description:
        return ["DESCRIPTION", "", ""] if topic.maml else []
    return ["DESCRIPTION"] + _wrap(topic.description, width, INDENT) + ["", ""]


def _parameter_head(ph: ParameterHelp) -> str:
    if not ph.type_name:
        return f"-{ph.name}"
    return f"-{ph.name} [<{ph.type_name}>]" if ph.optional_value else f"-{ph.name} <{ph.type_name}>"


def _parameter_full(ph: ParameterHelp, width: int, indent: str = INDENT) -> list[str]:
    inner = indent + INDENT
    out = [indent + _parameter_head(ph)] + (_wrap(ph.description, width, inner) if ph.description else []) + [""]
    out += [f"{inner}Required?                    {'true' if ph.required else 'false'}",
            f"{inner}Position?                    {ph.position}",
            f"{inner}Default value                {ph.default}",
            f"{inner}Accept pipeline input?       {ph.pipeline}",
            f"{inner}Accept wildcard characters?  {'true' if ph.wildcards else 'false'}", ""]
    return [line.rstrip() for line in out]


def _parameters_block(topic: HelpTopic, width: int, full: bool) -> list[str]:
    out = ["PARAMETERS"]
    for ph in topic.parameters:
        if full:
            out += _parameter_full(ph, width)
        else:
            out.append(INDENT + _parameter_head(ph))
            out += (_wrap(ph.description, width, INDENT * 2) if ph.description else []) + [""]
    if topic.common_parameters:
        out += [f"{INDENT}<CommonParameters>"] + _wrap(COMMON_PARAMETERS_TEXT, width, INDENT * 2) + ["", ""]
    return out


def _examples_block(topic: HelpTopic, width: int) -> list[str]:
    out: list[str] = []
    for i, ex in enumerate(topic.examples, 1):
        out += [f"{INDENT}-------------------------- EXAMPLE {i} --------------------------", ""]
        code = ex.code.splitlines() or [""]
        out.append(f"{INDENT}{ex.prompt}{code[0]}")
        out += [f"{INDENT}{line}" for line in code[1:]]
        if ex.output:
            out += [f"{INDENT}{line}".rstrip() for line in ex.output.strip("\n").splitlines()]
        out.append("")
        if ex.description:
            out += _wrap(ex.description, width, INDENT)
        out += ["", ""]
    return out


def examples_text(topic: HelpTopic, width: int = 79) -> str:
    """The examples of a topic as the console shows (Get-Help x).Examples."""
    return "\n".join(_examples_block(topic, width)).rstrip("\n")


def _remarks(topic: HelpTopic, examples: bool = True, detailed: bool = True) -> list[str]:
    name = topic.name
    out = ["REMARKS"]
    if examples:
        out.append(f'{INDENT}To see the examples, type: "get-help {name} -examples".')
    if detailed:
        out.append(f'{INDENT}For more information, type: "get-help {name} -detailed".')
    out.append(f'{INDENT}For technical information, type: "get-help {name} -full".')
    if topic.online_uri:
        out.append(f'{INDENT}For online help, type: "get-help {name} -online"')
    return out


def _related(topic: HelpTopic) -> list[str]:
    if topic.links is not None:
        return ["RELATED LINKS"] + [INDENT + link for link in topic.links] + [""]
    return ["RELATED LINKS"] + ([f"{INDENT}Online Version: {topic.online_uri}"] if topic.online_uri else []) + [""]


def render(topic: HelpTopic, view: str = "default", width: int = 79) -> str:
    """The text Get-Help prints: view is "default", "detailed", "full" or "examples"."""
    if topic.category == "HelpFile":
        return topic.text.rstrip("\n")
    if topic.category == "Alias" and not topic.syntax:
        return "\n".join(["", "NAME", INDENT + topic.name, "", "SYNOPSIS", INDENT + topic.synopsis, ""])
    if topic.syntax_only:
        return _render_syntax_only(topic, view, width)
    lines = _details(topic, width)
    if view == "examples":
        lines += _examples_block(topic, width)
        return "\n".join(lines).rstrip("\n") + "\n"
    lines += _syntax_block(topic, width) + _description_block(topic, width)
    if view == "default":
        lines += _related(topic) + _remarks(topic)
    elif view == "detailed":
        lines += _parameters_block(topic, width, full=False) + _examples_block(topic, width)
        lines += _remarks(topic, examples=True, detailed=True)
    else:
        lines += _parameters_block(topic, width, full=True)
        lines += ["INPUTS"] + _type_lines(topic.inputs, topic, width) + ["", ""]
        lines += ["OUTPUTS"] + _type_lines(topic.outputs, topic, width) + ["", ""]
        if topic.notes:
            lines += ["NOTES", "", ""] + _wrap(topic.notes, width, INDENT * 2) + [""]
        lines += _examples_block(topic, width) + _related(topic)
    return "\n".join(lines).rstrip("\n") + "\n"


def _type_lines(types: list[str], topic: HelpTopic, width: int) -> list[str]:
    if not topic.maml:
        return [INDENT + t for t in types]
    return [line for t in types for line in _wrap(t, width, INDENT)]


def _render_syntax_only(topic: HelpTopic, view: str, width: int) -> str:
    """The help of a function or script that has none of its own: its name and syntax, and for
    -Detailed and -Full its parameters."""
    lines = ["", "NAME", INDENT + topic.name, ""] + _syntax_block(topic, width)
    if view in ("detailed", "full"):
        lines += _parameters_block(topic, width, full=view == "full")
    lines += ["ALIASES", INDENT + "None", "", "", "REMARKS", INDENT + "None"]
    return "\n".join(lines) + "\n"


def render_parameters(topic: HelpTopic, names: list[ParameterHelp], width: int = 79) -> str:
    """Get-Help -Parameter: the full description of each chosen parameter."""
    lines: list[str] = [""]
    for ph in names:
        lines += _parameter_full(ph, width, indent="")
    return "\n".join(lines).rstrip("\n") + "\n"


__all__ = ["HelpTopic", "ParameterHelp", "ExampleHelp", "cmdlet_topic", "function_topic", "script_topic",
           "about_files", "about_topic", "render", "render_parameters", "syntax_lines", "command_syntax",
           "command_type_name", "help_type_name", "display_order"]

"""Comment-based help written out as a MAML command element, as PowerShell does before turning it
into the help object (maml.py): the name and synopsis; one syntax item per parameter set; every
parameter with its description (from `.PARAMETER`, else from the comments beside it), whether it is
required, its position (counted from 1, or "named"), pipeline input, wildcards and default value;
the description, notes, examples (prompt, code and remarks), input and output types and links.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from pyshell.commands.comment_help import CommentHelp
from pyshell.commands.maml import COMMAND_NS, DEV_NS, MAML_NS, command_object
from pyshell.commands.parameters import ALL_SETS, CommandMetadata, Parameter
from pyshell.language import nodes as N
from pyshell.runtime.conversion import ListOf, to_string, type_display_name
from pyshell.runtime.values import PSEnum, PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

DEFAULT_PROMPT = "PS C:\\>"
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://\S")


def _el(parent: ET.Element, ns: str, name: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ns}}}{name}", attrs)
    if text is not None:
        element.text = text
    return element


def _para(parent: ET.Element, ns: str, name: str, text: str) -> ET.Element:
    element = _el(parent, ns, name)
    _el(element, MAML_NS, "para", text)
    return element


def type_name(target: Any) -> str:
    """A .NET type's short name, as Type.Name gives it: String, Int32, Object, String[]."""
    if target is None:
        target = object
    full = type_display_name(target)
    suffix = ""
    while full.endswith("[]"):
        full, suffix = full[:-2], suffix + "[]"
    return full.rsplit(".", 1)[-1] + suffix


def _enum_names(target: Any) -> list[str] | None:
    item = target.item if isinstance(target, ListOf) else target
    if isinstance(item, type) and issubclass(item, PSEnum):
        return list(item.__members__)
    return None


def example_parts(text: str) -> tuple[str, str, str]:
    """An example's prompt, code and remarks, split as Windows PowerShell 5.1 splits them: a `>` on
    the first line ends the prompt (PS C:\\> when there is none), the rest of that line is the code,
    the lines after it the remarks."""
    newline, gt = text.find("\n"), text.find(">")
    if gt >= 0 and (newline < 0 or gt < newline):
        prompt, rest = text[:gt + 1].strip(), text[gt + 1:]
        newline = rest.find("\n")
        if newline < 0:
            return prompt, "", rest
        return prompt, rest[:newline].strip(), rest[newline + 1:]
    if newline < 0:
        return DEFAULT_PROMPT, text.strip(), ""
    return DEFAULT_PROMPT, text[:newline].strip(), text[newline + 1:]


def _parameter(parent: ET.Element, p: Parameter, required: bool, pipeline: bool, by_name: bool, position: str,
               description: str, wildcards: bool, default: str, for_syntax: bool) -> None:
    piped = ("true (ByValue, ByPropertyName)" if pipeline and by_name else "true (ByValue)" if pipeline
             else "true (ByPropertyName)" if by_name else "false")
    element = _el(parent, COMMAND_NS, "parameter", required="true" if required else "false",
                  globbing="true" if wildcards else "false", pipelineInput=piped, position=position)
    _el(element, MAML_NS, "name", p.name)
    if description:
        _para(element, MAML_NS, "description", description)
    names = _enum_names(p.type)
    if names is not None:
        group = _el(element, COMMAND_NS, "parameterValueGroup")
        for value in names:
            _el(group, COMMAND_NS, "parameterValue", value, required="false")
    elif not (for_syntax and p.type is SwitchParameter):
        _el(element, COMMAND_NS, "parameterValue", type_name(p.type),
            required="false" if p.type is SwitchParameter else "true")
    if not for_syntax:
        _el(_el(element, DEV_NS, "type"), MAML_NS, "name", type_name(p.type))
        _el(element, DEV_NS, "defaultValue", default)


def _decls(block: N.ScriptBlock | None) -> dict[str, N.ParameterDecl]:
    if block is None or block.param_block is None:
        return {}
    return {d.name.lower(): d for d in block.param_block.parameters}


def _has_attribute(decl: N.ParameterDecl | None, name: str) -> N.Attribute | None:
    if decl is None:
        return None
    return next((a for a in decl.attributes if a.name.lower() in (name, name + "attribute")), None)


def _constant(node: Any) -> tuple[bool, Any]:
    if isinstance(node, N.Constant):
        return True, node.value
    if isinstance(node, N.StringConstant):
        return True, node.value
    if isinstance(node, N.ExpandableString) and all(isinstance(p, N.StringConstant) for p in node.parts):
        return True, "".join(p.value for p in node.parts)
    if isinstance(node, N.Variable) and not node.scope and node.name.lower() in ("true", "false", "null"):
        return True, {"true": True, "false": False, "null": None}[node.name.lower()]
    return False, None


def default_text(decl: N.ParameterDecl | None) -> str:
    """A parameter's default value as help shows it: [PSDefaultValue(Help=...)] when it says, else
    the value of a constant default, else the default's text as written."""
    attr = _has_attribute(decl, "psdefaultvalue")
    if attr is not None:
        named = {k.lower(): v for k, v in attr.named}
        for key in ("help", "value"):
            ok, value = _constant(named.get(key))
            if ok and value not in (None, ""):
                return to_string(value)
    if decl is None or decl.default is None:
        return ""
    ok, value = _constant(decl.default)
    if ok:
        return "" if value is None else to_string(value)
    return decl.default.extent.text


def _output_types(block: N.ScriptBlock | None) -> list[str]:
    if block is None or block.param_block is None:
        return []
    out = []
    for attr in block.param_block.attributes:
        if attr.name.lower() in ("outputtype", "outputtypeattribute"):
            for arg in attr.positional:
                if isinstance(arg, N.TypeLiteral):
                    out.append(_full_type_name(arg.type.name))
                else:
                    ok, value = _constant(arg)
                    if ok and value is not None:
                        out.append(to_string(value))
    return out


def _full_type_name(name: str) -> str:
    from pyshell.runtime.types import resolve_type
    ref = resolve_type(name)
    return type_display_name(ref.target) if ref is not None else name


def build_element(name: str, help_: CommentHelp, meta: CommandMetadata, block: N.ScriptBlock | None) -> ET.Element:
    """The MAML command element for comment-based help."""
    descriptions = dict(help_.parameters)
    for i, p in enumerate(meta.parameters):
        if p.name.lower() not in descriptions and i < len(help_.parameter_comments):
            descriptions[p.name.lower()] = help_.parameter_comments[i]
    decls = _decls(block)
    command = ET.Element(f"{{{COMMAND_NS}}}command")
    details = _el(command, COMMAND_NS, "details")
    _el(details, COMMAND_NS, "name", name)
    if help_.synopsis:
        _para(details, MAML_NS, "description", help_.synopsis)
    syntax = _el(command, COMMAND_NS, "syntax")
    for set_name in meta.set_names or [ALL_SETS]:
        item = _el(syntax, COMMAND_NS, "syntaxItem")
        _el(item, MAML_NS, "name", name)
        for p in meta.parameters:
            if not p.in_set(set_name):
                continue
            o = p.options(set_name)
            _parameter(item, p, o.mandatory, o.pipeline, o.by_property_name,
                       "named" if o.position is None else str(o.position + 1),
                       descriptions.get(p.name.lower(), ""), _has_attribute(decls.get(p.name.lower()),
                                                                            "supportswildcards") is not None,
                       "", for_syntax=True)
    parameters = _el(command, COMMAND_NS, "parameters")
    for p in meta.parameters:
        o = p.set_options.get(ALL_SETS) or next(iter(p.set_options.values()))
        decl = decls.get(p.name.lower())
        _parameter(parameters, p, o.mandatory, o.pipeline, o.by_property_name,
                   "named" if o.position is None else str(o.position + 1), descriptions.get(p.name.lower(), ""),
                   _has_attribute(decl, "supportswildcards") is not None, default_text(decl), for_syntax=False)
    if help_.description:
        _para(command, MAML_NS, "description", help_.description)
    if help_.notes:
        _para(_el(command, MAML_NS, "alertSet"), MAML_NS, "alert", help_.notes)
    if help_.examples:
        examples = _el(command, COMMAND_NS, "examples")
        for i, text in enumerate(help_.examples, 1):
            example = _el(examples, COMMAND_NS, "example")
            _el(example, MAML_NS, "title", f"\t\t\t\t-------------------------- EXAMPLE {i} --------------------------")
            prompt, code, remarks = example_parts(text)
            _para(example, MAML_NS, "introduction", prompt)
            _el(example, DEV_NS, "code", code)
            element = _para(example, DEV_NS, "remarks", remarks)
            for _ in range(4):          # PowerShell's four empty paragraphs for spacing
                _el(element, MAML_NS, "para", "")
    if help_.inputs:
        inputs = _el(command, COMMAND_NS, "inputTypes")
        for text in help_.inputs:
            _el(_el(_el(inputs, COMMAND_NS, "inputType"), DEV_NS, "type"), MAML_NS, "name", text)
    outputs = help_.outputs or _output_types(block)
    if outputs:
        values = _el(command, COMMAND_NS, "returnValues")
        for text in outputs:
            _el(_el(_el(values, COMMAND_NS, "returnValue"), DEV_NS, "type"), MAML_NS, "name", text)
    if help_.links:
        links = _el(command, MAML_NS, "relatedLinks")
        for link in help_.links:
            nav = _el(links, MAML_NS, "navigationLink")
            _el(nav, MAML_NS, "uri" if _URI.match(link) else "linkText", link)
    return command


def help_object(name: str, category: str, help_: CommentHelp, meta: CommandMetadata,
                block: N.ScriptBlock | None, module: str = "") -> PSObject | None:
    """The help object (MamlCommandHelpInfo) of a command with comment-based help."""
    obj = command_object(build_element(name, help_, meta, block), category, module)
    if obj is not None:
        obj.set("Component", help_.component)
        obj.set("Role", help_.role)
        obj.set("Functionality", help_.functionality)
        for prefix, ns in (("maml", MAML_NS), ("command", COMMAND_NS), ("dev", DEV_NS)):
            obj.set(f"xmlns:{prefix}", ns)
    return obj

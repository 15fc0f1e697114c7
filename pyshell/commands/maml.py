"""MAML, the XML of PowerShell's command help, turned into the objects Get-Help writes.

Comment-based help is first written as a MAML document (comment_maml.py), as PowerShell does, and
an external help file (`.EXTERNALHELP`) is one; both become objects by the same rules:

- an element with no child elements is its trimmed text;
- an element holding `para` elements is an array of paragraph objects, each with a Text property
  (MamlParaTextItem);
- any other element is an object with a property per child name (an array when the name repeats)
  and a property per XML attribute, its type name MamlCommandHelpInfo#<element name>.
"""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET

from pyshell.runtime.values import PSObject

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MAML_NS = "http://schemas.microsoft.com/maml/2004/10"
COMMAND_NS = "http://schemas.microsoft.com/maml/dev/command/2004/10"
DEV_NS = "http://schemas.microsoft.com/maml/dev/2004/10"
HELP_INFO = "MamlCommandHelpInfo"
_FORMATTING = {"para", "list", "definitionlist"}


def local_name(element: ET.Element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _attribute_name(key: str) -> str:
    """An attribute's name as PowerShell shows it: its prefix kept only for namespace declarations."""
    return key.rsplit("}", 1)[-1] if key.startswith("{") else key


def para(text: str, last: bool = True) -> PSObject:
    """One paragraph object. Every non-empty paragraph but the last ends with a line break."""
    text = text.strip()
    if text and not last:
        text += "\n"
    return PSObject([("Text", text)], type_names=["MamlParaTextItem", "MamlTextItem"], string_form=text)


def _paragraphs(element: ET.Element) -> list[PSObject]:
    children = [c for c in element if local_name(c).lower() in _FORMATTING]
    paras: list[ET.Element] = []
    for child in children:
        if local_name(child).lower() == "para":
            paras.append(child)
        else:        # a list or definition list: its paragraphs, in order
            paras.extend(e for e in child.iter() if local_name(e).lower() == "para")
    with_text = sum(1 for p in paras if "".join(p.itertext()).strip())
    out = []
    for i, p in enumerate(paras, 1):
        out.append(para("".join(p.itertext()), last=i == with_text))
    return out


def to_object(element: ET.Element) -> Any:
    """The object (or string, or paragraph array) an element stands for."""
    attributes = [(_attribute_name(k), v) for k, v in element.attrib.items()]
    children = list(element)
    if not children:
        text = (element.text or "").strip()
        if not attributes:
            return text
        # PowerShell attaches the attributes to the string itself; here an object that shows as it.
        return PSObject(attributes, type_names=["System.String", "System.Object"],
                        string_form=text, equals_by_string=True)
    if any(local_name(c).lower() in _FORMATTING for c in children):
        return _paragraphs(element)
    grouped: dict[str, tuple[str, list[Any]]] = {}
    for child in children:
        name = local_name(child)
        value = to_object(child)
        slot = grouped.setdefault(name.lower(), (name, []))[1]
        if isinstance(value, list):
            slot.extend(value)
        else:
            slot.append(value)
    props: list[tuple[str, Any]] = []
    for name, values in grouped.values():
        if not values:
            continue
        single = len(values) == 1 and not (isinstance(values[0], PSObject) and "MamlTextItem" in values[0].type_names)
        props.append((name, values[0] if single else values))
    props.extend(attributes)
    return PSObject(props, type_names=[f"{HELP_INFO}#{local_name(element)}"])


def first_text(value: Any) -> str:
    """The Text of the first paragraph of a property (a paragraph array or one paragraph)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, PSObject):
        text = value.get("Text")
        return "" if text is None else str(text)
    return "" if value is None else str(value)


def command_object(element: ET.Element, category: str, module: str = "") -> PSObject | None:
    """A command's help object from its MAML `command` element, with the properties PowerShell adds
    to every help object; None when the element names no command."""
    obj = to_object(element)
    if not isinstance(obj, PSObject):
        return None
    details = obj.get("details")
    name = str(details.get("name") or "").strip() if isinstance(details, PSObject) else ""
    if not name:
        return None
    obj.type_names = [HELP_INFO, "HelpInfo"]
    syntax = obj.get("syntax")
    if isinstance(syntax, PSObject):
        syntax.string_form = "\n\n".join(syntax_line(i) for i in items(syntax.get("syntaxItem")))
    obj.set("Name", name)
    obj.set("Category", category)
    obj.set("Synopsis", first_text(details.get("description")).strip())
    for key in ("Component", "Role", "Functionality"):
        obj.set(key, None)
    obj.set("ModuleName", module)
    return obj


def find_help_file(name: str, directories: list[str], culture: str = "en-US") -> str | None:
    """Where an .EXTERNALHELP file is: beside the script, or in its culture's folder there (the
    culture folder first); file names are matched without regard to case."""
    for directory in directories:
        base = os.path.join(directory, os.path.dirname(name))
        leaf = os.path.basename(name)
        for folder in (os.path.join(base, culture), base):
            try:
                entries = os.listdir(folder)
            except OSError:
                continue
            for entry in entries:
                if entry.lower() == leaf.lower() and os.path.isfile(os.path.join(folder, entry)):
                    return os.path.join(folder, entry)
    return None


def load_command(path: str, command: str, category: str) -> PSObject | None:
    """The help of one command from a MAML help file, or None when the file cannot be read or does
    not describe the command."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError, ValueError):
        return None
    for element in root.iter(f"{{{COMMAND_NS}}}command"):
        details = element.find(f"{{{COMMAND_NS}}}details")
        name = details.find(f"{{{COMMAND_NS}}}name") if details is not None else None
        if name is not None and (name.text or "").strip().lower() == command.lower():
            return command_object(element, category)
    return None


# --- the help object read back for display ------------------------------------------------------

def items(value: Any) -> list[Any]:
    """A MAML property as a list: nothing, one value, or the array it is."""
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _prop(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, PSObject) else None


def texts(value: Any) -> str:
    """The paragraphs of a property as text, a blank line between paragraphs."""
    parts = [str(_prop(p, "Text") if isinstance(p, PSObject) else p or "").strip() for p in items(value)]
    return "\n\n".join(p for p in parts if p)


def _text(value: Any) -> str:
    if isinstance(value, PSObject):
        return value.string_form or ""
    return "" if value is None else str(value)


def syntax_line(item: Any) -> str:
    """One syntax item as Get-Help writes it: `Name [-A] <T> [[-B] <T>] [-C] [<CommonParameters>]`."""
    parts = [_text(_prop(item, "name")).strip()]
    for p in items(_prop(item, "parameter")):
        name = f"-{_text(_prop(p, 'name')).strip()}"
        positional = str(_prop(p, "position") or "named").lower() != "named"
        group = _prop(p, "parameterValueGroup")
        if group is not None:
            value = "{" + " | ".join(_text(v) for v in items(_prop(group, "parameterValue"))) + "}"
        else:
            value = _text(_prop(p, "parameterValue"))
            value = f"<{value}>" if value else ""
        required = str(_prop(p, "required")).lower() == "true"
        if not value:
            parts.append(name if required else f"[{name}]")
        elif positional:
            parts.append(f"[{name}] {value}" if required else f"[[{name}] {value}]")
        else:
            parts.append(f"{name} {value}" if required else f"[{name} {value}]")
    parts.append("[<CommonParameters>]")
    return " ".join(parts)


def maml_topic(obj: PSObject) -> Any:
    """The HelpTopic that renders a MAML help object in Get-Help's views."""
    from pyshell.commands.help import ExampleHelp, HelpTopic, ParameterHelp
    params = []
    for p in items(_prop(_prop(obj, "parameters"), "parameter")):
        value = _prop(p, "parameterValue")
        type_text = _text(_prop(_prop(p, "type"), "name")) or _text(value)
        params.append(ParameterHelp(
            name=_text(_prop(p, "name")).strip(), type_name=type_text or None,
            description=texts(_prop(p, "description")), required=str(_prop(p, "required")).lower() == "true",
            position=str(_prop(p, "position") or "named"), pipeline=str(_prop(p, "pipelineInput") or "false"),
            wildcards=str(_prop(p, "globbing")).lower() == "true", default=_text(_prop(p, "defaultValue")),
            optional_value=isinstance(value, PSObject) and str(value.get("required")).lower() == "false"))
    examples = [ExampleHelp(code=_text(_prop(e, "code")), description=texts(_prop(e, "remarks")),
                            prompt=texts(_prop(e, "introduction")))
                for e in items(_prop(_prop(obj, "examples"), "example"))]
    links, online = [], ""
    for link in items(_prop(_prop(obj, "relatedLinks"), "navigationLink")):
        text, uri = _text(_prop(link, "linkText")).strip(), _text(_prop(link, "uri")).strip()
        links.append(" ".join(t for t in (text, uri) if t))
        online = online or uri
    return HelpTopic(
        name=str(obj.get("Name") or ""), category=str(obj.get("Category") or ""), module=str(obj.get("ModuleName") or ""),
        synopsis=str(obj.get("Synopsis") or ""), description=texts(obj.get("description")),
        syntax=[syntax_line(i) for i in items(_prop(obj.get("syntax"), "syntaxItem"))], parameters=params,
        examples=examples, online_uri=online,
        inputs=[_text(_prop(_prop(i, "type"), "name")) for i in items(_prop(obj.get("inputTypes"), "inputType"))],
        outputs=[_text(_prop(_prop(r, "type"), "name"))
                 for r in items(_prop(obj.get("returnValues"), "returnValue"))],
        notes=texts(_prop(obj.get("alertSet"), "alert")), links=links, maml=True, obj=obj)

"""ConvertTo-Html: objects to an HTML page (or fragment) holding a table of their properties."""
from __future__ import annotations

from cmdlets.core._csv import dotnet_string
from cmdlets.core._format_params import PropertyParser, PropertySpec, script_source
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.format.fields import property_items
from pyshell.runtime.conversion import ListOf, to_string
from pyshell.runtime.operators import has_wildcards, wildcard_match
from pyshell.runtime.scriptblock import ScriptBlock
from pyshell.runtime.values import PSObject, SwitchParameter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

PAGE, FRAGMENT = "Page", "Fragment"
DOCTYPE = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"  '
           '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">')


def html_encode(text: str) -> str:
    """WebUtility.HtmlEncode: markup characters as entities, Latin-1 letters as numeric references."""
    out = []
    for ch in text:
        if ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&#39;")
        elif 160 <= ord(ch) <= 255:
            out.append(f"&#{ord(ch)};")
        else:
            out.append(ch)
    return "".join(out)


def _as_value(value: Any) -> Any:
    valid = ("Table", "List")
    text = to_string(value)
    if text.lower() not in (v.lower() for v in valid):
        return (f'The argument "{text}" does not belong to the set "Table,List" specified by the ValidateSet '
                "attribute. Supply an argument that is in the set and then try the command again.")
    return None


class ConvertToHtml(Cmdlet):
    """Converts Microsoft .NET Framework objects into HTML that can be displayed in a Web browser."""

    verb, noun = "ConvertTo", "Html"
    implementing_type = "Microsoft.PowerShell.Commands.ConvertToHtmlCommand"
    default_set = PAGE
    output_types = ("System.String",)
    description = ("ConvertTo-Html writes HTML, one string per line: a page (or with -Fragment just the table) with "
                   "a column per property and a row per object, or with -As List a two-column table of names and "
                   "values for each object. Values are HTML-encoded. -Property chooses the columns (wildcards, script "
                   "blocks and hashtables with Expression, Label, Width and Alignment).")

    input_object = Parameter(PSObject, pipeline=True, help="The objects to show in the table.")
    property = Parameter(ListOf(object), position=0, help="The properties to show (all of them unless given).")
    head = Parameter(ListOf(str), sets={PAGE: SetOptions(position=1)},
                     help="The content of the page's <head> element, replacing the default <title>.")
    title = Parameter(str, default="HTML TABLE", sets={PAGE: SetOptions(position=2)},
                      help="The page's title (HTML TABLE unless given).")
    body = Parameter(ListOf(str), sets={PAGE: SetOptions(position=3)},
                     help="Text added after the opening <body> tag.")
    css_uri = Parameter(str, name="CssUri", aliases=("cu",), sets=(PAGE,),
                        help="A style sheet the page links to.")
    fragment = Parameter(SwitchParameter, sets={FRAGMENT: SetOptions()},
                         help="Writes only the table, without <html>, <head> and <body>.")
    pre_content = Parameter(ListOf(str), help="Text written before the table.")
    post_content = Parameter(ListOf(str), help="Text written after the table.")
    as_ = Parameter(str, name="As", default="Table", validators=(_as_value,),
                    help="Table (a row per object) or List (a name/value table per object).")

    examples = (
        Example('[pscustomobject]@{Name="a<b"; Size=5} | ConvertTo-Html -Fragment',
                "A table of the object's properties, its values HTML-encoded.",
                "<table>\n<colgroup><col/><col/></colgroup>\n<tr><th>Name</th><th>Size</th></tr>\n"
                "<tr><td>a&lt;b</td><td>5</td></tr>\n</table>\n"),
        Example("Get-CsAdminRole | ConvertTo-Html -Property Identity, IsStandardRole -Title Roles",
                "A whole page listing the RBAC roles."),
    )

    def begin(self) -> None:
        self._specs = PropertyParser(self, "html").parse(self.property if self.property is not None else ["*"])
        self._columns: list[tuple[str, PropertySpec]] | None = None
        self._count = 0
        if self.parameter_set_name != FRAGMENT:
            self.write_object(DOCTYPE)
            self.write_object('<html xmlns="http://www.w3.org/1999/xhtml">')
            self.write_object("<head>")
            for line in (self.head if self.head is not None else [f"<title>{self.title}</title>"]):
                self.write_object(line)
            if self.css_uri is not None:
                self.write_object(f'<link rel="stylesheet" type="text/css" href="{self.css_uri}" />')
            self.write_object("</head><body>")
            for line in self.body or []:
                self.write_object(line)
        for line in self.pre_content or []:
            self.write_object(line)
        self.write_object("<table>")

    def _resolve(self, obj: Any) -> list[tuple[str, PropertySpec]]:
        names = [n for n, _ in property_items(obj)]
        out: list[tuple[str, PropertySpec]] = []
        for spec in self._specs:
            expr = spec.expression
            if isinstance(expr, ScriptBlock):
                out.append((spec.label if spec.label is not None else to_string(expr), spec))
                continue
            matches = [n for n in names if wildcard_match(expr, n)] if has_wildcards(expr) else \
                [n for n in names if n.lower() == expr.lower()]
            for name in matches:
                out.append((spec.label if spec.label is not None else name,
                            PropertySpec(name, spec.label, alignment=spec.alignment, html_width=spec.html_width)))
        return out

    def _value(self, obj: Any, spec: PropertySpec) -> str:
        expr = spec.expression
        if isinstance(expr, ScriptBlock):
            value = script_source(self, expr)(obj)
        elif isinstance(obj, PSObject):
            value = obj.get(expr)
        else:
            value = dict((n.lower(), v) for n, v in property_items(obj)).get(expr.lower())
        text = dotnet_string(value)
        return "" if text is None else html_encode(text)

    def process(self) -> None:
        obj = self.input_object
        if obj is None:
            return
        self._count += 1
        as_list = to_string(self.as_).lower() == "list"
        if self._columns is None or as_list:
            columns = self._resolve(obj)
            if not columns:
                return
            if as_list:
                if self._count > 1:
                    self.write_object("<tr><td><hr></td></tr>")
                for label, spec in columns:
                    self.write_object(f"<tr><td>{label}:</td><td>{self._value(obj, spec)}</td></tr>")
                return
            self._columns = columns
            cols = "".join("<col" + (f' width = "{s.html_width}"' if s.html_width is not None else "")
                           + (f' align = "{s.alignment}"' if s.alignment is not None else "") + "/>"
                           for _, s in columns)
            self.write_object(f"<colgroup>{cols}</colgroup>")
            self.write_object("<tr>" + "".join(f"<th>{label}</th>" for label, _ in columns) + "</tr>")
        self.write_object("<tr>" + "".join(f"<td>{self._value(obj, spec)}</td>" for _, spec in self._columns)
                          + "</tr>")

    def end(self) -> None:
        self.write_object("</table>")
        for line in self.post_content or []:
            self.write_object(line)
        if self.parameter_set_name != FRAGMENT:
            self.write_object("</body></html>")

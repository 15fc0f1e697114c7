"""Get-Help: help for commands and concepts, rendered from the commands' own declarations."""
from __future__ import annotations

from pyshell.commands import help as helpsys
from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.parameters import Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.operators import has_wildcards, wildcard_match
from pyshell.runtime.values import PSObject, SwitchParameter

from cmdlets.core._commands import alias_source, resolve_alias, source_of, visible_functions
from cmdlets.core.discovery_views import HELP_EXAMPLES, HELP_INFO, HELP_INFO_SHORT, HELP_PARAMETER

FULL = "AllUsersView"
DETAILED = "DetailedView"
EXAMPLES = "Examples"
PARAMETERS = "Parameters"
ONLINE = "Online"
_CATEGORY_ORDER = {"Alias": 0, "Function": 1, "Filter": 1, "Cmdlet": 2, "HelpFile": 3}


class GetHelp(Cmdlet):
    """Displays information about PowerShell commands and concepts."""

    verb, noun = "Get", "Help"
    default_set = FULL
    implementing_type = "Microsoft.PowerShell.Commands.GetHelpCommand"
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113316"
    output_types = (HELP_INFO, HELP_INFO_SHORT)
    description = (
        "Get-Help shows the help of a cmdlet, function or alias, or an about_ topic. The help of a "
        "cmdlet is built from its declaration: its synopsis and description, one syntax line per "
        "parameter set, its parameters and its examples (which pyshell's tests run, so they stay "
        "true). -Detailed adds the parameters and examples, -Full adds each parameter's details, "
        "-Examples shows only the examples and -Parameter one parameter; -Online prints the address "
        "of the online documentation. A name with wildcards, or one that matches several topics, "
        "lists them with their synopses. Get-Help about_* lists the concept topics, among them "
        "about_pyshell, about_pyshell_demo_organisation and about_pyshell_store. A function or script "
        "file shows its comment-based help (.SYNOPSIS, .DESCRIPTION, .PARAMETER, .EXAMPLE, ...) as "
        "Windows PowerShell does, or else its syntax; 'command -?' shows the same.")

    name = Parameter(str, position=0, by_property_name=True,
                     help="The command, alias or about_ topic to show; wildcards list matching topics.")
    category = Parameter(ListOf(str), help="Only topics of these categories: Alias, Cmdlet, Function, HelpFile.")
    full = Parameter(SwitchParameter, sets=(FULL,), help="Show everything: each parameter's details, the "
                                                         "input and output types and the examples.")
    detailed = Parameter(SwitchParameter, sets={DETAILED: SetOptions(mandatory=True)},
                         help="Add the parameters and the examples to the basic help.")
    # `examples` is the class's list of Example objects, so the switch keeps another attribute name.
    examples_switch = Parameter(SwitchParameter, name="Examples", sets={EXAMPLES: SetOptions(mandatory=True)},
                                help="Show only the name, the synopsis and the examples.")
    parameter = Parameter(ListOf(str), sets={PARAMETERS: SetOptions(mandatory=True)},
                          help="Show the details of these parameters only; wildcards are allowed.")
    online = Parameter(SwitchParameter, sets={ONLINE: SetOptions(mandatory=True)},
                       help="Print the address of the online documentation for the topic.")
    component = Parameter(ListOf(str), help="Only help whose .COMPONENT matches one of these (wildcards allowed).")
    functionality = Parameter(ListOf(str), help="Only help whose .FUNCTIONALITY matches one of these.")
    role = Parameter(ListOf(str), help="Only help whose .ROLE matches one of these.")

    examples = (
        Example("Get-Help Get-CsXmppAllowedPartner", "Shows the basic help of the cmdlet."),
        Example("Get-Help Get-Member -Parameter MemberType", "Shows the details of one parameter."),
        Example("Get-Help about_*", "Lists the concept topics."),
        Example("Get-Help Get-CsAdminRole -Online", "Prints the address of the cmdlet's online documentation."),
    )

    def process(self) -> None:
        width = max(int(getattr(self.context.host, "width", 80) or 80) - 1, 40)
        if not self.name:
            self.write_object(helpsys.render(self._default_topic(), width=width))
            return
        topics = self._find(self.name)
        if self.category:
            wanted = {c.lower() for c in self.category}
            topics = [t for t in topics if t.category.lower() in wanted]
        for key, patterns in (("Component", self.component), ("Role", self.role),
                              ("Functionality", self.functionality)):
            if patterns:
                topics = [t for t in topics if _matches(t, key, patterns)]
        if not topics:
            if not has_wildcards(self.name):
                self.write_error(self.error_record(
                    f"Get-Help could not find {self.name} in a help file in this session.", "HelpNotFound",
                    ErrorCategory.ResourceUnavailable, target=self.name, exception_type="HelpNotFoundException",
                    hint=f"Get-Help *{self.name}* searches topic names; Get-Help about_* lists the concept topics."))
            return
        if len(topics) > 1:
            if self.online:
                self.throw_terminating(self.error_record(
                    "Multiple Help topics were found. Use only one Help topic with the -Online option.",
                    "InvalidOperation", ErrorCategory.InvalidOperation,
                    exception_type="PSInvalidOperationException"))
            for topic in topics:
                self.write_object(_short(topic))
            return
        self._show(topics[0], width)

    # -- one topic ------------------------------------------------------------------------------
    def _show(self, topic: helpsys.HelpTopic, width: int) -> None:
        if self.online:
            if not topic.online_uri:
                self.throw_terminating(self.error_record(
                    "The online version of this Help topic cannot be displayed because the Internet address (URI) "
                    "of the Help topic is not specified in the command code or in the help file for the command.",
                    "InvalidOperation", ErrorCategory.InvalidOperation, exception_type="PSInvalidOperationException"))
            self.write_object(topic.online_uri)
            return
        if self.parameter:
            chosen = [ph for ph in topic.parameters if any(wildcard_match(p, ph.name) for p in self.parameter)]
            if chosen and topic.obj is not None:
                self._show_maml_parameters(topic, chosen, width)
                return
            if not chosen:
                self.write_error(self.error_record(f"No parameter matches criteria {', '.join(self.parameter)}.",
                                                   "NoParmsFound", ErrorCategory.InvalidArgument, target=topic.name,
                                                   exception_type="PSArgumentException"))
                return
            for ph in chosen:
                self.write_object(_parameter_object(ph, helpsys.render_parameters(topic, [ph], width)))
            return
        view = "full" if self.full else "detailed" if self.detailed else "examples" if self.examples_switch \
            else "default"
        text = helpsys.render(topic, view, width)
        self.write_object(text if topic.category == "HelpFile" else _help_object(topic, view, text, width))

    def _show_maml_parameters(self, topic: helpsys.HelpTopic, chosen: list[helpsys.ParameterHelp],
                              width: int) -> None:
        from pyshell.commands.maml import items
        section = topic.obj.get("parameters")
        params = items(section.get("parameter")) if isinstance(section, PSObject) else []
        by_name = {str(p.get("name")).lower(): p for p in params if isinstance(p, PSObject)}
        for ph in chosen:
            obj = by_name.get(ph.name.lower())
            text = helpsys.render_parameters(topic, [ph], width).strip("\n")
            if obj is None:
                self.write_object(_parameter_object(ph, text))
                continue
            obj.string_form = text
            self.write_object(obj)

    # -- finding topics -------------------------------------------------------------------------
    def _find(self, name: str) -> list[helpsys.HelpTopic]:
        if not has_wildcards(name):
            exact = self._exact(name)
            if exact is not None:
                return [exact]
            name = f"*{name}*"
        return sorted(self._matching(name), key=lambda t: (_CATEGORY_ORDER.get(t.category, 9), t.name.lower()))

    def _exact(self, name: str, categories: set[str] | None = None, depth: int = 0) -> helpsys.HelpTopic | None:
        ctx = self.context
        table = ctx.commands
        key = name.lower()
        about = helpsys.about_files().get(key)
        if about is not None and categories is None:
            return helpsys.about_topic(about)
        alias = table.find_alias(key, ctx)
        target = resolve_alias(alias.definition, table, ctx) if alias is not None else name
        if categories is None or categories & {"function", "filter"}:
            for fname, info in visible_functions(ctx):
                if fname.lower() == target.lower():
                    return self._forwarded(helpsys.function_topic(ctx, fname, info), depth)
        cls = table.cmdlets.get(target.lower())
        if cls is not None and target.lower() not in table.hidden and (categories is None or "cmdlet" in categories):
            return helpsys.cmdlet_topic(cls, source_of(cls))
        if categories is None or "externalscript" in categories:
            return self._script(name)
        return None

    def _forwarded(self, topic: helpsys.HelpTopic, depth: int) -> helpsys.HelpTopic:
        """Help that names another topic (.FORWARDHELPTARGETNAME / .FORWARDHELPCATEGORY) shows that
        topic's help, when there is one."""
        target, category = topic.forward
        if (target or category) and depth < 4:
            categories = {category.lower()} if category else {"alias", "cmdlet", "function", "filter", "externalscript"}
            found = self._exact(target or topic.name, categories, depth + 1)
            if found is not None:
                return found
        return topic

    def _script(self, name: str) -> helpsys.HelpTopic | None:
        """A script file named by its path: its comment-based help, or its syntax."""
        from pyshell.commands.scripts import load_script, looks_like_path, resolve_script
        from pyshell.errors import PSError
        if not (looks_like_path(name) or name.lower().endswith(".ps1")):
            return None
        path = resolve_script(name, self.context)
        if path is None:
            return None
        try:
            block = load_script(self.context, path, None)
        except PSError:
            return None
        return helpsys.script_topic(self.context, path, block)

    def _matching(self, pattern: str) -> list[helpsys.HelpTopic]:
        ctx = self.context
        table = ctx.commands
        found: list[helpsys.HelpTopic] = []
        for key, entry in table.visible_aliases(ctx).items():
            if wildcard_match(pattern, entry.name):
                found.append(helpsys.HelpTopic(entry.name, "Alias", alias_source(entry),
                                               synopsis=resolve_alias(entry.definition, table, ctx)))
        for fname, info in visible_functions(ctx):
            if wildcard_match(pattern, fname):
                found.append(helpsys.function_topic(ctx, fname, info))
        for key, cls in table.cmdlets.items():
            if key not in table.hidden and wildcard_match(pattern, cls.command_name()):
                found.append(helpsys.cmdlet_topic(cls, source_of(cls)))
        for key, path in helpsys.about_files().items():
            if wildcard_match(pattern, path.name[:-len(".help.txt")]):
                found.append(helpsys.about_topic(path))
        return found

    def _default_topic(self) -> helpsys.HelpTopic:
        text = (helpsys.HELP_DIRS[0] / "default.help.txt").read_text(encoding="utf-8")
        return helpsys.HelpTopic("default", "HelpFile", text=text)


def _matches(topic: helpsys.HelpTopic, key: str, patterns: list[str]) -> bool:
    """Whether help's component, role or functionality matches one of the patterns (-Component,
    -Role, -Functionality); help that has none matches only an empty pattern."""
    value = topic.obj.get(key) if topic.obj is not None else None
    text = "" if value is None else str(value)
    return any(not p or wildcard_match(p, text) for p in patterns)


def _help_object(topic: helpsys.HelpTopic, view: str, text: str, width: int = 79) -> PSObject:
    """The help of a command as an object, as PowerShell's Get-Help writes it: scripts can read its
    parts ((Get-Help Get-Member).Synopsis); the console shows the text rendered for the view."""
    kind = {"default": "", "detailed": "#DetailedView", "full": "#FullView", "examples": "#ExamplesView"}[view]
    if topic.obj is not None:
        obj = topic.obj
        obj.type_names = ([f"{HELP_INFO}{kind}"] if kind else []) + [HELP_INFO, "HelpInfo"]
        obj.string_form = text.strip("\n")
        return obj
    if topic.syntax_only:
        return PSObject([("Name", topic.name), ("Category", topic.category), ("Synopsis", topic.synopsis),
                         ("ModuleName", topic.module), ("details", None), ("alertSet", None), ("description", None),
                         ("examples", None), ("Syntax", list(topic.syntax))],
                        type_names=["ExtendedCmdletHelpInfo", "CmdletHelpInfo", HELP_INFO, "HelpInfo"],
                        string_form=text.strip("\n"))
    params = [_parameter_object(ph, "") for ph in topic.parameters]
    # .Examples is one object whose `example` holds them, shown as Get-Help -Examples shows them.
    items = [PSObject([("title", f"-------------------------- EXAMPLE {i} --------------------------"),
                       ("Code", ex.code), ("Remarks", ex.description), ("Output", ex.output)],
                      type_names=["MamlCommandHelpInfo#example", "System.Object"], string_form=ex.code)
             for i, ex in enumerate(topic.examples, 1)]
    examples = PSObject([("example", items)], type_names=[HELP_EXAMPLES, "System.Object"],
                        string_form=helpsys.examples_text(topic, width)) if items else None
    names = ([f"{HELP_INFO}{kind}"] if kind else []) + [HELP_INFO, "HelpInfo", "System.Object"]
    return PSObject([("Name", topic.name), ("Category", topic.category), ("Synopsis", topic.synopsis),
                     ("ModuleName", topic.module), ("Description", topic.description), ("Syntax", list(topic.syntax)),
                     ("Parameters", params), ("Examples", examples), ("RelatedLinks", topic.online_uri or None)],
                    type_names=names, string_form=text.strip("\n"))


def _parameter_object(ph: helpsys.ParameterHelp, text: str) -> PSObject:
    return PSObject([("name", ph.name), ("type", ph.type_name or "SwitchParameter"), ("description", ph.description),
                     ("required", "true" if ph.required else "false"), ("position", ph.position),
                     ("pipelineInput", ph.pipeline), ("globbing", "true" if ph.wildcards else "false")],
                    type_names=[HELP_PARAMETER, "System.Object"], string_form=text.strip("\n") or ph.name)


def _short(topic: helpsys.HelpTopic) -> PSObject:
    """The one-line entry of a topic in a list (PowerShell's HelpInfoShort view)."""
    return PSObject([("Name", topic.name), ("Category", topic.category), ("Module", topic.module),
                     ("Synopsis", topic.synopsis.strip())], type_names=[HELP_INFO_SHORT, "System.Object"],
                    string_form=topic.name)

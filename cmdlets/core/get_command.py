"""Get-Command: the commands of the session (aliases, functions, cmdlets), found by name, verb,
noun, module or type."""
from __future__ import annotations

from pyshell.commands.cmdlet import Cmdlet
from pyshell.commands.help import command_syntax, command_type_name, syntax_lines
from pyshell.commands.parameters import ALL_SETS, Example, Parameter, SetOptions
from pyshell.errors import ErrorCategory
from pyshell.runtime.conversion import ListOf
from pyshell.runtime.enumparse import flags_mask, members_of
from pyshell.runtime.operators import has_wildcards, wildcard_match
from pyshell.runtime.values import SwitchParameter

from cmdlets.core._commands import (COMMAND_INFO, CommandTypes, alias_info, alias_source, cmdlet_info,
                                    function_info, resolve_alias, source_of, visible_functions)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

CMDLET_SET = "CmdletSet"
ALL_COMMAND_SET = "AllCommandSet"
_DEFAULT_TYPES = 1 | 2 | 4 | 8 | 256      # Alias, Function, Filter, Cmdlet, Configuration


class CommandTypeSet:
    """-CommandType: one or more CommandTypes names (or numbers); the bound value is a mask."""

    ps_type_name = "System.Management.Automation.CommandTypes"

    @staticmethod
    def ps_convert(value: Any) -> int:
        return flags_mask(value, members_of(CommandTypes), CommandTypeSet.ps_type_name)


class GetCommand(Cmdlet):
    """Gets all commands."""

    verb, noun = "Get", "Command"
    default_set = CMDLET_SET
    implementing_type = "Microsoft.PowerShell.Commands.GetCommandCommand"
    output_types = (COMMAND_INFO,)
    online_uri = "https://go.microsoft.com/fwlink/?LinkID=113309"
    description = (
        "Get-Command lists the commands you can run: aliases, functions and cmdlets, sorted by kind "
        "and then by name, in a CommandType/Name/Version/Source table (an alias shows as "
        "'gm -> Get-Member'). -Name finds commands by name, with wildcards; without wildcards it "
        "finds exactly that command, or reports that there is none. -Verb and -Noun find cmdlets and "
        "functions by the parts of their names, -Module by the module they come from (the Lync "
        "cmdlets are in Lync, PowerShell's own in Microsoft.PowerShell.Core and "
        "Microsoft.PowerShell.Utility), -CommandType by kind. -Syntax writes each command's syntax "
        "lines instead of the command.")

    name = Parameter(ListOf(str), sets={ALL_COMMAND_SET: SetOptions(position=0, by_property_name=True)},
                     help="The names of the commands to get; wildcards are allowed.")
    # `verb` and `noun` name this cmdlet itself, so the parameters keep other attribute names.
    verb_ = Parameter(ListOf(str), name="Verb", sets={CMDLET_SET: SetOptions(by_property_name=True)},
                     help="Only commands whose verb (the part before the dash) matches; wildcards are allowed.")
    noun_ = Parameter(ListOf(str), name="Noun", sets={CMDLET_SET: SetOptions(by_property_name=True)},
                     help="Only commands whose noun (the part after the dash) matches; wildcards are allowed.")
    module = Parameter(ListOf(str), aliases=("PSSnapin",), by_property_name=True,
                       help="Only commands from these modules, such as Lync; wildcards are allowed.")
    command_type = Parameter(CommandTypeSet, aliases=("Type",), sets={ALL_COMMAND_SET: SetOptions()},
                             help="Only commands of these kinds: Alias, Function, Filter, Cmdlet, or All.")
    total_count = Parameter(int, help="At most this many commands.")
    syntax = Parameter(SwitchParameter, help="Write the syntax of each command instead of the command.")
    parameter_name = Parameter(ListOf(str),
                               help="Only commands that have a parameter of one of these names; wildcards are allowed.")

    examples = (
        Example("Get-Command -Module Lync -Verb Get", "The Lync cmdlets that read from the store."),
        Example("Get-Command *-Member", "The commands whose names end in -Member."),
        Example("Get-Command gm", "An alias, listed as the command it stands for."),
        Example("Get-Command Get-CsXmppAllowedPartner -Syntax",
                "The syntax of each of the cmdlet's parameter sets.",
                "\nGet-CsXmppAllowedPartner [[-Identity] <XdsGlobalRelativeIdentity>] [-LocalStore] "
                "[<CommonParameters>]\n\nGet-CsXmppAllowedPartner [-Filter <string>] [-LocalStore] "
                "[<CommonParameters>]\n\n"),
    )

    def begin(self) -> None:
        self._results: list[tuple[int, str, Any]] = []   # (CommandTypes value, name, thing)
        self._written = 0

    def process(self) -> None:
        names = self.name
        if names:
            for pattern in names:
                self._by_name(pattern)
        else:
            self._collect("*", self._types())
        if not names or any(has_wildcards(n) for n in names):
            self._results.sort(key=lambda r: (r[0], r[1].lower()))
        for kind, name, thing in self._results:
            if self.total_count is not None and self._written >= self.total_count:
                break
            self._write(kind, name, thing)
        self._results = []

    # -- finding ----------------------------------------------------------------------------------
    def _types(self) -> int:
        if self.command_type is not None:
            return self.command_type
        if self.verb_ or self.noun_:
            return 2 | 4 | 8          # Function, Filter, Cmdlet
        return _DEFAULT_TYPES

    def _by_name(self, pattern: str) -> None:
        before = len(self._results)
        if has_wildcards(pattern):
            self._collect(pattern, self._types())
            return
        self._collect(pattern, self._types())
        if len(self._results) == before:
            self.write_error(self.error_record(
                f"The term '{pattern}' is not recognized as the name of a cmdlet, function, script file, or "
                "operable program. Check the spelling of the name, or if a path was included, verify that the "
                "path is correct and try again.", "CommandNotFoundException", ErrorCategory.ObjectNotFound,
                target=pattern, exception_type="CommandNotFoundException"))

    def _collect(self, pattern: str, types: int) -> None:
        ctx = self.context
        table = ctx.commands
        seen = {(k, n.lower()) for k, n, _ in self._results}

        def add(kind: int, name: str, thing: Any) -> None:
            if (kind, name.lower()) not in seen:
                seen.add((kind, name.lower()))
                self._results.append((kind, name, thing))

        if types & 1 and not (self.verb_ or self.noun_):
            for entry in table.visible_aliases(ctx).values():
                if wildcard_match(pattern, entry.name) and self._module_ok(alias_source(entry)) \
                        and self._parameters_ok(table.cmdlets.get(resolve_alias(entry.definition, table, ctx).lower())):
                    add(1, entry.name, entry)
        if types & 6:
            for fname, info in visible_functions(ctx):
                kind = 4 if getattr(info, "is_filter", False) else 2
                if types & kind and wildcard_match(pattern, fname) and self._verb_noun_ok(fname) \
                        and self._module_ok("") and not self.parameter_name:
                    add(kind, fname, info)
        if types & 8:
            for key, cls in table.cmdlets.items():
                if key in table.hidden:
                    continue
                name = cls.command_name()
                if wildcard_match(pattern, name) and self._verb_noun_ok(name) and self._module_ok(source_of(cls)) \
                        and self._parameters_ok(cls):
                    add(8, name, cls)

    def _verb_noun_ok(self, name: str) -> bool:
        if not (self.verb_ or self.noun_):
            return True
        if "-" not in name:
            return False
        verb, noun = name.split("-", 1)
        if self.verb_ and not any(wildcard_match(p, verb) for p in self.verb_):
            return False
        return not self.noun_ or any(wildcard_match(p, noun) for p in self.noun_)

    def _module_ok(self, module: str) -> bool:
        return not self.module or any(wildcard_match(p, module) for p in self.module)

    def _parameters_ok(self, cls: Any) -> bool:
        if not self.parameter_name:
            return True
        if cls is None:
            return False
        names = [p.name for p in cls.metadata.parameters] + [a for p in cls.metadata.parameters for a in p.aliases]
        return any(wildcard_match(pat, n) for pat in self.parameter_name for n in names)

    # -- writing ----------------------------------------------------------------------------------
    def _write(self, kind: int, name: str, thing: Any) -> None:
        self._written += 1
        table = self.context.commands
        if not self.syntax:
            if kind == 1:
                self.write_object(alias_info(thing, table))
            elif kind == 8:
                self.write_object(cmdlet_info(thing))
            else:
                self.write_object(function_info(name, thing))
            return
        if kind == 8:
            self.write_object(command_syntax(thing))
        elif kind == 1:
            target = resolve_alias(thing.definition, table, self.context)
            cls = table.cmdlets.get(target.lower())
            body = command_syntax(cls).replace(cls.command_name(), thing.name) if cls is not None else ""
            self.write_object(f"{thing.name} (alias) -> {target}\n{body}")
        else:
            self.write_object(self._function_syntax(name, thing))

    def _function_syntax(self, name: str, info: Any) -> str:
        from pyshell.commands.function_metadata import build_metadata, is_advanced
        body = info.body
        meta = getattr(body.block, "metadata", None) or build_metadata(self.context, name, body.node)
        if not meta.parameters and meta.effective_sets() == [ALL_SETS]:
            return f"\n{name}\n"
        lines = syntax_lines(name, meta, meta.supports_should_process, command_type_name,
                             common=is_advanced(body.node))
        return "".join(f"\n{line}\n" for line in lines)
